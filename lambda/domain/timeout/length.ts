import { isoDurationMinutes } from '../checkin/duration';
import { MAX_TIMEOUT_MINUTES, MIN_TIMEOUT_MINUTES } from './slice';

/**
 * The break's length as said ("make it 15 minutes" → NUMBER 15, "for half an hour" → PT30M),
 * brought into 10–30 minutes. `adjusted` says when it was out of range.
 */
export interface BreakLength {
  minutes: number;
  adjusted?: 'raised' | 'lowered';
}

export function parseBreakLength(numberSlot?: string, durationSlot?: string): BreakLength | undefined {
  let raw: number | undefined;
  if (durationSlot) raw = isoDurationMinutes(durationSlot);
  if (raw === undefined && numberSlot !== undefined) {
    const n = Number(numberSlot.trim());
    if (Number.isFinite(n)) raw = n;
  }
  if (raw === undefined || raw <= 0) return undefined;
  const rounded = Math.round(raw);
  if (rounded < MIN_TIMEOUT_MINUTES) return { minutes: MIN_TIMEOUT_MINUTES, adjusted: 'raised' };
  if (rounded > MAX_TIMEOUT_MINUTES) return { minutes: MAX_TIMEOUT_MINUTES, adjusted: 'lowered' };
  return { minutes: rounded };
}
