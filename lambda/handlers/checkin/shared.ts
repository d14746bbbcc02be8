import type { Response } from 'ask-sdk-model';
import { timerRemainingMs } from '../../alexa/timers';
import { partner, type Household, type Partner } from '../../domain/household';
import { currentSpeaking, remainingMs, speakingMs } from '../../domain/checkin/machine';
import { themeForFocus, type QuestionTheme } from '../../domain/checkin/questions';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { weekStart } from '../../domain/week/calendar';
import { focusFor } from '../../domain/week/plan';
import { currentWeekStart, timeZoneOf } from '../week-of';
import { setLaunchTimer, timersApi, type TimerSet } from '../timers';

/** Shared by the check-in's moments: its timers, its weeks, the speech that starts a partner's time. */

export { DIALOG } from './dialogs';

export const TIMERS_DECLINE_QUIET_MS = 14 * 24 * 60 * 60 * 1000;
export const REMINDERS_DECLINE_QUIET_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * The question theme of this week's focus (the week feature's `focusFor`): a focus kept for an
 * earlier week, still stored until the first write of a new week, steers nothing.
 */
export async function focusTheme(turn: Turn, household: Household): Promise<QuestionTheme | undefined> {
  const focus = focusFor(household, await currentWeekStart(turn));
  return themeForFocus(focus?.theme) ?? themeForFocus(focus?.text);
}

/** A question's wording in this turn's locale (the bank is speech/en/questions.ts). */
export function questionText(turn: Turn, id: string): string {
  return turn.t.checkin.question(id);
}

export { cancelTimer, timersApi, timersGranted } from '../timers';

/**
 * Sets the LAUNCH_TASK timer for one partner's speaking time. No timer id when timers are not
 * allowed or Alexa's API cannot be reached: the couple then keeps time themselves.
 */
export function setTurnTimer(
  turn: Turn,
  checkinId: string,
  index: 0 | 1,
  durationMs: number,
): Promise<TimerSet> {
  const { checkin } = turn.t;
  return setLaunchTimer(turn, {
    durationMs,
    label: index === 0 ? checkin.timerLabelFirst : checkin.timerLabelSecond,
    textToConfirm: checkin.timerConfirmText,
    input: { checkinId, turn: index },
  });
}

/** Time left in the turn: the Timers API's answer when it has one, else the stored end time. */
export async function timeLeftMs(turn: Turn, active: ActiveCheckin): Promise<number> {
  const timerId = currentSpeaking(active).timerId;
  if (timerId && !active.selfTimed) {
    try {
      const timer = await timersApi(turn)?.get(timerId);
      const left = timer ? timerRemainingMs(timer, turn.now) : undefined;
      if (left !== undefined) return left;
    } catch (error) {
      turn.logger.warn('timer not read', { errorName: (error as Error)?.name });
    }
  }
  return remainingMs(active, turn.now);
}

export function weekStartOf(turn: Turn): Promise<string> {
  return currentWeekStart(turn);
}

/** The start of the week in which an instant fell, for archiving an old check-in into its week. */
export async function weekStartAt(turn: Turn, instant: Date): Promise<string> {
  const household = await turn.household();
  return weekStart(instant, await timeZoneOf(turn), household?.settings.therapyDay);
}

export function names(household: Household, active: ActiveCheckin): { first: Partner; second: Partner } {
  return {
    first: partner(household, active.turns[0]!.partner),
    second: partner(household, active.turns[1]!.partner),
  };
}

export function speakerOfTurn(household: Household, active: ActiveCheckin): Partner {
  return partner(household, currentSpeaking(active).partner);
}

/** The speech for a turn that has just started: the question, then how time is kept. */
export function turnIntro(turn: Turn, household: Household, active: ActiveCheckin, prefix?: Ssml): Ssml {
  const { checkin } = turn.t;
  const { first, second } = names(household, active);
  const length = checkin.lengthPhrase(speakingMs(active.minutes));
  const question = questionText(turn, currentSpeaking(active).questionId);
  if (active.turnIndex === 0) {
    return checkin.speech(
      prefix,
      checkin.firstTurn(first.name, second.name, question),
      active.selfTimed ? checkin.selfTimedFirst(length) : checkin.timerSetFirst(length, second.name),
    );
  }
  return checkin.speech(
    prefix,
    checkin.timeUpFirst(first.name),
    checkin.secondTurn(first.name, second.name, question),
    active.selfTimed ? checkin.selfTimedSecond(length) : checkin.timerSetSecond(length),
  );
}

/** A permission asked by voice (Connections.SendRequest AskFor); the answer is a Connections.Response. */
export function askForPermission(turn: Turn, speech: Ssml, scope: string, token: string): Response {
  turn.setDialog(undefined);
  return turn.input.responseBuilder
    .speak(speech.markup)
    .addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        // Version 1 (one scope, account level), as in Alexa's voice-permission docs for timers
        // and reminders; the answer's payload carries permissionScope and status.
        '@version': '1',
        permissionScope: scope,
      },
      token,
    } as never)
    .getResponse();
}
