import type { Response } from 'ask-sdk-model';
import { otherPartner, type Partner } from '../../domain/household';
import { keepLastFocus, thisWeek, type FocusChoice } from '../../domain/week/plan';
import { focusThemeSchema, MAX_TEXT } from '../../domain/week/slice';
import { closestTheme, themeNamedBy } from '../../domain/week/themes';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { isIntent, slot, slotId } from '../flow';
import { weekDialogSchema, type WeekDialogKind } from './dialogs';
import {
  andAnythingElse,
  heldAnswer,
  keepUntilSpeakerKnown,
  requireSpeakerKeeping,
  saveDictated,
  weekNow,
  writeWeek,
} from './common';

/**
 * "This week our focus is the pursue-withdraw loop" / "our focus this week is {own words}".
 * Only a phrase that plainly names one of the common focuses becomes that focus; anything else
 * (even when Alexa resolved it to a theme, like "turning toward bids") is kept and spoken in the
 * couple's words, with the closest theme beside it for the check-in's questions.
 */
export const setFocusHandler = defineHandler({
  name: 'week.setFocus',
  intents: ['SetFocusIntent'],
  needs: 'household',
  handle: async ({ turn, input }) => {
    const id = focusThemeSchema.safeParse(slotId(input, 'theme'));
    const words = slot(input, 'theme') ?? slot(input, 'focusText');
    const named = words ? themeNamedBy(words) : id.success ? id.data : undefined;
    if (!named && !words) {
      turn.setDialog({ kind: 'week.focus' });
      return turn.ask(turn.t.week.focusNeedChoice, turn.t.week.focusNeedChoiceReprompt);
    }
    const closest = id.success ? id.data : closestTheme(words);
    const choice: FocusChoice = named
      ? { theme: named }
      : { ...(closest ? { theme: closest } : {}), text: words! };
    const saved = await saveDictated(turn, { kind: 'focus', ...choice, at: turn.now.toISOString() });
    if (!saved) return heldAnswer(turn);
    turn.logger.info('week focus set', { own: !named });
    turn.setDialog({ kind: 'week.steps' });
    return turn.ask(turn.t.week.focusSet(saved.week.focus ?? choice), turn.t.week.focusSetReprompt);
  },
});

export const focusIdeasHandler = defineHandler({
  name: 'week.focusIdeas',
  intents: ['FocusIdeasIntent'],
  needs: 'nothing',
  handle: ({ turn }) => {
    turn.setDialog({ kind: 'week.focus' });
    return turn.ask(turn.t.week.focusIdeas, turn.t.week.focusIdeasReprompt);
  },
});

export const whatIsFocusHandler = defineHandler({
  name: 'week.whatIsFocus',
  intents: ['WhatIsFocusIntent'],
  needs: 'household',
  handle: async ({ turn, household }) => {
    const { week } = await weekNow(turn);
    const { plan } = thisWeek(household, week);
    if (!plan.focus) {
      turn.setDialog({ kind: 'week.focus' });
      return turn.ask(turn.t.week.noFocusYet, turn.t.week.focusNeedChoiceReprompt);
    }
    const steps = plan.steps.map((s) => s.text);
    return andAnythingElse(
      turn,
      steps.length
        ? turn.t.week.whatIsFocusWithSteps(plan.focus, steps)
        : turn.t.week.whatIsFocus(plan.focus),
    );
  },
});

export async function saveStep(
  turn: Turn,
  speaker: Partner,
  text: string,
  long = text.length > MAX_TEXT,
): Promise<Response> {
  const saved = await saveDictated(turn, {
    kind: 'step',
    author: speaker.id,
    text,
    at: turn.now.toISOString(),
  });
  if (!saved) return heldAnswer(turn);
  turn.logger.info('small step saved');
  const other = otherPartner(saved, speaker.id);
  const otherHasOne = saved.week.steps.some((s) => s.author === other.id);
  const thanks = turn.t.week.speech(
    turn.t.week.stepSaved(speaker.name, text),
    long && turn.t.week.keptFirstPart,
  );
  if (otherHasOne) return andAnythingElse(turn, thanks);
  turn.setDialog({ kind: 'week.steps' });
  return turn.ask(
    turn.t.week.speech(thanks, turn.t.week.stepInviteOther(other.name)),
    turn.t.week.focusSetReprompt,
  );
}

/** "My small step is to pause before I answer." */
export const smallStepHandler = defineHandler({
  name: 'week.smallStep',
  intents: ['SmallStepIntent'],
  needs: 'household',
  handle: async ({ turn, input }) => {
    const text = slot(input, 'step');
    if (!text) {
      turn.setDialog({ kind: 'week.steps' });
      return turn.ask(turn.t.week.stepNeedText, turn.t.week.focusSetReprompt);
    }
    // Written before asking who said it, so a dropped session loses nothing.
    const asked = await keepUntilSpeakerKnown(turn, 'step', text);
    if (asked) return asked;
    // Waits in the session while "Is this Alex or Sam?" is asked: capped like a stored one.
    const speaker = await requireSpeakerKeeping(turn, 'week.step', text);
    if (!('id' in speaker)) return speaker;
    return saveStep(turn, speaker, text);
  },
});

/** "No" after the invitation to name small steps, or to any open question of the week. */
const OPEN_QUESTIONS: WeekDialogKind[] = [
  'week.steps',
  'week.focus',
  'week.repair',
  'week.appreciation',
  'week.therapyDay',
];

export const stepsDoneHandler = defineHandler({
  name: 'week.stepsDone',
  intents: ['AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: OPEN_QUESTIONS },
  needs: 'nothing',
  handle: ({ turn }) => andAnythingElse(turn, turn.t.week.okay),
});

/** After the recap: keep last week's focus? */
export const keepFocusHandler = defineHandler({
  name: 'week.keepFocus',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.keepFocus'] },
  // "No" asks for a new focus without reading anything; "yes" writes through writeWeek.
  needs: 'nothing',
  handle: async ({ turn, input }) => {
    if (isIntent(input, 'AMAZON.NoIntent')) {
      turn.setDialog({ kind: 'week.focus' });
      return turn.ask(turn.t.week.chooseNewFocus, turn.t.week.focusNeedChoiceReprompt);
    }
    const saved = await writeWeek(turn, (slice, week) => keepLastFocus(week, turn.now)(slice));
    const focus = saved.week.focus;
    if (!focus) {
      turn.setDialog({ kind: 'week.focus' });
      return turn.ask(turn.t.week.focusNeedChoice, turn.t.week.focusNeedChoiceReprompt);
    }
    turn.setDialog({ kind: 'week.steps' });
    return turn.ask(
      turn.t.week.speech(turn.t.week.keptFocus(focus), turn.t.week.focusSetReprompt),
      turn.t.week.focusSetReprompt,
    );
  },
});
