import { askForToken, voicePermissionAnswer } from '../../alexa/permissions';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { remindersDeclined } from '../../domain/checkin/changes';
import type { SpokenLength } from '../../domain/checkin/duration';
import { isStale, speakingMs } from '../../domain/checkin/machine';
import { pickQuestion } from '../../domain/checkin/questions';
import { otherPartner, type Household } from '../../domain/household';
import { breakRemainingMs, isStale as isTimeoutStale } from '../../domain/timeout/machine';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { askSetupFirst, done } from '../flow';
import { checkinDialogSchema, DIALOG, type CheckinDialog } from './dialogs';
import { askSchedule, remindersFromConnection, ritualOwed } from './reminders';
import { afterStart, continueCheckin } from './running';
import { focusTheme } from './shared';
import { noActiveAnswer, staleAnswer } from './stale';
import { begin, bothHere, startAwaiting } from './start';

/** The check-in's questions answered: yes and no to what it asked, and the permissions asked by voice. */

/** "Start our check-in" (or yes to "shall we start one?"): the length is confirmed first. */
export function startRequested(
  turn: Turn,
  household: Household,
  spoken: SpokenLength | undefined,
): Promise<Response> | Response {
  const active = household.checkin.active;
  if (active && !isStale(active, turn.now)) {
    return continueCheckin(turn, household, turn.t.checkin.alreadyRunning);
  }
  const { checkin } = turn.t;
  // During a time-out's break the check-in waits: its timer would ring into the check-in.
  const onBreak = household.timeout.active;
  if (onBreak?.state === 'running' && !isTimeoutStale(onBreak, turn.now)) {
    const left = breakRemainingMs(onBreak, turn.now);
    if (onBreak.selfTimed || left <= 0) return turn.tell(checkin.stillOnBreakSelfTimed);
    return turn.tell(checkin.stillOnBreak(checkin.timeLeftPhrase(left)));
  }
  const minutes = spoken?.minutes ?? household.settings.checkinMinutes;
  const adjusted =
    spoken?.adjusted === 'raised'
      ? checkin.lengthRaised(minutes)
      : spoken?.adjusted === 'lowered'
        ? checkin.lengthLowered(minutes)
        : undefined;
  turn.setDialog({ kind: DIALOG.confirmStart, minutes, remember: spoken !== undefined });
  return turn.ask(
    checkin.speech(adjusted, checkin.confirmStart(minutes, checkin.lengthPhrase(speakingMs(minutes)))),
    checkin.confirmStartReprompt,
  );
}

async function answer(
  turn: Turn,
  household: Household,
  dialog: CheckinDialog,
  yes: boolean,
): Promise<Response> {
  const { checkin: say } = turn.t;
  switch (dialog.kind) {
    case 'checkin.confirmStart':
      if (yes) {
        return bothHere(
          turn,
          household,
          dialog.minutes ?? household.settings.checkinMinutes,
          dialog.remember === true,
        );
      }
      turn.setDialog({ kind: DIALOG.soloOffer });
      return turn.ask(say.soloOffer, say.soloOfferReprompt);
    case 'checkin.whoFirst': {
      const speakerId = dialog.speaker === 'p2' ? 'p2' : 'p1';
      const first = yes ? speakerId : otherPartner(household, speakerId).id;
      return begin(
        turn,
        household,
        dialog.minutes ?? household.settings.checkinMinutes,
        dialog.remember === true,
        first,
      );
    }
    case 'checkin.soloOffer': {
      if (!yes) return done(turn, say.soloDeclined);
      const question = pickQuestion(
        { recent: household.checkin.recentQuestions, focus: await focusTheme(turn, household) },
        () => turn.random(),
      );
      return turn.tell(say.soloQuestion(say.question(question.id)));
    }
    case 'checkin.offerContinue':
      return yes ? continueCheckin(turn, household) : done(turn, say.offerContinueDeclined);
    case 'checkin.offerStart':
      return yes ? startRequested(turn, household, undefined) : done(turn, say.startLater);
    case 'checkin.offerReminders':
      if (!yes) {
        const saved = await turn.update((h) => remindersDeclined(h, turn.now));
        return turn.tell(say.speech(say.remindersNotNow, ritualOwed(turn, saved) ?? say.goodbye));
      }
      return askSchedule(turn);
    case 'checkin.remindersHow':
      return yes ? askSchedule(turn) : turn.tell(say.goodbye);
  }
}

/** Yes and No while the check-in asked something. */
export const yesNoHandler = defineHandler({
  name: 'checkin.yesNo',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: checkinDialogSchema },
  needs: 'household',
  handle: ({ turn, input, household, dialog }) =>
    answer(
      turn,
      household,
      dialog,
      input.requestEnvelope.request.type === 'IntentRequest' &&
        input.requestEnvelope.request.intent.name === 'AMAZON.YesIntent',
    ),
});

/** A Connections.Response to the permission asked with this token prefix ("checkin:", "reminders:"). */
const askedFor = (prefix: string) => (_turn: Turn, input: HandlerInput) =>
  (askForToken(input.requestEnvelope) ?? '').startsWith(prefix);

/** The answer to the timer permission asked by voice. */
export const timerPermissionHandler = defineHandler({
  name: 'checkin.timerPermission',
  requestTypes: ['Connections.Response'],
  when: askedFor('checkin:'),
  needs: 'nothing',
  handle: async ({ turn, input }) => {
    const token = askForToken(input.requestEnvelope) ?? '';
    const answered = voicePermissionAnswer(input.requestEnvelope, turn.logger);
    // Counted before the household is read: the answer is Alexa's, whatever we then find.
    turn.deps.metrics.count(`TimerPermission${answered}`);
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    const active = household.checkin.active;
    if (!active || active.id !== token.slice('checkin:'.length)) return noActiveAnswer(turn);
    if (isStale(active, turn.now)) return staleAnswer(turn, active);
    if (active.state !== 'awaiting-permission') return continueCheckin(turn, household);
    return afterStart(turn, await startAwaiting(turn, active, answered));
  },
});

/** The answer to the reminders permission asked by voice. */
export const remindersPermissionHandler = defineHandler({
  name: 'checkin.remindersPermission',
  requestTypes: ['Connections.Response'],
  when: askedFor('reminders:'),
  needs: 'nothing',
  handle: ({ turn, input }) =>
    remindersFromConnection(
      turn,
      askForToken(input.requestEnvelope) ?? '',
      voicePermissionAnswer(input.requestEnvelope, turn.logger),
    ),
});
