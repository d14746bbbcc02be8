import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import { householdSchema, partner, type Partner, type PartnerId } from '../../domain/household';
import {
  authorOf,
  countKeys,
  weekRecordWithoutPartnerNotes,
  withoutPartnerNotes,
  type KeyCounts,
} from '../../domain/safety/erase';
import { Reminders } from '../../alexa/reminders';
import { Timers } from '../../alexa/timers';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { isIntent, requireSpeaker } from '../flow';
import { heldOf, releaseHeld } from '../notes/session';
import { DELETE_ALL, DELETE_MINE, safetyDialogSchema } from './dialogs';

/**
 * Your data, your call: "delete my notes" (the speaker's own notes) and "delete everything
 * about us" (the whole household), each after a clear yes.
 *
 * Deletion is the one place a turn may read and write more than the usual one item each: it
 * lists the household's records (one query per kind, paged), deletes them in batches of 25
 * and then writes the household once.
 */

/** A clock at the epoch: nothing reads as expired, so items TTL has not yet removed are found too. */
const INCLUDING_EXPIRED = new Date(0);

export async function confirmDeleteMine(turn: Turn, speaker: Partner): Promise<Response> {
  const { safety } = turn.t;
  turn.setDialog({ kind: DELETE_MINE, partner: speaker.id });
  return turn.ask(safety.deleteMineConfirm(speaker.name, turn.voiceRecognized), safety.deleteMineReprompt);
}

/**
 * Deletes a partner's notes: their NOTE records (expired ones too), their refs in archived
 * weeks, and their drafts and refs in the household item. Returns how many things went.
 */
export async function deletePartnerNotes(turn: Turn, id: PartnerId): Promise<number> {
  const { store, householdId } = turn;
  // A part held in the session after a failed save would otherwise be written back later.
  const held = heldOf(turn)?.partner === id;
  if (held) releaseHeld(turn);
  const notes = await store.queryRecords(householdId, 'NOTE', [], z.unknown(), INCLUDING_EXPIRED);
  const mine = notes.filter((r) => authorOf(r.data) === id).map((r) => r.sk);
  const weeks = await store.queryRecords(householdId, 'WEEK', [], z.unknown(), INCLUDING_EXPIRED);
  // Records first: if the household write then fails, nothing private is left behind.
  await store.deleteKeys(householdId, mine);
  for (const week of weeks) {
    const data = weekRecordWithoutPartnerNotes(week.data, id);
    if (data)
      await store.putRecord(householdId, { sk: week.sk, kind: 'WEEK', data, expiresAt: week.expiresAt });
  }
  let draftsRemoved = 0;
  await turn.update((h) => {
    const next = withoutPartnerNotes(h, id);
    const valid = householdSchema.safeParse(next);
    if (!valid.success) {
      // Another feature's slice had a shape this code does not know; leave it rather than break it.
      turn.logger.warn('household left unchanged after deleting notes', {
        paths: valid.error.issues.map((i) => i.path.join('.')),
      });
      return h;
    }
    draftsRemoved = JSON.stringify(next.notes) === JSON.stringify(h.notes) ? 0 : 1;
    return valid.data;
  });
  return mine.length + draftsRemoved + (held ? 1 : 0);
}

/**
 * Cancels what the skill left running in Alexa for this household (check-in timers, check-in
 * reminders), before the tokens that name them are deleted. Best effort and in parallel, so it
 * costs at most one Alexa API timeout; a timer that cannot be cancelled relaunches into a
 * household that no longer exists and is met as a first run.
 */
async function cancelAlexaAlerts(turn: Turn): Promise<void> {
  const api = turn.alexaApi();
  const household = await turn.household().catch(() => undefined);
  if (!api || !household) return;
  const timerIds = (household.checkin.active?.turns ?? [])
    .map((t) => t.timerId)
    .filter((id): id is string => typeof id === 'string');
  const tokens = household.checkin.reminders?.tokens ?? [];
  const results = await Promise.allSettled([
    ...timerIds.map((id) => new Timers(api).cancel(id)),
    ...tokens.map((token) => new Reminders(api).delete(token)),
  ]);
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed) turn.logger.warn('alerts not cancelled before deletion', { failed });
}

