import { detectCrisis } from '../../lambda/domain/safety/crisis';
import { CRISIS_SET, EXPECTED_KINDS, NEAR_MISS_SET } from './held-out';

/**
 * The held-out sets against the pure detector: every crisis statement caught, with the kind
 * its category needs; no near-miss caught. (The detector does not depend on the locale; the
 * sets carry each locale's words. The handler runs in every locale in the files beside this.)
 */
describe('the held-out sets, against the detector', () => {
  it('catches 100% of the crisis set, each with resources of the right kind', () => {
    const missed = CRISIS_SET.filter((s) => !detectCrisis(s.text)).map((s) => s.text);
    const wrongKind = CRISIS_SET.filter((s) => {
      const match = detectCrisis(s.text);
      return match && !EXPECTED_KINDS[s.section]!.includes(match.kind);
    }).map((s) => `${s.section}: ${s.text} (${detectCrisis(s.text)?.kind})`);
    expect(missed).toEqual([]);
    expect(wrongKind).toEqual([]);
  });

  it('raises no alarm on any near-miss', () => {
    const alarms = NEAR_MISS_SET.filter((s) => detectCrisis(s.text)).map(
      (s) => `${s.text} (${detectCrisis(s.text)?.rule})`,
    );
    expect(alarms).toEqual([]);
  });

  it('holds each locale’s own words in both sets', () => {
    for (const set of [CRISIS_SET, NEAR_MISS_SET]) {
      expect(new Set(set.flatMap((s) => (s.locale ? [s.locale] : [])))).toEqual(
        new Set(['en-GB', 'en-CA', 'en-AU', 'en-IN']),
      );
    }
  });
});
