import { localDate } from '../../domain/week/calendar';
import { planRitual, thisWeek } from '../../domain/week/plan';
import { dayNumber, isRitual, ritualFor, ritualInWords } from '../../domain/week/themes';
import { handler, isIntent, slot } from '../flow';
import {
  andAnythingElse,
  heldAnswer,
  isResponse,
  needHousehold,
  saveDictated,
  weekNow,
  writeWeek,
} from './common';

/** "Suggest something good for us": one small ritual from our list; "another" once more. */
export const suggestGoodThingHandler = handler(
  (input) => isIntent(input, 'SuggestGoodThingIntent'),
  async (turn) => {
    const household = await needHousehold(turn);
    if (isResponse(household)) return household;
    const { timeZone } = await weekNow(turn);
    const previous =
      turn.session.dialog?.kind === 'week.ritual' ? Number(turn.session.dialog.offset ?? 0) : -1;
    const offset = previous + 1;
    const ritual = ritualFor(dayNumber(localDate(turn.now, timeZone).date), offset);
    turn.setDialog({ kind: 'week.ritual', ritual, offset });
    return turn.ask(
      offset === 0 ? turn.t.week.suggestRitual(ritual) : turn.t.week.anotherRitual(ritual),
      turn.t.week.suggestRitualReprompt,
    );
  },
);

export const ritualAnswerHandler = handler(
  (input, turn) => isIntent(input, 'AMAZON.YesIntent', 'AMAZON.NoIntent') && turn.dialogIs('week.ritual'),
  async (turn, input) => {
    const dialog = turn.session.dialog!;
    const offset = Number(dialog.offset ?? 0);
    if (isIntent(input, 'AMAZON.NoIntent')) {
      if (offset >= 1) return andAnythingElse(turn, turn.t.week.ritualDeclined);
      const { timeZone } = await weekNow(turn);
      const ritual = ritualFor(dayNumber(localDate(turn.now, timeZone).date), offset + 1);
      turn.setDialog({ kind: 'week.ritual', ritual, offset: offset + 1 });
      return turn.ask(turn.t.week.anotherRitual(ritual), turn.t.week.suggestRitualReprompt);
    }
    const ritual = isRitual(dialog.ritual) ? dialog.ritual : undefined;
    if (ritual) await writeWeek(turn, (slice) => planRitual(ritual)(slice));
    return andAnythingElse(turn, turn.t.week.ritualPlanned);
  },
);

/** "We went for a walk" / "we protected our good thing". */
export const goodThingDoneHandler = handler(
  (input) => isIntent(input, 'GoodThingDoneIntent'),
  async (turn, input) => {
    const household = await needHousehold(turn);
    if (isResponse(household)) return household;
    const words = slot(input, 'goodThing');
    const { week } = await weekNow(turn);
    const planned = thisWeek(household, week).plan.plannedRitual;
    // A ritual of ours may be recognized in their words, but their words are what is kept
    // (capped and spoken escaped); without words, the ritual they planned is the good thing.
    const ritual = words ? ritualInWords(words) : isRitual(planned) ? planned : undefined;
    const thing = { ...(ritual ? { ritual } : {}), ...(words ? { text: words } : {}) };
    const saved = await saveDictated(turn, { kind: 'goodThing', ...thing, at: turn.now.toISOString() });
    if (!saved) return heldAnswer(turn);
    turn.logger.info('good thing protected', { ours: ritual !== undefined, ownWords: words !== undefined });
    const last = saved.week.goodThings[saved.week.goodThings.length - 1]!;
    return andAnythingElse(turn, turn.t.week.goodThingSaved(last));
  },
);
