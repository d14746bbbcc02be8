import { localDate } from '../../domain/week/calendar';
import { planRitual, thisWeek } from '../../domain/week/plan';
import { dayNumber, isRitual, ritualFor, ritualInWords } from '../../domain/week/themes';
import { defineHandler } from '../define';
import { isIntent, slot } from '../flow';
import { weekDialogSchema } from './dialogs';
import { andAnythingElse, heldAnswer, saveDictated, weekNow, writeWeek } from './common';

/** "Suggest something good for us": one small ritual from our list; "another" once more. */
export const suggestGoodThingHandler = defineHandler({
  name: 'week.suggestGoodThing',
  intents: ['SuggestGoodThingIntent'],
  needs: 'household',
  handle: async ({ turn }) => {
    const { timeZone } = await weekNow(turn);
    const dialog = turn.dialogOf(weekDialogSchema);
    const previous = dialog?.kind === 'week.ritual' ? (dialog.offset ?? 0) : -1;
    const offset = previous + 1;
    const ritual = ritualFor(dayNumber(localDate(turn.now, timeZone).date), offset);
    turn.setDialog({ kind: 'week.ritual', ritual, offset });
    return turn.ask(
      offset === 0 ? turn.t.week.suggestRitual(ritual) : turn.t.week.anotherRitual(ritual),
      turn.t.week.suggestRitualReprompt,
    );
  },
});

export const ritualAnswerHandler = defineHandler({
  name: 'week.ritualAnswer',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.ritual'] },
  needs: 'nothing',
  handle: async ({ turn, input, dialog }) => {
    const offset = dialog.offset ?? 0;
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
});

/** "We went for a walk" / "we protected our good thing". */
export const goodThingDoneHandler = defineHandler({
  name: 'week.goodThingDone',
  intents: ['GoodThingDoneIntent'],
  needs: 'household',
  handle: async ({ turn, input, household }) => {
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
});
