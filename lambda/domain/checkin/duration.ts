import { MAX_MINUTES, MIN_MINUTES } from './machine';

/**
 * The length a couple asked for, from an AMAZON.NUMBER slot ("a twenty minute check-in")
 * or an AMAZON.DURATION slot ("for half an hour" → PT30M). `adjusted` says when it was out of
 * range and brought to the nearest length the skill keeps.
 */
export interface SpokenLength {
  minutes: number;
  adjusted?: 'raised' | 'lowered';
}

const ISO_DURATION =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i;

/** ISO-8601 duration in minutes, or undefined when it is not one. */
export function isoDurationMinutes(value: string): number | undefined {
  const m = ISO_DURATION.exec(value.trim());
  if (!m || value.trim().toUpperCase() === 'P' || value.trim().toUpperCase() === 'PT') return undefined;
  const [, d, h, min, s] = m;
  const minutes = Number(d ?? 0) * 1440 + Number(h ?? 0) * 60 + Number(min ?? 0) + Number(s ?? 0) / 60;
  return Number.isFinite(minutes) ? minutes : undefined;
}

export function parseLength(numberSlot?: string, durationSlot?: string): SpokenLength | undefined {
  return parseMinutesWithin(numberSlot, durationSlot, MIN_MINUTES, MAX_MINUTES);
}

/**
 * A length as said (AMAZON.NUMBER of minutes, or AMAZON.DURATION), rounded and brought into
 * [min, max]; `adjusted` says when it was out of range. Shared by the check-in and the time-out.
 */
export function parseMinutesWithin(
  numberSlot: string | undefined,
  durationSlot: string | undefined,
  min: number,
  max: number,
): SpokenLength | undefined {
  let raw: number | undefined;
  if (durationSlot) raw = isoDurationMinutes(durationSlot);
  if (raw === undefined && numberSlot !== undefined) {
    const n = Number(numberSlot.trim());
    if (Number.isFinite(n)) raw = n;
  }
  if (raw === undefined || raw <= 0) return undefined;
  const rounded = Math.round(raw);
  if (rounded < min) return { minutes: min, adjusted: 'raised' };
  if (rounded > max) return { minutes: max, adjusted: 'lowered' };
  return { minutes: rounded };
}
