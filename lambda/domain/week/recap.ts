import type { Household } from '../household';
import { NOTE_KINDS, type NoteKind } from '../note-kinds';
import { isFirstWeek, lastWeekOf, thisWeek } from './plan';
import type { Focus, GoodThing } from './slice';

/**
 * What last week's recap says, as facts for the speech to put into "we" sentences.
 *
 * Privacy (issue 7): private notes are never summarized and never counted, not even as a
 * household-level number. On a shared kitchen device a count like "there were two private
 * notes" tells the listener that someone wrote privately, and when one partner knows they
 * wrote none it tells them exactly who did. So the recap speaks of shared notes and nothing
 * else; each partner hears their own private notes only from the notes feature or in the
 * therapy summary once they are identified. Nothing here is kept per partner: the small steps
 * are spoken as the couple's list, without names, and no counts are split by author.
 */

export interface RecapFacts {
  /** The household began this week: there is no last week to recap. */
  firstWeek: boolean;
  focus?: Pick<Focus, 'theme' | 'text'>;
  /** This week's focus, when one is already set. */
  thisWeekFocus?: Pick<Focus, 'theme' | 'text'>;
  steps: string[];
  checkins: number;
  checkinMinutes: number;
  /**
   * Shared notes by what they are (pattern, quick, pre-therapy, bad-week), and whether both
   * partners shared: only then is it "with each other". No names, no counts per partner.
   */
  sharedNotes: { byKind: Partial<Record<NoteKind, number>>; fromBoth: boolean };
  appreciations: number;
  goodThings: GoodThing[];
  /** The household's time-outs, and how many we came back to talk after. Never per partner. */
  timeouts: { taken: number; cameBack: number };
  /** Little happened around the focus: spoken without blame, with a kind question. */
  quiet: boolean;
}

export function recapFacts(household: Household, week: string, timeZone: string): RecapFacts {
  const { plan, activity } = lastWeekOf(household, week);
  const current = thisWeek(household, week).plan;
  const shared = activity.notes.filter((n) => n.shared);
  const byKind: Partial<Record<NoteKind, number>> = {};
  for (const kind of NOTE_KINDS) {
    const n = shared.filter((s) => s.noteKind === kind).length;
    if (n) byKind[kind] = n;
  }
  const sharedNotes = { byKind, fromBoth: new Set(shared.map((n) => n.author)).size === 2 };
  const facts: RecapFacts = {
    firstWeek: isFirstWeek(household, week, timeZone),
    focus: plan.focus ? { theme: plan.focus.theme, text: plan.focus.text } : undefined,
    thisWeekFocus: current.focus ? { theme: current.focus.theme, text: current.focus.text } : undefined,
    steps: plan.steps.map((s) => s.text),
    checkins: activity.checkinsCompleted,
    checkinMinutes: activity.checkinMinutes,
    sharedNotes,
    appreciations: plan.appreciations.length,
    goodThings: plan.goodThings,
    timeouts: { taken: activity.timeouts, cameBack: activity.timeoutsCameBack },
    quiet: false,
  };
  facts.quiet =
    facts.checkins === 0 &&
    shared.length === 0 &&
    facts.appreciations === 0 &&
    facts.goodThings.length === 0 &&
    facts.timeouts.taken === 0;
  return facts;
}

/** Whether last week left anything worth offering a recap of at launch. */
export function hasLastWeek(household: Household, week: string): boolean {
  const { plan, activity } = lastWeekOf(household, week);
  return (
    plan.focus !== undefined ||
    plan.appreciations.length > 0 ||
    plan.goodThings.length > 0 ||
    activity.checkinsCompleted > 0 ||
    activity.timeouts > 0 ||
    activity.notes.some((n) => n.shared)
  );
}
