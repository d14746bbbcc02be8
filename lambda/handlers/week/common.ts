import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { partnerIdSchema as partnerId, type Household, type Partner } from '../../domain/household';
import {
  addAppreciation,
  addGoodThing,
  clearPending,
  clip,
  keepPending,
  rollHousehold,
  setFocus,
  setRepairPhrase,
  setStep,
} from '../../domain/week/plan';
import { focusThemeSchema, MAX_TEXT, type WeekSlice } from '../../domain/week/slice';
import { ConcurrentUpdateError, StorageUnavailableError } from '../../storage/errors';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import type { ContinueFn } from '../../turn';
import { requireSpeaker } from '../flow';
import { currentWeekStart, rememberTimeZone, timeZoneOf } from '../week-of';

/** Where the turn stands in time: the device's zone and the couple's current week. */
export async function weekNow(turn: Turn): Promise<{ timeZone: string; week: string }> {
  const [timeZone, week] = await Promise.all([timeZoneOf(turn), currentWeekStart(turn)]);
  return { timeZone, week };
}

/**
 * Something dictated that a write could not save yet (house rule 2). Kept in the session,
 * said plainly, and saved with the next week write in this session or when it ends.
 */
export const heldSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('focus'),
      theme: z.optional(focusThemeSchema),
      text: z.optional(z.string()),
      at: z.string(),
    }),
    z.object({ kind: z.literal('step'), author: partnerId, text: z.string(), at: z.string() }),
    z.object({
      kind: z.literal('appreciation'),
      author: partnerId,
      about: partnerId,
      text: z.string(),
      at: z.string(),
    }),
    z.object({
      kind: z.literal('goodThing'),
      ritual: z.optional(z.string()),
      text: z.optional(z.string()),
      at: z.string(),
    }),
    z.object({ kind: z.literal('repair'), text: z.string(), at: z.string() }),
    z.object({
      kind: z.literal('pending'),
      pendingKind: z.enum(['appreciation', 'step']),
      text: z.string(),
      at: z.string(),
    }),
  ]),
);
export type Held = z.infer<typeof heldSchema>;
const heldListSchema = z.lazy(() => z.array(heldSchema));
const MAX_HELD = 10;

function heldInSession(turn: Turn): Held[] {
  const parsed = heldListSchema.safeParse(turn.session.weekHeld ?? []);
  return parsed.success ? parsed.data : [];
}

function applyHeld(slice: WeekSlice, held: Held, week: string): WeekSlice {
  const at = new Date(held.at);
  const unpend = (s: WeekSlice, text: string) => (s.pending?.text === clip(text) ? clearPending(s) : s);
  switch (held.kind) {
    case 'focus':
      return setFocus(
        week,
        held.text
          ? { theme: held.theme, text: held.text }
          : held.theme
            ? { theme: held.theme }
            : { text: '' },
        at,
      )(slice);
    case 'step':
      return setStep(held.author, held.text, at)(unpend(slice, held.text));
    case 'appreciation':
      return addAppreciation(held.author, held.about, held.text, at)(unpend(slice, held.text));
    case 'goodThing':
      return addGoodThing({ ritual: held.ritual, text: held.text }, at)(slice);
    case 'repair':
      return setRepairPhrase(held.text, at)(slice);
    case 'pending':
      return keepPending(held.pendingKind, held.text, at)(slice);
  }
}

/**
 * One conditional write of the week slice: rolls into the current week first (archiving weeks
 * older than last week as WEEK# records in the same transaction), saves anything held in the
 * session from an earlier failed write, remembers the device's time zone, then applies the
 * change. Re-applied as a whole if the other Echo wrote first.
 */
export async function writeWeek(
  turn: Turn,
  change: (slice: WeekSlice, week: string, household: Household) => WeekSlice,
): Promise<Household> {
  const { timeZone, week } = await weekNow(turn);
  const held = heldInSession(turn);
  const saved = await turn.update((h) => {
    const rolled = rollHousehold(h, week, turn.now);
    const caughtUp = held.reduce((s, item) => applyHeld(s, item, week), rolled.household.week);
    const slice = change(caughtUp, week, rolled.household);
    const household = rememberTimeZone(
      slice === rolled.household.week ? rolled.household : { ...rolled.household, week: slice },
      timeZone,
    );
    return { household, records: rolled.records };
  });
  if (held.length) {
    delete turn.session.weekHeld;
    turn.logger.info('held week items saved', { count: held.length });
  }
  return saved;
}

