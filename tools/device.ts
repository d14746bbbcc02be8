import { randomUUID } from 'node:crypto';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { toPlainText } from '../lambda/speech/ssml';
import type { AlexaStandIn, FiredTask } from './alexa-standin';

/**
 * A simulated Echo: it builds real Alexa request envelopes, carries the session between
 * turns like Alexa does, and talks to Alexa's APIs through the local stand-in. Tests,
 * the console, the fuzzer and the benchmark all drive the skill through this.
 */
export type LambdaHandler = (event: unknown, context?: unknown) => Promise<ResponseEnvelope>;

export interface DeviceOptions {
  handler: LambdaHandler;
  standIn?: AlexaStandIn;
  /** Used for the envelope's timestamp; defaults to the stand-in's clock, then real time. */
  now?: () => Date;
  skillId?: string;
  userId?: string;
  deviceId?: string;
  personId?: string;
  locale?: string;
  screen?: boolean;
}

export interface Slots {
  [name: string]: string | { value?: string; id?: string } | undefined;
}

export interface TurnResult {
  envelope: RequestEnvelope;
  reply: ResponseEnvelope;
  /** What Alexa would say, as plain text. */
  speech: string;
  reprompt: string;
  /** True when this reply ended the session. */
  ended: boolean;
  directives: { type: string; [key: string]: unknown }[];
  card?: unknown;
}

