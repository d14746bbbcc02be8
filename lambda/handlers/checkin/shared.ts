import type { Response } from 'ask-sdk-model';
import { AlexaApiError, AlexaPermissionError } from '../../alexa/api';
import { scopeGrantedInContext } from '../../alexa/permissions';
import { launchTaskTimerBody, Timers, timerRemainingMs, TIMERS_SCOPE } from '../../alexa/timers';
import { partner, type Household, type Partner } from '../../domain/household';
import {
  closeIntoHousehold,
  currentTurn,
  remainingMs,
  turnMs,
  type CheckinOutcome,
} from '../../domain/checkin/machine';
import { questionById, themeForFocus, type QuestionTheme } from '../../domain/checkin/questions';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import type { RecordDraft } from '../../domain/records';
import { lengthPhrase } from '../../speech/en/checkin';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { currentWeekStart } from '../week-of';

/** Plumbing shared by the check-in handlers: timers, records, speech of a turn, the screen. */

export const DIALOG = {
  confirmStart: 'checkin.confirmStart',
  whoFirst: 'checkin.whoFirst',
  soloOffer: 'checkin.soloOffer',
  offerContinue: 'checkin.offerContinue',
  offerStart: 'checkin.offerStart',
  offerReminders: 'checkin.offerReminders',
  remindersHow: 'checkin.remindersHow',
} as const;

export const TIMERS_DECLINE_QUIET_MS = 14 * 24 * 60 * 60 * 1000;
export const REMINDERS_DECLINE_QUIET_MS = 14 * 24 * 60 * 60 * 1000;

/** The week focus kept by the week feature, read defensively (its shape is the week's to own). */
export function focusTheme(household: Household): QuestionTheme | undefined {
  const focus = (household.week as { focus?: { theme?: unknown; text?: unknown } }).focus;
  const theme = typeof focus?.theme === 'string' ? focus.theme : undefined;
  const text = typeof focus?.text === 'string' ? focus.text : undefined;
  return themeForFocus(theme) ?? themeForFocus(text);
}

export function questionText(id: string): string {
  return questionById(id)?.text ?? questionById('gn-1')!.text;
}

function system(turn: Turn) {
  return turn.input.requestEnvelope.context?.System;
}

export function skillIdOf(turn: Turn): string {
  return system(turn)?.application?.applicationId ?? '';
}

export function timersGranted(turn: Turn): boolean {
  return scopeGrantedInContext(turn.input.requestEnvelope, TIMERS_SCOPE);
}

export function timersApi(turn: Turn): Timers | undefined {
  const api = turn.alexaApi();
  return api ? new Timers(api) : undefined;
}

/**
 * Sets the LAUNCH_TASK timer for one turn. Undefined when timers are not allowed or Alexa's
 * API cannot be reached: the couple then keeps time themselves.
 */
export async function setTurnTimer(
  turn: Turn,
  checkinId: string,
  index: 0 | 1,
  durationMs: number,
): Promise<{ timerId?: string; failure?: 'permission' | 'unavailable' }> {
  const timers = timersApi(turn);
  if (!timers) return { failure: 'unavailable' };
  const { checkin } = turn.t;
  try {
    const created = await timers.create(
      launchTaskTimerBody({
        skillId: skillIdOf(turn),
        locale: turn.locale,
        durationMs,
        label: index === 0 ? checkin.timerLabelFirst : checkin.timerLabelSecond,
        textToConfirm: checkin.timerConfirmText,
        input: { checkinId, turn: index },
      }),
    );
    return { timerId: created.id };
  } catch (error) {
    turn.deps.metrics.count(error instanceof AlexaPermissionError ? 'TimerNotPermitted' : 'TimerFailed');
    turn.logger.warn('check-in timer not set', {
      errorName: (error as Error)?.name,
      status: (error as AlexaApiError)?.status,
    });
    return { failure: error instanceof AlexaPermissionError ? 'permission' : 'unavailable' };
  }
}

/** Cancels a turn's timer, quietly: a timer we cannot cancel will relaunch into a closed check-in. */
export async function cancelTimer(turn: Turn, timerId: string | undefined): Promise<void> {
  if (!timerId) return;
  try {
    await timersApi(turn)?.cancel(timerId);
  } catch (error) {
    turn.logger.warn('check-in timer not cancelled', { errorName: (error as Error)?.name });
  }
}

