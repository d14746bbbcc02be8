import type { HandlerInput } from 'ask-sdk-core';
import { getDeviceId, getLocale, getUserId } from './alexa/sdk';
import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { AlexaApi } from './alexa/api';
import type { RecentTimeZones } from './alexa/time-zones';
import { householdIdFor, voiceIdFor } from './domain/ids';
import {
  isSetUp,
  newHousehold,
  partner,
  partnerForVoice,
  partnerIdSchema,
  type Household,
  type Partner,
  type PartnerId,
} from './domain/household';
import type { LoggerLike, MetricsLike } from './logging';
import { ConcurrentUpdateError, StorageUnavailableError } from './storage/errors';
import type { RecordDraft } from './domain/records';
import type { Store } from './storage/store';
import { stringsFor, type Strings } from './speech';
import { supportedLocale, type Locale } from './domain/locale';
import type { Ssml } from './speech/ssml';

/** Work resumed once the speaker is known (see `requireSpeaker` in handlers/flow.ts). */
export type ContinueFn = (turn: Turn, speaker: Partner, args: Record<string, unknown>) => Promise<Response>;

/**
 * What a feature holding the words of a request offers to keep ("keep my note") when the safety
 * gate stops it: a continuation, run only if the person asks to keep them.
 */
export type KeepOffer = (
  turn: Turn,
  input: HandlerInput,
) => { name: string; args?: Record<string, unknown> } | undefined;

/** A last chance to save what the session holds; runs when the session ends. */
export type SessionEndHook = (turn: Turn) => Promise<void>;

/** Something a feature offers when the skill opens ("You were in the middle of a note…"). */
export interface LaunchOffer {
  /** Lower runs first; the first offer that returns something is spoken. */
  priority: number;
  offer(
    turn: Turn,
    household: Household,
    speaker: Partner | undefined,
  ): Promise<{ speech: Ssml; reprompt: Ssml; dialog: DialogState } | undefined>;
}

/**
 * What can be said right now, for "help" in the middle of one of a feature's moments: `say`
 * names the moment and what can be said in it. The core's help handler speaks the first line a
 * feature gives, then the question still waiting; with no question waiting, it asks `ask`, or,
 * without one, ends the session (the exercise goes on by itself: a check-in turn, a break).
 */
export interface HelpLine {
  say: Ssml;
  ask?: Ssml;
}
export type HelpHook = (turn: Turn) => Promise<HelpLine | undefined> | HelpLine | undefined;

/** The features of one skill, merged once by `buildRegistry` (feature.ts) and given to every turn. */
export interface FeatureRegistry {
  /** In priority order. */
  readonly launchOffers: readonly LaunchOffer[];
  readonly sessionEndHooks: readonly SessionEndHook[];
  /** In feature order: the first line given is the one spoken. */
  readonly helpHooks: readonly HelpHook[];
  continuation(name: string): ContinueFn | undefined;
  /** What the feature holding an intent's words offers to keep after a crisis answer, if any. */
  keepOffer(intentName: string): KeepOffer | undefined;
}

export interface SkillDeps {
  store: Store;
  logger: LoggerLike;
  metrics: MetricsLike;
  /** The time, injectable so tests and the console can move through weeks. */
  clock: () => Date;
  /** Where chance comes from (which check-in question is asked); Math.random when not given. */
  random?: () => number;
  alexaApiTimeoutMs: number;
  /** Device time zones read lately (alexa/time-zones.ts); `buildSkill` gives each skill its own. */
  timeZones?: RecentTimeZones;
}

/** Session attributes: what this conversation remembers between turns. Each feature parses its own `dialog`. */
export const sessionStateSchema = z.looseObject({
  /** Who is speaking, once known in this session (by voice or by asking). */
  speaker: z.optional(partnerIdSchema),
  /** The recognized voice (its digest) that was speaking when `speaker` was learned. */
  speakerVoice: z.optional(z.string().check(z.maxLength(100))),
  /** What the skill last asked, so the answer can be understood (each feature's union of kinds). */
  dialog: z.optional(z.looseObject({ kind: z.string() })),
  /**
   * The crisis answer was given in this session: every goodbye after it stays the safe one
   * (never "take care of each other": the danger may be in the room).
   */
  safeGoodbye: z.optional(z.boolean()),
  /**
   * The couple opened this session ("open Between Us"), rather than asking for one thing
   * ("ask Between Us to ..."): once something is done, it asks "Anything else?" (flow.ts `done`).
   */
  opened: z.optional(z.boolean()),
});
export type SessionState = z.infer<typeof sessionStateSchema>;
export type DialogState = NonNullable<SessionState['dialog']>;

