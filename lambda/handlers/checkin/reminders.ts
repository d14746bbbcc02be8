import type { Response } from 'ask-sdk-model';
import { AlexaPermissionError } from '../../alexa/api';
import type { VoicePermissionAnswer } from '../../alexa/permissions';
import { REMINDERS_SCOPE } from '../../alexa/timers';
import {
  Reminders,
  timeOf,
  weekdayOf,
  weeklyReminderBody,
  WEEKDAYS,
  type Weekday,
} from '../../alexa/reminders';
import * as z from 'zod/mini';
import { partner, partnerIdSchema, type Household, type PartnerId } from '../../domain/household';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { remindersCancelled, remindersDeclined, remindersSet } from '../../domain/checkin/changes';
import { defineHandler } from '../define';
import { askSetupFirst, done, slot } from '../flow';
import { timeZoneOf } from '../week-of';
import { scopeGrantedInContext } from '../../alexa/permissions';
import { checkinDialogSchema, DIALOG } from './dialogs';
import { askForPermission, REMINDERS_DECLINE_QUIET_MS } from './shared';

/**
 * "Remind us to check in on Tuesdays and Fridays at eight pm": weekly reminders through the
 * Alexa Reminders API, in the device's time zone. "Cancel our check-in reminders" removes them.
 * After a "no", reminders are not offered again for two weeks.
 */

export function askSchedule(turn: Turn, prefix?: Ssml): Response {
  const { checkin: say } = turn.t;
  // A closing ritual still owed after the reminders question travels with the dialog.
  const ritual = turn.session.dialog?.ritual;
  turn.setDialog({ kind: DIALOG.remindersHow, ...(ritual ? { ritual } : {}) });
  return turn.ask(say.speech(prefix, say.askReminderSchedule), say.askReminderScheduleReprompt);
}

/** Token carried through the permission request: "reminders:TU,FR@20:00" (nothing personal). */
function scheduleToken(days: Weekday[], time: string): string {
  return `reminders:${days.join(',')}@${time}`;
}

function parseToken(token: string): { days: Weekday[]; time: string } | undefined {
  const m = /^reminders:([A-Z,]+)@(\d{2}:\d{2})$/.exec(token);
  if (!m) return undefined;
  const days = m[1]!.split(',').filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
  return days.length ? { days, time: m[2]! } : undefined;
}

/**
 * After the reminders were set (or could not be): at a check-in's close its closing words are
 * owed, and the session ends for them; asked for on their own, "Anything else?".
 */
function afterReminders(turn: Turn, household: Household, said: Ssml): Response {
  const ritual = ritualOwed(turn, household);
  return ritual ? turn.tell(turn.t.checkin.speech(said, ritual)) : done(turn, said);
}

async function createReminders(
  turn: Turn,
  household: Household,
  days: Weekday[],
  time: string,
): Promise<Response> {
  const { checkin: say } = turn.t;
  const api = turn.alexaApi();
  if (!api) return afterReminders(turn, household, say.remindersFailed);
  const reminders = new Reminders(api);
  const timeZone = await timeZoneOf(turn);
  let token: string;
  try {
    for (const old of household.checkin.reminders?.tokens ?? []) await reminders.delete(old);
    token = await reminders.create(
      weeklyReminderBody({
        now: turn.now,
        timeZone,
        days,
        time,
        locale: turn.locale,
        text: say.reminderText,
      }),
    );
  } catch (error) {
    if (error instanceof AlexaPermissionError) {
      return askForPermission(turn, say.askReminderPermission, REMINDERS_SCOPE, scheduleToken(days, time));
    }
    turn.logger.warn('check-in reminders not set', { errorName: (error as Error)?.name });
    return afterReminders(turn, household, say.remindersFailed);
  }
  await turn.update((h) => remindersSet(h, { tokens: [token], days, time }));
  turn.deps.metrics.count('CheckinRemindersSet');
  turn.logger.info('check-in reminders set', { days: days.length });
  return afterReminders(turn, household, say.remindersSet(days, time));
}

const setHandler = defineHandler({
  name: 'checkin.setReminders',
  intents: ['SetCheckinRemindersIntent'],
  needs: 'household',
  handle: async ({ turn, input, household }) => {
    const days = [...new Set([slot(input, 'dayOne'), slot(input, 'dayTwo')].map(weekdayOf))].filter(
      (d): d is Weekday => d !== undefined,
    );
    const time = timeOf(slot(input, 'time'));
    if (days.length === 0 || !time) return askSchedule(turn);
    const ordered = WEEKDAYS.filter((d) => days.includes(d));
    if (!scopeGrantedInContext(turn.input.requestEnvelope, REMINDERS_SCOPE)) {
      return askForPermission(
        turn,
        turn.t.checkin.askReminderPermission,
        REMINDERS_SCOPE,
        scheduleToken(ordered, time),
      );
    }
    return createReminders(turn, household, ordered, time);
  },
});

