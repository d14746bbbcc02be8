import { RecentTimeZones } from '../../lambda/alexa/time-zones';

describe('RecentTimeZones: device time zones read lately', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 18, 12, minutes));

  it('keeps a zone for an hour, then asks again', () => {
    // Prepare
    const zones = new RecentTimeZones();
    zones.set('device-1', 'Europe/London', at(0));

    // Act
    const soon = zones.get('device-1', at(59));
    const later = zones.get('device-1', at(61));

    // Assess
    expect(soon).toBe('Europe/London');
    expect(later).toBeUndefined();
  });

  it('treats a clock that went back as stale, and keeps devices apart', () => {
    const zones = new RecentTimeZones();
    zones.set('device-1', 'Europe/London', at(30));
    expect(zones.get('device-2', at(31))).toBeUndefined();
    expect(zones.get('device-1', at(10))).toBeUndefined();
  });

  it('stays bounded: the oldest device goes first', () => {
    const zones = new RecentTimeZones(60 * 60_000, 2);
    zones.set('a', 'Asia/Kolkata', at(0));
    zones.set('b', 'Australia/Sydney', at(1));
    zones.set('c', 'America/Toronto', at(2));
    expect([zones.get('a', at(3)), zones.get('b', at(3)), zones.get('c', at(3))]).toEqual([
      undefined,
      'Australia/Sydney',
      'America/Toronto',
    ]);
  });
});
