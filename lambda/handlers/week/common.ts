import type { Response } from 'ask-sdk-model';
import type { Household } from '../../domain/household';
import { detectCrisis } from '../../domain/safety/crisis';
import { rollHousehold } from '../../domain/week/plan';
import type { WeekSlice } from '../../domain/week/slice';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { respondToCrisis } from '../safety/respond';
import { currentWeekStart, rememberTimeZone, timeZoneOf } from '../week-of';

/** Where the turn stands in time: the device's zone and the couple's current week. */
export async function weekNow(turn: Turn): Promise<{ timeZone: string; week: string }> {
  const [timeZone, week] = await Promise.all([timeZoneOf(turn), currentWeekStart(turn)]);
  return { timeZone, week };
}

/**
 * One conditional write of the week slice: rolls into the current week first (archiving weeks
 * older than last week as WEEK# records in the same transaction) and remembers the device's
 * time zone, then applies the change. Re-applied as a whole if the other Echo wrote first.
 */
export async function writeWeek(
  turn: Turn,
  change: (slice: WeekSlice, week: string, household: Household) => WeekSlice,
): Promise<Household> {
  const { timeZone, week } = await weekNow(turn);
  return turn.update((h) => {
    const rolled = rollHousehold(h, week, turn.now);
    const slice = change(rolled.household.week, week, rolled.household);
    const household = rememberTimeZone(
      slice === rolled.household.week ? rolled.household : { ...rolled.household, week: slice },
      timeZone,
    );
    return { household, puts: rolled.puts };
  });
}

/**
 * Every dictated text is scanned before it is stored or answered (house rule 6). On a match
 * the exercise stops, nothing of the text is kept, and the safety feature answers.
 */
export function crisisIn(turn: Turn, ...texts: (string | undefined)[]): Response | undefined {
  for (const text of texts) {
    const match = detectCrisis(text);
    if (match) {
      turn.deps.metrics.count('CrisisDetected');
      turn.logger.info('crisis language in dictated text', { feature: 'week', crisisKind: match.kind });
      return respondToCrisis(turn, match);
    }
  }
  return undefined;
}

/** The household when set up, else a kind request for the two names. */
export async function needHousehold(turn: Turn): Promise<Household | Response> {
  const household = await turn.setUpHousehold();
  if (household) return household;
  turn.setDialog({ kind: 'setup.names' });
  return turn.ask(
    turn.t.common.speech(turn.t.week.needSetup, turn.t.common.askNames),
    turn.t.common.askNamesReprompt,
  );
}

export function isResponse(value: unknown): value is Response {
  return typeof value === 'object' && value !== null && !('id' in value) && !('partners' in value);
}

/** Say something and keep listening with "Anything else?". */
export function andAnythingElse(turn: Turn, said: Ssml): Response {
  turn.setDialog(undefined);
  return turn.ask(turn.t.week.speech(said, turn.t.week.anythingElse), turn.t.week.anythingElseReprompt);
}
