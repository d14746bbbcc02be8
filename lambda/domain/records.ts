/**
 * A record the domain wants written beside the household, in the same transaction: what it
 * is and what it holds, never how the table keys it. storage/ derives the sort key (keys.ts)
 * and the expiry (the household's retention, counted from `writtenAt`).
 */
interface DraftBase {
  data: Record<string, unknown>;
  /** The instant the record's retention counts from (ISO). */
  writtenAt: string;
  /** Keep an expiry already given (a record rewritten in place keeps its date). */
  expiresAt?: number;
}

export type RecordDraft =
  /** A finished note; `ref` is its reference (notes/ref.ts), which is also its key. */
  | (DraftBase & { kind: 'NOTE'; ref: string })
  /** A finished check-in. */
  | (DraftBase & { kind: 'CHECKIN'; startedAt: string; id: string })
  /** A finished time-out (its record: never a partner's). */
  | (DraftBase & { kind: 'TIMEOUT'; startedAt: string; id: string })
  /** A past week, archived when a new week begins. */
  | (DraftBase & { kind: 'WEEK'; weekStart: string });
