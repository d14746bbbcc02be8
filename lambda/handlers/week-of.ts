import { fallbackTimeZone, weekStart } from '../domain/week/calendar';
import type { Household } from '../domain/household';
import type { Turn } from '../turn';

const cache = new WeakMap<Turn, Promise<string>>();

/**
 * The device's time zone for this turn: Alexa's Settings API (System.timeZone), else the one
 * stored last time, else the request locale's fallback (calendar.ts `fallbackTimeZone`: en-GB
 * Europe/London, en-AU Australia/Sydney, en-IN Asia/Kolkata, en-CA America/Toronto, en-US and
 * anything else America/New_York). Asked at most once per turn, and once an hour per device
 * (`SkillDeps.timeZones`).
 */
export function timeZoneOf(turn: Turn): Promise<string> {
  let found = cache.get(turn);
  if (!found) {
    found = (async () => {
      const deviceId = turn.deviceId;
      const recent = deviceId ? turn.deps.timeZones?.get(deviceId, turn.now) : undefined;
      if (recent) return recent;
      const api = turn.alexaApi();
      const fromDevice = api && deviceId ? await api.deviceTimeZone(deviceId) : undefined;
      if (fromDevice) {
        turn.deps.timeZones?.set(deviceId!, fromDevice, turn.now);
        return fromDevice;
      }
      return (await turn.household())?.settings.timeZone ?? fallbackTimeZone(turn.locale);
    })();
    cache.set(turn, found);
  }
  return found;
}

/** The start (local date) of the couple's current week, from their therapy day when set. */
export async function currentWeekStart(turn: Turn): Promise<string> {
  const timeZone = await timeZoneOf(turn);
  const household = await turn.household();
  return weekStart(turn.now, timeZone, household?.settings.therapyDay);
}

/** Keeps the device's time zone in the household, so it is known when the API is not. */
export function rememberTimeZone(household: Household, timeZone: string): Household {
  return household.settings.timeZone === timeZone
    ? household
    : { ...household, settings: { ...household.settings, timeZone } };
}
