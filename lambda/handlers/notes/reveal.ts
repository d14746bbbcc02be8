import type { Response } from 'ask-sdk-model';
import {
  otherPartner,
  partner as partnerById,
  partnerForVoice,
  type Household,
  type PartnerId,
} from '../../domain/household';
import { noteRecordSchema } from '../../domain/notes/record';
import { weekOfNoteSk } from '../../storage/keys';
import { revealReady } from '../../domain/notes/slice';
import { speech } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { currentWeekStart } from '../week-of';
import { REVEAL_ASK, type NotesDialogOf } from './dialogs';
import { whatNext } from './session';

/**
 * The mutual reveal: when both partners completed this week's template, both are asked, each by
 * name, and the two templates are read together only when both said yes.
 */

export { REVEAL_ASK };

/** Starts asking, the speaker first when known (the handler has asked for the names first). */
export async function startReveal(turn: Turn, household: Household): Promise<Response> {
  const { notes } = turn.t;
  const weekStart = await currentWeekStart(turn);
  if (!revealReady(household.notes, weekStart, true)) {
    return whatNext(turn, notes.revealNotReady);
  }
  const first = (await turn.speaker())?.id ?? 'p1';
  return askWilling(turn, household, first, []);
}

function askWilling(
  turn: Turn,
  household: Household,
  asking: PartnerId,
  willing: PartnerId[],
  prefix?: ReturnType<typeof speech>,
): Response {
  const { notes } = turn.t;
  const name = partnerById(household, asking).name;
  const otherName = otherPartner(household, asking).name;
  turn.setDialog({ kind: REVEAL_ASK, asking, willing });
  return turn.ask(speech(prefix, notes.askWilling(name, otherName)), notes.askWillingReprompt(name));
}

export async function onRevealAnswer(
  turn: Turn,
  household: Household,
  dialog: NotesDialogOf<typeof REVEAL_ASK>,
  yes: boolean,
): Promise<Response> {
  const { notes } = turn.t;
  const asking = dialog.asking ?? 'p1';
  // Session attributes come back from the device: anything but a list counts as nobody yet.
  const willing = (dialog.willing ?? []).filter((p): p is PartnerId => p === 'p1' || p === 'p2');
  // With recognized voices, each partner answers for themselves.
  const speaking = partnerForVoice(household, turn.voiceId);
  if (speaking && speaking.id !== asking) {
    return askWilling(
      turn,
      household,
      asking,
      willing,
      notes.needToHearFrom(partnerById(household, asking).name),
    );
  }
  if (!yes) return declineReveal(turn);
  const weekStart = await currentWeekStart(turn);
  const nowWilling: PartnerId[] = [...new Set<PartnerId>([...willing, asking])];
  if (nowWilling.length < 2)
    return askWilling(turn, household, otherPartner(household, asking).id, nowWilling);
  return readBoth(turn, household, weekStart);
}

/** Either partner's no keeps both templates private, and the offer is not repeated at launch. */
export async function declineReveal(turn: Turn): Promise<Response> {
  const { notes } = turn.t;
  const weekStart = await currentWeekStart(turn);
  await turn.update((h) =>
    h.notes.reveal && h.notes.reveal.weekStart === weekStart
      ? { ...h, notes: { ...h.notes, reveal: { ...h.notes.reveal, status: 'declined' } } }
      : h,
  );
  return whatNext(turn, notes.revealDeclined);
}

async function readBoth(turn: Turn, household: Household, weekStart: string): Promise<Response> {
  const { notes } = turn.t;
  const reveal = household.notes.reveal;
  if (!reveal || reveal.weekStart !== weekStart || !reveal.notes.p1 || !reveal.notes.p2) {
    return whatNext(turn, notes.revealNotReady);
  }
  // One query over the week the two notes were filed under (beside the household read); two
  // only when a therapy-day change filed them under different week starts.
  const filedUnder = [
    ...new Set([reveal.notes.p1, reveal.notes.p2].map((sk) => weekOfNoteSk(sk) ?? weekStart)),
  ];
  const records = (
    await Promise.all(
      filedUnder.map((week) =>
        turn.store.queryRecords(turn.householdId, 'NOTE', [week], noteRecordSchema, turn.now),
      ),
    )
  ).flat();
  const bySk = new Map(records.map((r) => [r.sk, r.data]));
  const a = bySk.get(reveal.notes.p1);
  const b = bySk.get(reveal.notes.p2);
  if (!a || !b) {
    return whatNext(turn, notes.noteGone);
  }
  await turn.update((h) =>
    h.notes.reveal && h.notes.reveal.weekStart === weekStart
      ? { ...h, notes: { ...h.notes, reveal: { ...h.notes.reveal, status: 'done' } } }
      : h,
  );
  turn.logger.info('templates heard together');
  return whatNext(
    turn,
    notes.reveal(
      { name: partnerById(household, 'p1').name, entries: a.parts },
      { name: partnerById(household, 'p2').name, entries: b.parts },
    ),
  );
}
