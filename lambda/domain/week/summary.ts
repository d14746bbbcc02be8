import * as z from 'zod/mini';
import type { PartnerId } from '../household';

/**
 * "Get us ready for our session": which notes go in, and how the summary is cut into chunks
 * of under a minute of speech each.
 *
 * The note record schema belongs to the notes feature (lambda/domain/notes/record.ts). This
 * reader is deliberately loose ({author, kind, parts, shared}), so a change of theirs that
 * adds fields never breaks the summary; parts are read as [{part, text}] or {part: text}.
 */
export const summaryNoteSchema = z.lazy(() =>
  z.looseObject({
    author: z.enum(['p1', 'p2']),
    kind: z.string(),
    parts: z.unknown(),
    shared: z.optional(z.boolean()),
  }),
);
export type SummaryNote = z.infer<typeof summaryNoteSchema>;

export interface NotePart {
  part?: string;
  text: string;
}

export function notePartsOf(parts: unknown): NotePart[] {
  const out: NotePart[] = [];
  if (Array.isArray(parts)) {
    for (const p of parts) {
      if (typeof p === 'string') out.push({ text: p });
      else if (p && typeof p === 'object') {
        const o = p as Record<string, unknown>;
        const text = [o.text, o.answer, o.value].find((v) => typeof v === 'string') as string | undefined;
        if (text) out.push({ part: typeof o.part === 'string' ? o.part : undefined, text });
      }
    }
  } else if (parts && typeof parts === 'object') {
    for (const [part, text] of Object.entries(parts as Record<string, unknown>)) {
      if (typeof text === 'string') out.push({ part, text });
    }
  }
  return out.filter((p) => p.text.trim() !== '');
}

/**
 * Which notes the summary may read: shared ones for both, and the speaker's own private
 * ones only when `includePrivate` (the speaker is known and, without voice recognition, said
 * yes after hearing that anyone in the room may hear). The other partner's private notes never.
 */
export function notesForSummary<T extends SummaryNote>(
  notes: { sk: string; data: T }[],
  speaker: PartnerId | undefined,
  includePrivate: boolean,
): { shared: { sk: string; data: T }[]; own: { sk: string; data: T }[] } {
  const sorted = [...notes].sort((a, b) => a.sk.localeCompare(b.sk));
  return {
    shared: sorted.filter((n) => n.data.shared === true),
    own: sorted.filter(
      (n) => n.data.shared !== true && includePrivate && speaker && n.data.author === speaker,
    ),
  };
}
