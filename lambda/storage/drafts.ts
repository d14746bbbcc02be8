import type { RecordDraft } from '../domain/records';
import { expiresAt } from '../domain/safety/retention';
import { skOf, type RecordKind } from './keys';

/** A record written beside the household item in the same transaction. */
export interface RecordPut {
  sk: string;
  kind: RecordKind;
  data: Record<string, unknown>;
  /** Epoch seconds after which the item is treated as gone (and TTL deletes it). */
  expiresAt?: number;
}

/**
 * A drafted record as the table stores it: its sort key (keys.ts) and its expiry, the
 * household's retention counted from when it was written (unless it keeps one it was given).
 */
export function recordPutOf(draft: RecordDraft, retentionDays: number): RecordPut {
  return {
    sk: skOf(draft),
    kind: draft.kind,
    data: draft.data,
    expiresAt: draft.expiresAt ?? expiresAt(new Date(draft.writtenAt), retentionDays),
  };
}

export function recordPutsOf(drafts: readonly RecordDraft[] | undefined, retentionDays: number): RecordPut[] {
  return (drafts ?? []).map((d) => recordPutOf(d, retentionDays));
}