const cancelHandler = defineHandler({
  name: 'checkin.cancelReminders',
  intents: ['CancelCheckinRemindersIntent'],
  needs: 'household',
  handle: async ({ turn, household }) => {
    const { checkin: say } = turn.t;
    const tokens = household.checkin.reminders?.tokens ?? [];
    if (tokens.length === 0) return done(turn, say.noRemindersToCancel);
    const api = turn.alexaApi();
    try {
      if (api) for (const token of tokens) await new Reminders(api).delete(token);
    } catch (error) {
      if (!(error instanceof AlexaPermissionError)) {
        turn.logger.warn('check-in reminders not cancelled', { errorName: (error as Error)?.name });
        return done(turn, say.remindersFailed);
      }
      // Permission withdrawn: Alexa has already removed the skill's reminders.
    }
    await turn.update((h) => remindersCancelled(h));
    turn.logger.info('check-in reminders cancelled');
    return done(turn, say.remindersCancelled);
  },
});

/**
 * "Stop" or "cancel" while the reminders question is open: no reminders this time (not a "no",
 * so nothing is written), and the closing ritual owed since the close is the goodbye.
 */
const stopHandler = defineHandler({
  name: 'checkin.stopAtReminders',
  intents: ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'],
  dialog: { schema: checkinDialogSchema, kinds: [DIALOG.offerReminders, DIALOG.remindersHow] },
  needs: 'nothing',
  handle: async ({ turn, dialog }) => {
    const { checkin: say } = turn.t;
    const owed = 'ritual' in dialog && dialog.ritual !== undefined;
    const household = owed ? await turn.household().catch(() => undefined) : undefined;
    const ritual = household ? ritualOwed(turn, household) : owed ? say.ritualUnnamed : undefined;
    return turn.tell(say.speech(say.remindersSkipped, ritual ?? say.goodbye));
  },
});

export const reminderHandlers = [stopHandler, setHandler, cancelHandler];

/** The reminders permission was answered by voice. */
export async function remindersFromConnection(
  turn: Turn,
  token: string,
  answer: VoicePermissionAnswer,
): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const { checkin: say } = turn.t;
  if (answer === 'DENIED') {
    await turn.update((h) => remindersDeclined(h, turn.now));
    return turn.tell(say.remindersDenied);
  }
  if (answer === 'NOT_ANSWERED') return turn.tell(say.remindersUnanswered);
  // The request itself failed (status.code 400/500): as a no for now, but not remembered as one.
  if (answer === 'FAILED') return turn.tell(say.remindersPermissionFailed);
  const schedule = parseToken(token);
  if (!schedule) return askSchedule(turn);
  return createReminders(turn, household, schedule.days, schedule.time);
}

/**
 * The close: saved, then the ritual. When reminders are due to be offered, the question comes
 * first and the ritual follows the answer, so nobody's closing words land in an open microphone.
 */
export function offerRemindersAfterClose(
  turn: Turn,
  household: Household,
  order: [PartnerId, PartnerId],
  directives: Record<string, unknown>[] = [],
): Response {
  const { checkin: say } = turn.t;
  const [first, second] = order.map((id) => partner(household, id).name) as [string, string];
  const declinedAt = household.checkin.remindersDeclinedAt;
  const quiet =
    declinedAt !== undefined && turn.now.getTime() - Date.parse(declinedAt) < REMINDERS_DECLINE_QUIET_MS;
  if (household.checkin.reminders || quiet) {
    turn.setDialog(undefined);
    const builder = turn.input.responseBuilder
      .speak(say.closing(first, second).markup)
      .withShouldEndSession(true);
    for (const d of directives) builder.addDirective(d as never);
    return builder.getResponse();
  }
  turn.setDialog({ kind: DIALOG.offerReminders, ritual: order });
  return turn.ask(say.speech(say.closedSaved, say.offerReminders), say.offerRemindersReprompt);
}

/** The closing ritual still owed after the reminders question, if there is one. */
export function ritualOwed(turn: Turn, household: Household): Ssml | undefined {
  const parsed = z.tuple([partnerIdSchema, partnerIdSchema]).safeParse(turn.session.dialog?.ritual);
  if (!parsed.success) return undefined;
  const [first, second] = parsed.data.map((id) => partner(household, id).name) as [string, string];
  return turn.t.checkin.ritual(first, second);
}