export const DEFAULT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export class Device {
  readonly skillId: string;
  readonly userId: string;
  readonly deviceId: string;
  personId: string | undefined;
  locale: string;
  screen: boolean;
  sessionId: string | undefined;
  sessionAttributes: Record<string, unknown> = {};
  /** Dialog.ElicitSlot from the last reply, so the next utterance fills that slot. */
  elicited: { intent: string; slot: string } | undefined;
  readonly history: TurnResult[] = [];

  constructor(readonly options: DeviceOptions) {
    this.skillId = options.skillId ?? DEFAULT_SKILL_ID;
    this.userId = options.userId ?? `amzn1.ask.account.${randomUUID()}`;
    this.deviceId = options.deviceId ?? `amzn1.ask.device.${randomUUID()}`;
    this.personId = options.personId;
    this.locale = options.locale ?? 'en-US';
    this.screen = options.screen ?? false;
  }

  get inSession(): boolean {
    return this.sessionId !== undefined;
  }

  private now(): Date {
    return this.options.now?.() ?? this.options.standIn?.clock.now() ?? new Date();
  }

  /** The `context` Alexa sends: application, user with permissions, device, person, API endpoint. */
  context(): RequestEnvelope['context'] {
    const standIn = this.options.standIn;
    const supportedInterfaces: Record<string, unknown> = {};
    if (this.screen) supportedInterfaces['Alexa.Presentation.APL'] = { runtime: { maxVersion: '2023.3' } };
    return {
      System: {
        application: { applicationId: this.skillId },
        user: {
          userId: this.userId,
          ...(standIn ? { permissions: { scopes: standIn.grantedScopes() } } : {}),
        },
        ...(this.personId ? { person: { personId: this.personId } } : {}),
        device: { deviceId: this.deviceId, supportedInterfaces },
        apiEndpoint: standIn?.endpoint || 'http://127.0.0.1:9',
        apiAccessToken: `token-${randomUUID()}`,
      },
      ...(this.screen
        ? { Viewport: { shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 } }
        : {}),
    } as RequestEnvelope['context'];
  }

  private envelope(request: Record<string, unknown>, newSession: boolean): RequestEnvelope {
    if (newSession) {
      this.sessionId = `amzn1.echo-api.session.${randomUUID()}`;
      this.sessionAttributes = {};
    }
    return {
      version: '1.0',
      session: {
        new: newSession,
        sessionId: this.sessionId!,
        application: { applicationId: this.skillId },
        attributes: newSession ? {} : this.sessionAttributes,
        user: { userId: this.userId },
      },
      context: this.context(),
      request: {
        requestId: `amzn1.echo-api.request.${randomUUID()}`,
        timestamp: this.now().toISOString(),
        locale: this.locale,
        ...request,
      },
    } as unknown as RequestEnvelope;
  }

  /** "Alexa, open Between Us." */
  launch(): Promise<TurnResult> {
    return this.send(this.envelope({ type: 'LaunchRequest' }, true));
  }

  /** What Alexa sends when a LAUNCH_TASK timer ends and the couple says yes. */
  launchTask(task: FiredTask['task']): Promise<TurnResult> {
    return this.send(this.envelope({ type: 'LaunchRequest', task }, true));
  }

  /** An intent, in the open session or as a one-shot ("ask Between Us to …"). */
  intent(name: string, slots: Slots = {}, extra: Record<string, unknown> = {}): Promise<TurnResult> {
    const newSession = !this.inSession;
    const slotMap = Object.fromEntries(
      Object.entries(slots)
        .filter(([, v]) => v !== undefined)
        .map(([slotName, v]) => {
          const value = typeof v === 'string' ? v : v!.value;
          const id = typeof v === 'string' ? undefined : v!.id;
          return [
            slotName,
            {
              name: slotName,
              value,
              confirmationStatus: 'NONE',
              ...(id
                ? {
                    resolutions: {
                      resolutionsPerAuthority: [
                        {
                          authority: `amzn1.er-authority.echo-sdk.${this.skillId}.${slotName}`,
                          status: { code: 'ER_SUCCESS_MATCH' },
                          values: [{ value: { name: value, id } }],
                        },
                      ],
                    },
                  }
                : {}),
            },
          ];
        }),
    );
    return this.send(
      this.envelope(
        {
          type: 'IntentRequest',
          dialogState: this.elicited?.intent === name ? 'IN_PROGRESS' : 'STARTED',
          intent: { name, confirmationStatus: 'NONE', slots: slotMap },
          ...extra,
        },
        newSession,
      ),
    );
  }

  /** The answer to a Connections.SendRequest (e.g. a permission asked for by voice). */
  connectionsResponse(name: string, payload: Record<string, unknown>, token = ''): Promise<TurnResult> {
    return this.send(
      this.envelope(
        { type: 'Connections.Response', name, status: { code: '200', message: 'OK' }, payload, token },
        !this.inSession,
      ),
    );
  }

  /** The session closing without a reply: the user walked away, or Alexa gave up. */
  async endSession(
    reason = 'EXCEEDED_MAX_REPROMPTS',
    error?: { type: string; message: string },
  ): Promise<TurnResult | undefined> {
    if (!this.inSession) return undefined;
    const result = await this.send(
      this.envelope({ type: 'SessionEndedRequest', reason, ...(error ? { error } : {}) }, false),
    );
    this.close();
    return result;
  }

  /** A skill event (no session), e.g. AlexaSkillEvent.SkillDisabled. */
  event(type: string, body: Record<string, unknown> = {}): Promise<TurnResult> {
    const envelope = {
      version: '1.0',
      context: this.context(),
      request: {
        type,
        requestId: `amzn1.echo-api.request.${randomUUID()}`,
        timestamp: this.now().toISOString(),
        locale: this.locale,
        ...body,
      },
    } as unknown as RequestEnvelope;
    return this.send(envelope, false);
  }

  close(): void {
    this.sessionId = undefined;
    this.sessionAttributes = {};
    this.elicited = undefined;
  }

  async send(envelope: RequestEnvelope, tracksSession = true): Promise<TurnResult> {
    const reply = await this.options.handler(envelope, {});
    const response = reply.response ?? {};
    const directives = ((response.directives ?? []) as TurnResult['directives']).slice();
    const speech = response.outputSpeech;
    const reprompt = response.reprompt?.outputSpeech;
    const text = (s: typeof speech) =>
      s?.type === 'SSML' ? toPlainText(s.ssml) : s?.type === 'PlainText' ? s.text : '';
    const requestType = envelope.request.type;
    // Alexa ends the session when told to, or when nothing is left to listen for.
    const ended =
      requestType === 'SessionEndedRequest' ||
      response.shouldEndSession === true ||
      (response.shouldEndSession !== false &&
        !reprompt &&
        !directives.some((d) => d.type.startsWith('Dialog.')));
    const result: TurnResult = {
      envelope,
      reply,
      speech: text(speech),
      reprompt: text(reprompt),
      ended,
      directives,
      card: response.card,
    };
    if (tracksSession) {
      const elicit = directives.find((d) => d.type === 'Dialog.ElicitSlot') as
        { slotToElicit?: string; updatedIntent?: { name?: string } } | undefined;
      this.elicited = elicit?.slotToElicit
        ? {
            intent:
              elicit.updatedIntent?.name ??
              String((envelope.request as { intent?: { name?: string } }).intent?.name),
            slot: elicit.slotToElicit,
          }
        : undefined;
      if (ended) this.close();
      else this.sessionAttributes = (reply.sessionAttributes as Record<string, unknown>) ?? {};
    }
    this.history.push(result);
    return result;
  }
}