/** Time left in the turn: the Timers API's answer when it has one, else the stored end time. */
export async function timeLeftMs(turn: Turn, active: ActiveCheckin): Promise<number> {
  const timerId = currentTurn(active).timerId;
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

/** The pure change that closes a check-in: the household without it, plus its record. */
export function closeChange(
  household: Household,
  closed: ActiveCheckin,
  outcome: CheckinOutcome,
  endedAt: Date,
  weekStart: string,
): { household: Household; records: RecordDraft[] } {
  const { household: next, records } = closeIntoHousehold(household, closed, outcome, endedAt, weekStart);
  return { household: next, records };
}

export function weekStartOf(turn: Turn): Promise<string> {
  return currentWeekStart(turn);
}

export function names(household: Household, active: ActiveCheckin): { first: Partner; second: Partner } {
  return {
    first: partner(household, active.turns[0]!.partner),
    second: partner(household, active.turns[1]!.partner),
  };
}

export function speakerOfTurn(household: Household, active: ActiveCheckin): Partner {
  return partner(household, currentTurn(active).partner);
}

/** The speech for a turn that has just started: the question, then how time is kept. */
export function turnIntro(turn: Turn, household: Household, active: ActiveCheckin, prefix?: Ssml): Ssml {
  const { checkin } = turn.t;
  const { first, second } = names(household, active);
  const length = lengthPhrase(turnMs(active.minutes));
  const question = questionText(currentTurn(active).questionId);
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

/** Whether this device has a screen that speaks APL. */
export function hasScreen(turn: Turn): boolean {
  const interfaces = system(turn)?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  return Boolean(interfaces?.['Alexa.Presentation.APL']);
}

/**
 * A small APL document for an Echo Show: whose turn, the question, and a countdown bound to
 * the turn's end time (APL's utcTime ticks, so the screen counts down without the skill).
 */
export function aplDirective(turn: Turn, household: Household, active: ActiveCheckin) {
  const { checkin } = turn.t;
  const current = currentTurn(active);
  const speaker = partner(household, current.partner);
  const listener = partner(household, current.partner === 'p1' ? 'p2' : 'p1');
  const endsAt = current.endsAt ? Date.parse(current.endsAt) : 0;
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: 'checkin',
    document: {
      type: 'APL',
      version: '2023.3',
      mainTemplate: {
        parameters: ['payload'],
        items: [
          {
            type: 'Container',
            width: '100vw',
            height: '100vh',
            justifyContent: 'center',
            alignItems: 'center',
            paddingLeft: '8vw',
            paddingRight: '8vw',
            items: [
              { type: 'Text', text: '${payload.checkin.title}', fontSize: '40dp', fontWeight: 'bold' },
              {
                type: 'Text',
                text: '${payload.checkin.question}',
                fontSize: '30dp',
                textAlign: 'center',
                paddingTop: '24dp',
              },
              {
                type: 'Text',
                text: "${payload.checkin.paused ? payload.checkin.pausedText : (payload.checkin.endsAt > 0 ? Time.format('mm:ss', Math.max(0, payload.checkin.endsAt - utcTime)) : '')}",
                fontSize: '64dp',
                paddingTop: '32dp',
              },
              { type: 'Text', text: '${payload.checkin.listening}', fontSize: '24dp', paddingTop: '16dp' },
            ],
          },
        ],
      },
    },
    datasources: {
      checkin: {
        title: checkin.screenTurnTitle(speaker.name),
        question: questionText(current.questionId),
        listening: active.selfTimed ? '' : checkin.screenListening(listener.name),
        endsAt: active.selfTimed ? 0 : endsAt,
        paused: active.state === 'turn-paused',
        pausedText: checkin.screenPaused,
      },
    },
  };
}

/** Ends the session with speech, showing the turn on a screen when there is one. */
export function tellWithScreen(
  turn: Turn,
  speech: Ssml,
  household: Household,
  active: ActiveCheckin | undefined,
  extraDirectives: Record<string, unknown>[] = [],
): Response {
  turn.setDialog(undefined);
  const builder = turn.input.responseBuilder.speak(speech.markup).withShouldEndSession(true);
  if (active && active.state !== 'awaiting-permission' && hasScreen(turn)) {
    builder.addDirective(aplDirective(turn, household, active) as never);
  }
  for (const d of extraDirectives) builder.addDirective(d as never);
  return builder.getResponse();
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

export { AlexaApiError };