/** A household change, optionally with records written in the same transaction. */
export type Change =
  Household | { household: Household; records?: RecordDraft[]; deletes?: string[]; puts?: never };

const MAX_UPDATE_ATTEMPTS = 3;

/**
 * One request's view of the world: who is asking, in which locale, at what time, their
 * household (read at most once), and how to save it (one conditional write).
 */
export class Turn {
  readonly locale: Locale;
  readonly t: Strings;
  readonly now: Date;
  readonly householdId: string;
  readonly voiceId: string | undefined;
  readonly session: SessionState;
  /** What the skill had asked before this request, as it arrived (handlers may change `session`). */
  readonly initialDialog: DialogState | undefined;
  private loaded: Promise<Household | undefined> | undefined;
  private parsedDialogs = new WeakMap<object, unknown>();
  /** The named handler answering this request (defineHandler), for the logs. */
  handlerName: string | undefined;
  /** Small changes that ride along with this turn's one write (see `defer`). */
  private deferred: ((household: Household) => Household)[] = [];
  private current: Household | undefined;
  private exists = false;
  /** Set when the database could not be reached in this turn; later calls fail fast. */
  private storageFault: StorageUnavailableError | undefined;

  constructor(
    readonly input: HandlerInput,
    readonly deps: SkillDeps,
    /** This skill's features: continuations, launch offers, session-end hooks, the gate's exemptions. */
    readonly features: FeatureRegistry,
  ) {
    const envelope = input.requestEnvelope;
    this.locale = supportedLocale(getLocale(envelope));
    this.t = stringsFor(this.locale);
    this.now = deps.clock();
    this.householdId = householdIdFor(getUserId(envelope));
    const personId = envelope.context?.System?.person?.personId;
    this.voiceId = personId ? voiceIdFor(personId) : undefined;
    // Skill events (e.g. AlexaSkillEvent.SkillDisabled) arrive without a session; the SDK
    // refuses session attributes for them, so such a turn gets an empty, unshared session.
    const inSession = envelope.session !== undefined;
    const parsed = sessionStateSchema.safeParse(
      inSession ? (input.attributesManager.getSessionAttributes() ?? {}) : {},
    );
    this.session = parsed.success ? parsed.data : {};
    this.initialDialog = this.session.dialog ? structuredClone(this.session.dialog) : undefined;
    const request = envelope.request as { type: string; task?: unknown };
    if (inSession && envelope.session?.new && request.type === 'LaunchRequest' && !request.task) {
      this.session.opened = true;
    }
    // Share the object with the SDK so every change lands in the response's sessionAttributes.
    if (inSession) input.attributesManager.setSessionAttributes(this.session);
  }

  /** A number in [0, 1) from this skill's random source. */
  random(): number {
    return (this.deps.random ?? Math.random)();
  }

  get logger(): LoggerLike {
    return this.deps.logger;
  }

  get store(): Store {
    return this.deps.store;
  }

  get isNewSession(): boolean {
    return this.input.requestEnvelope.session?.new ?? true;
  }

