/**
 * A finished note's reference: NOTE#<weekStart>#<createdAt>#<id>. The household keeps these
 * (recent notes, the week's activity, the mutual reveal) and the table uses the same string
 * as the note record's sort key (storage/keys.ts), so the format lives here, once.
 */
function clean(part: string): string {
  // '#' separates the parts; none of ours contain it, but never let data break the layout.
  return part.replace(/#/g, '_');
}

export function noteRef(weekStart: string, createdAt: string, noteId: string): string {
  return ['NOTE', weekStart, createdAt, noteId].map(clean).join('#');
}

/** The parts of a note reference; undefined for anything else. */
export function parseNoteRef(ref: string): { weekStart: string; createdAt: string; id: string } | undefined {
  const [kind, weekStart, createdAt, id] = ref.split('#');
  if (kind !== 'NOTE' || !weekStart || !createdAt || !id) return undefined;
  return { weekStart, createdAt, id };
}

/** The week a note was filed under, read back from its reference (undefined for other keys). */
export function weekOfNoteRef(ref: string): string | undefined {
  return /^NOTE#(\d{4}-\d{2}-\d{2})#/.exec(ref)?.[1];
}
