import type { Response } from 'ask-sdk-model';
import { findPartnerByName, otherPartner, type Partner } from '../../domain/household';
import { noteRecordSchema, parseNoteSk, type NoteRecord } from '../../domain/notes/record';
import { parkedOf } from '../../domain/notes/parked';
import { lastNoteSk, withoutRecent, withoutTemplate } from '../../domain/notes/slice';
import { activityOf, recordActivity } from '../../domain/week/activity';
import type { Turn } from '../../turn';
import { currentWeekStart, timeZoneOf } from '../week-of';
import { askSetupFirst } from '../flow';
import { heldOf, whatNext } from './session';
import { spokenDay } from './when';

/** "Read my last note", "how many notes do I have this week", "delete/share my last note". */

function entries(record: NoteRecord) {
  return record.parts.map((p) => ({ part: p.part, text: p.text }));
}

async function whenOf(turn: Turn, createdAt: string): Promise<string> {
  return spokenDay(createdAt, turn.now, await timeZoneOf(turn));
}

/** The speaker's last note record: one extra GetItem (an archived record), allowed by the turn budget. */
async function lastRecord(
  turn: Turn,
  speaker: Partner,
): Promise<{ sk: string; record: NoteRecord; expiresAt?: number } | 'none' | 'gone' | 'setup'> {
  const household = await turn.setUpHousehold();
  if (!household) return 'setup';
  const sk = lastNoteSk(household.notes, speaker.id);
  if (!sk) return 'none';
  const found = await turn.store.getRecord(turn.householdId, sk, noteRecordSchema, turn.now);
  if (!found || found.data.author !== speaker.id) return 'gone';
  return { sk, record: found.data, expiresAt: found.expiresAt };
}

export async function readLastNote(turn: Turn, speaker: Partner, confirmed = false): Promise<Response> {
  const { notes } = turn.t;
  // Private by default: with a recognized voice the request is the author's own; without one,
  // anyone in the room may hear, so ask first. But only when there is a note to read: a warning
  // followed by "you don't have any notes" is a question for nothing. Checked on the household
  // alone (this turn's one read); the record itself is read once they say yes.
  if (!turn.voiceRecognized && !confirmed) {
    const household = await turn.setUpHousehold();
    if (!household) return askSetupFirst(turn);
    if (!lastNoteSk(household.notes, speaker.id)) return whatNext(turn, notes.noNotes);
    turn.setDialog({ kind: 'notes.confirmRead', partner: speaker.id });
    return turn.ask(notes.roomWarning, notes.roomWarningReprompt);
  }
  const last = await lastRecord(turn, speaker);
  if (last === 'setup') return askSetupFirst(turn);
  if (last === 'none') return whatNext(turn, notes.noNotes);
  if (last === 'gone') return whatNext(turn, notes.noteGone);
  const when = await whenOf(turn, last.record.createdAt);
  return whatNext(turn, notes.lastNote(last.record.kind, when, entries(last.record)));
}

export async function countNotes(turn: Turn, speaker: Partner): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const weekStart = await currentWeekStart(turn);
  // The speaker's own notes only; the other partner's are never counted aloud.
  const mine = activityOf(household, weekStart).notes.filter((n) => n.author === speaker.id).length;
  const drafting =
    household.notes.drafts[speaker.id] !== undefined ||
    parkedOf(household.notes, speaker.id).length > 0 ||
    heldOf(turn)?.partner === speaker.id;
  return whatNext(turn, turn.t.notes.count(mine, drafting));
}

export async function askDeleteLast(turn: Turn, speaker: Partner): Promise<Response> {
  const { notes } = turn.t;
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const sk = lastNoteSk(household.notes, speaker.id);
  const parsed = sk ? parseNoteSk(sk) : undefined;
  if (!sk || !parsed) return whatNext(turn, notes.noNotes);
  turn.setDialog({ kind: 'notes.confirmDelete', partner: speaker.id, sk });
  return turn.ask(notes.confirmDelete(await whenOf(turn, parsed.createdAt)), notes.confirmDeleteReprompt);
}

/** Deletes the record and, in the same transaction, its traces in the household. */
export async function deleteNote(turn: Turn, speaker: Partner, sk: string): Promise<Response> {
  const parsed = parseNoteSk(sk);
  if (!parsed) return whatNext(turn, turn.t.notes.noteGone);
  await turn.update((h) => {
    const notes = withoutTemplate(withoutRecent(h.notes, speaker.id, sk), speaker.id, sk);
    const household = recordActivity({ ...h, notes }, parsed.weekStart, {
      kind: 'note-deleted',
      noteSk: sk,
      author: speaker.id,
    });
    return { household, deletes: [sk] };
  });
  turn.logger.info('note deleted');
  return whatNext(turn, turn.t.notes.deleted);
}

export async function shareLast(
  turn: Turn,
  speaker: Partner,
  spokenName: string | undefined,
): Promise<Response> {
  const { notes } = turn.t;
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const other = otherPartner(household, speaker.id);
  const named = spokenName ? findPartnerByName(household, spokenName) : other;
  if (!named || named.id !== other.id) return whatNext(turn, notes.shareOnlyWith(other.name));
  const last = await lastRecord(turn, speaker);
  if (last === 'setup') return askSetupFirst(turn);
  if (last === 'none') return whatNext(turn, notes.noNotes);
  if (last === 'gone') return whatNext(turn, notes.noteGone);
  if (last.record.shared) return whatNext(turn, notes.alreadyShared(other.name));
  const expiresAt = last.expiresAt;
  const record: NoteRecord = { ...last.record, shared: true, sharedAt: turn.now.toISOString() };
  await turn.update((h) => ({
    household: recordActivity(h, last.record.weekStart, {
      kind: 'note-shared',
      noteSk: last.sk,
      author: speaker.id,
    }),
    records: [{ kind: 'NOTE', ref: last.sk, data: record, writtenAt: record.createdAt, expiresAt }],
  }));
  turn.logger.info('note shared', { noteKind: record.kind });
  return whatNext(turn, notes.shared(other.name, await whenOf(turn, record.createdAt)));
}

/** The other partner's most recent shared note, from this week's or last week's activity. */
export async function readShared(turn: Turn, speaker: Partner): Promise<Response> {
  const { notes } = turn.t;
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const other = otherPartner(household, speaker.id);
  const refs = household.week.activity
    .flatMap((w) => w.notes)
    .filter((n) => n.author === other.id && n.shared)
    .sort((a, b) => b.sk.localeCompare(a.sk));
  const ref = refs[0];
  if (!ref) return whatNext(turn, notes.noShared(other.name));
  // One extra GetItem: an archived record.
  const found = await turn.store.getRecord(turn.householdId, ref.sk, noteRecordSchema, turn.now);
  if (!found || !found.data.shared || found.data.author !== other.id)
    return whatNext(turn, notes.noShared(other.name));
  const when = await whenOf(turn, found.data.createdAt);
  return whatNext(turn, notes.sharedNote(other.name, found.data.kind, when, entries(found.data)));
}