/** Deletes every item of the household, and checks that none is left. */
export async function deleteHouseholdData(
  turn: Turn,
  options: { cancelAlerts?: boolean } = {},
): Promise<KeyCounts> {
  const { store, householdId } = turn;
  if (options.cancelAlerts) await cancelAlexaAlerts(turn);
  const keys = await store.listKeys(householdId);
  const counts = countKeys(keys);
  await store.deleteKeys(householdId, keys);
  // The other Echo may have written in between: sweep until the list comes back empty.
  for (let attempt = 0; attempt < 3; attempt++) {
    const left = await store.listKeys(householdId);
    if (left.length === 0) break;
    await store.deleteKeys(householdId, left);
  }
  return counts;
}

const deleteMineHandler = defineHandler({
  name: 'safety.deleteMine',
  intents: ['DeleteMyNotesIntent'],
  // Before setup there are no notes to delete: said so, rather than asking for the names.
  needs: 'nothing',
  handle: async ({ turn }) => {
    if (!(await turn.setUpHousehold())) {
      turn.setDialog(undefined);
      return turn.ask(turn.t.safety.deleteMineNone, turn.t.safety.anythingElse);
    }
    const speaker = await requireSpeaker(turn, { name: DELETE_MINE });
    if (!('id' in speaker)) return speaker;
    return confirmDeleteMine(turn, speaker);
  },
});

const deleteMineAnswerHandler = defineHandler({
  name: 'safety.deleteMineAnswer',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: safetyDialogSchema, kinds: [DELETE_MINE] },
  // "No" needs no household; a household gone meanwhile is "nothing to delete", not setup.
  needs: 'nothing',
  handle: async ({ turn, input, dialog }) => {
    const { safety, common } = turn.t;
    const mine = dialog.partner;
    turn.setDialog(undefined);
    if (isIntent(input, 'AMAZON.NoIntent') || !mine) {
      return turn.ask(common.speech(safety.deleteCancelled, common.whatNext), common.whatNextReprompt);
    }
    const household = await turn.setUpHousehold();
    if (!household) return turn.ask(safety.deleteMineNone, safety.anythingElse);
    const removed = await deletePartnerNotes(turn, partner(household, mine).id);
    turn.deps.metrics.count('NotesDeletedByAuthor');
    turn.logger.info('a partner deleted their notes', { items: removed });
    return turn.ask(
      common.speech(removed > 0 ? safety.deleteMineDone : safety.deleteMineNone, safety.anythingElse),
      common.whatNextReprompt,
    );
  },
});

const deleteAllHandler = defineHandler({
  name: 'safety.deleteAll',
  intents: ['DeleteEverythingIntent'],
  needs: 'nothing',
  handle: ({ turn }) => {
    turn.setDialog({ kind: DELETE_ALL });
    return turn.ask(turn.t.safety.deleteAllConfirm, turn.t.safety.deleteAllReprompt);
  },
});

const deleteAllAnswerHandler = defineHandler({
  name: 'safety.deleteAllAnswer',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: safetyDialogSchema, kinds: [DELETE_ALL] },
  // Deletes whatever is stored, set up or not.
  needs: 'nothing',
  handle: async ({ turn, input }) => {
    const { safety, common } = turn.t;
    turn.setDialog(undefined);
    if (isIntent(input, 'AMAZON.NoIntent')) {
      return turn.ask(common.speech(safety.deleteCancelled, common.whatNext), common.whatNextReprompt);
    }
    const counts = await deleteHouseholdData(turn, { cancelAlerts: true });
    turn.deps.metrics.count('HouseholdDeletedOnRequest');
    turn.logger.info('household deleted on request', { ...counts });
    // Forget the session too (who was speaking, any note part held after a failed save), so
    // nothing said earlier can be written back once the household is gone.
    for (const key of Object.keys(turn.session)) delete (turn.session as Record<string, unknown>)[key];
    const found = counts.household || counts.notes + counts.checkins + counts.weeks + counts.other > 0;
    return turn.tell(found ? safety.deleteAllDone(counts) : safety.deleteAllNothing);
  },
});

export const dataHandlers = [
  deleteMineHandler,
  deleteMineAnswerHandler,
  deleteAllHandler,
  deleteAllAnswerHandler,
];