  get deviceId(): string | undefined {
    try {
      return getDeviceId(this.input.requestEnvelope) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /** The household, read once per request (one GetItem). */
  async household(): Promise<Household | undefined> {
    if (this.storageFault) throw this.storageFault;
    if (!this.loaded) {
      this.loaded = this.deps.store.loadHousehold(this.householdId).then((h) => {
        this.current = h;
        this.exists = h !== undefined;
        return h;
      });
      // A failed read may be retried by a later call in the same turn, unless the database is
      // unreachable: then every later call fails at once, so the turn still answers within 3 s.
      this.loaded.catch((error: unknown) => {
        this.loaded = undefined;
        if (error instanceof StorageUnavailableError) this.storageFault = error;
      });
    }
    await this.loaded;
    return this.current;
  }

  /** The household after setup, or undefined while the two names are not known yet. */
  async setUpHousehold(): Promise<Household | undefined> {
    const h = await this.household();
    return isSetUp(h) ? h : undefined;
  }

  /**
   * Applies a pure change to the household and writes it with one conditional write.
   * When the other Echo wrote first, re-reads and re-applies the same change.
   */
  async update(change: (household: Household) => Change): Promise<Household> {
    if (this.storageFault) throw this.storageFault;
    let base = (await this.household()) ?? newHousehold(this.householdId, this.now);
    for (let attempt = 1; ; attempt++) {
      const result = change(this.deferred.reduce((h, deferredChange) => deferredChange(h), base));
      const write = 'household' in result ? result : { household: result };
      if (write.household === base && !write.records?.length && !write.deletes?.length) return base;
      try {
        const stored = await this.deps.store.saveHousehold({
          household: { ...write.household, updatedAt: this.now.toISOString() },
          isNew: !this.exists,
          records: write.records,
          deletes: write.deletes,
        });
        this.current = stored;
        this.exists = true;
        this.deferred = [];
        this.loaded = Promise.resolve(stored);
        return stored;
      } catch (error) {
        if (error instanceof StorageUnavailableError) this.storageFault = error;
        if (!(error instanceof ConcurrentUpdateError) || attempt >= MAX_UPDATE_ATTEMPTS) throw error;
        this.deps.metrics.count('ConcurrentUpdateRetry');
        const fresh = await this.deps.store.loadHousehold(this.householdId);
        this.exists = fresh !== undefined;
        base = fresh ?? newHousehold(this.householdId, this.now);
        this.current = fresh;
      }
    }
  }

  /**
   * Queues a small change (e.g. linking a voice) to go out with whatever this turn writes
   * next, so a turn that also saves a note still costs one write. Whatever is still queued
   * when the response is ready is written then (`flushDeferred`).
   */
  defer(change: (household: Household) => Household): void {
    this.deferred.push(change);
  }

  async flushDeferred(): Promise<void> {
    if (this.deferred.length > 0) await this.update((household) => household);
  }

  /** Who is speaking: a linked voice, or who said so earlier in this session. */
  async speaker(): Promise<Partner | undefined> {
    const household = await this.setUpHousehold();
    if (!household) return undefined;
    const byVoice = partnerForVoice(household, this.voiceId);
    if (byVoice) {
      this.setSpeaker(byVoice.id);
      return byVoice;
    }
    if (!this.session.speaker) return undefined;
    // A voice Alexa recognizes but we have not linked is someone else than the one named earlier
    // in the session, unless it is the very voice that said the name: private notes follow voices.
    if (this.voiceId && this.session.speakerVoice !== this.voiceId) return undefined;
    return partner(household, this.session.speaker);
  }

  /** Who is speaking from now on in this session, with the voice (if any) that is speaking. */
  setSpeaker(id: PartnerId): void {
    this.session.speaker = id;
    if (this.voiceId) this.session.speakerVoice = this.voiceId;
    else delete this.session.speakerVoice;
  }

  /** True when Alexa recognizes this voice, so private notes can be enforced by voice. */
  get voiceRecognized(): boolean {
    return this.voiceId !== undefined;
  }

  /** Alexa's own APIs for this request, when the request carries an endpoint and token. */
  alexaApi(): AlexaApi | undefined {
    const system = this.input.requestEnvelope.context?.System;
    if (!system?.apiEndpoint || !system.apiAccessToken) return undefined;
    return new AlexaApi(system.apiEndpoint, system.apiAccessToken, this.deps.alexaApiTimeoutMs);
  }

  setDialog(dialog: DialogState | undefined): void {
    this.parsedDialogs = new WeakMap();
    if (dialog) this.session.dialog = dialog;
    else delete this.session.dialog;
  }

  /**
   * The dialog read as one feature's union of kinds (a zod discriminated union), parsed once per
   * turn and schema. Undefined when it is another feature's, or does not parse.
   */
  dialogOf<T>(schema: z.core.$ZodType<T>): T | undefined {
    if (!this.session.dialog) return undefined;
    if (!this.parsedDialogs.has(schema)) {
      const parsed = z.safeParse(schema, this.session.dialog);
      this.parsedDialogs.set(schema, parsed.success ? parsed.data : undefined);
    }
    return this.parsedDialogs.get(schema) as T | undefined;
  }

  dialogIs(kind: string): boolean {
    return this.session.dialog?.kind === kind;
  }

  /** Speak and keep listening. */
  ask(speech: Ssml, reprompt: Ssml): Response {
    return this.input.responseBuilder.speak(speech.markup).reprompt(reprompt.markup).getResponse();
  }

  /** Speak and end the session. */
  tell(speech: Ssml): Response {
    this.setDialog(undefined);
    return this.input.responseBuilder.speak(speech.markup).withShouldEndSession(true).getResponse();
  }
}

const TURN_KEY = '__turn';

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN_KEY] = turn;
}

/** The turn built by the request interceptor for this request. */
export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error('no turn: the turn interceptor did not run');
  return turn;
}
