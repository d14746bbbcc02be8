import { parseMinutesWithin, type SpokenLength } from '../checkin/duration';
import { MAX_TIMEOUT_MINUTES, MIN_TIMEOUT_MINUTES } from './slice';

/**
 * The break's length as said ("make it 15 minutes" → NUMBER 15, "for half an hour" → PT30M),
 * brought into 10–30 minutes. `adjusted` says when it was out of range.
 */
export type BreakLength = SpokenLength;

export function parseBreakLength(numberSlot?: string, durationSlot?: string): BreakLength | undefined {
  return parseMinutesWithin(numberSlot, durationSlot, MIN_TIMEOUT_MINUTES, MAX_TIMEOUT_MINUTES);
}
