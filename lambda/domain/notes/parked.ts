import type { NoteKind } from '../note-kinds';
import type { PartnerId } from '../partner-id';
import { answeredCount, withDraft, type Draft, type NotesSlice } from './slice';

/**
 * Notes put aside. A partner dictates one note at a time (the draft); starting another kind
 * mid-way puts the open one aside, whole, instead of asking first: a question there would turn
 * the next dictated sentence into an answer nobody can take. At most one note of each kind is
 * aside, so the household item stays bounded. Pure.
 */

/** The notes a partner has put aside, newest first. */
export function parkedOf(slice: NotesSlice, partner: PartnerId): Draft[] {
  const aside = slice.parked[partner] ?? {};
  return Object.values(aside)
    .filter((d): d is Draft => d !== undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/**
 * Makes `kind` the partner's open note: the open note of another kind, when it holds an
 * answer, is put aside; one of `kind` put aside earlier is taken up again (it becomes the
 * draft). Without one, the partner has no draft until the new note's first answer is written.
 */
export function switchTo(slice: NotesSlice, partner: PartnerId, kind: NoteKind): NotesSlice {
  const open = slice.drafts[partner];
  const aside: Partial<Record<NoteKind, Draft>> = { ...(slice.parked[partner] ?? {}) };
  if (open && open.kind !== kind && answeredCount(open) > 0) aside[open.kind] = open;
  const resumed = aside[kind];
  delete aside[kind];
  const parked = { ...slice.parked, [partner]: aside };
  if (Object.keys(aside).length === 0) delete parked[partner];
  return withDraft({ ...slice, parked }, partner, resumed ?? (open?.kind === kind ? open : undefined));
}

/** Takes up the newest note put aside, when the partner has no open note ("finish my note"). */
export function resumeLatest(slice: NotesSlice, partner: PartnerId): NotesSlice {
  if (slice.drafts[partner]) return slice;
  const latest = parkedOf(slice, partner)[0];
  return latest ? switchTo(slice, partner, latest.kind) : slice;
}