/** Faults after which what was said is kept in the session rather than lost. */
function isStorageFault(error: unknown): boolean {
  return error instanceof StorageUnavailableError || error instanceof ConcurrentUpdateError;
}

/**
 * Dictated text as it may wait in the session: no longer than it would be stored, so a very
 * long dictation cannot push the response (which carries the session) past its size limit.
 */
export function capForSession(text: string): string {
  return clip(text, MAX_TEXT);
}

/**
 * "Is this Alex or Sam?" while dictated text waits in the session for the continuation `name`
 * (made by `dictatedContinuation`): capped like a stored one, with a flag so the
 * answer can say only the first part was kept.
 */
export function requireSpeakerKeeping(turn: Turn, name: string, text: string): Promise<Partner | Response> {
  return requireSpeaker(turn, { name, args: { text: capForSession(text), long: text.length > MAX_TEXT } });
}

/** The continuation that saves text kept by `requireSpeakerKeeping` once the speaker is known. */
export function dictatedContinuation(
  save: (turn: Turn, speaker: Partner, text: string, long: boolean) => Promise<Response>,
): ContinueFn {
  return (turn, speaker, args) => save(turn, speaker, String(args.text ?? ''), args.long === true);
}

function capped(item: Held): Held {
  return 'text' in item && item.text !== undefined ? { ...item, text: capForSession(item.text) } : item;
}

/**
 * Saves something dictated. When the database cannot be reached, or the other Echo kept
 * writing first, it is kept in the session (undefined is returned, and the handler says so
 * plainly) and saved on a later write.
 */
export async function saveDictated(turn: Turn, item: Held): Promise<Household | undefined> {
  try {
    return await writeWeek(turn, (slice, week) => applyHeld(slice, item, week));
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    turn.session.weekHeld = [...heldInSession(turn), capped(item)].slice(-MAX_HELD);
    turn.deps.metrics.count('WeekWriteHeld');
    turn.logger.warn('week write failed; kept in the session', {
      kind: item.kind,
      fault: error instanceof ConcurrentUpdateError ? 'conflict' : 'unavailable',
    });
    return undefined;
  }
}

/** Last chance at the end of a session: save what is still held. */
export async function flushHeld(turn: Turn): Promise<void> {
  if (!heldInSession(turn).length || !(await turn.setUpHousehold())) return;
  await writeWeek(turn, (slice) => slice);
}

/** The plain answer when something could not be saved yet. */
export function heldAnswer(turn: Turn): Response {
  turn.setDialog(undefined);
  return turn.ask(turn.t.week.heldForLater, turn.t.week.anythingElseReprompt);
}

/** Say something and keep listening with "Anything else?". */
export function andAnythingElse(turn: Turn, said: Ssml): Response {
  turn.setDialog(undefined);
  return turn.ask(turn.t.week.speech(said, turn.t.week.anythingElse), turn.t.week.anythingElseReprompt);
}

/**
 * Nothing dictated is lost while the skill asks "Is this Alex or Sam?": an appreciation or a
 * small step is written to the household (one pending item) before the question. The answer
 * files it; if the session drops first, the next launch offers it back and asks whose it was.
 */
export async function keepUntilSpeakerKnown(
  turn: Turn,
  kind: 'appreciation' | 'step',
  text: string,
): Promise<Response | undefined> {
  if (await turn.speaker()) return undefined;
  const saved = await saveDictated(turn, {
    kind: 'pending',
    pendingKind: kind,
    text,
    at: turn.now.toISOString(),
  });
  if (!saved) return heldAnswer(turn);
  const asked = await requireSpeaker(turn, { name: 'week.pending' });
  return 'id' in asked ? undefined : asked;
}
