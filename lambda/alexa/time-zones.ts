/**
 * The device time zones a skill has read from Alexa's Settings API lately, by device. A couple's
 * evening is several turns within minutes on one warm container, and a device's zone changes
 * rarely, so one read an hour is enough (measured: the Settings call was ~0.7 ms of a 5.8 ms warm
 * recap on loopback, more against the real API). Built once per skill (`buildSkill`), never
 * shared between skills; bounded, oldest first out. Device ids stay in memory, never logged.
 */
export class RecentTimeZones {
  private readonly zones = new Map<string, { zone: string; readAt: number }>();

  constructor(
    private readonly maxAgeMs = 60 * 60_000,
    private readonly maxDevices = 1_000,
  ) {}

  get(deviceId: string, now: Date): string | undefined {
    const found = this.zones.get(deviceId);
    if (!found) return undefined;
    const age = now.getTime() - found.readAt;
    // A clock that went back (tests move time) counts as stale too.
    if (age < 0 || age > this.maxAgeMs) {
      this.zones.delete(deviceId);
      return undefined;
    }
    return found.zone;
  }

  set(deviceId: string, zone: string, now: Date): void {
    this.zones.delete(deviceId);
    if (this.zones.size >= this.maxDevices) this.zones.delete(this.zones.keys().next().value!);
    this.zones.set(deviceId, { zone, readAt: now.getTime() });
  }
}
