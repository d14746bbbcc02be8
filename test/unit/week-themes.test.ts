import { closestTheme, ritualInWords, themeNamedBy } from '../../lambda/domain/week/themes';
import { addGoodThing, setFocus } from '../../lambda/domain/week/plan';
import { MAX_GOOD_THING_TEXT, weekSliceSchema } from '../../lambda/domain/week/slice';

const NOW = new Date('2026-11-20T18:00:00Z');
const WEEK = '2026-11-16';

describe('the couple’s own words for a focus and a good thing', () => {
  it('maps only a phrase that plainly names a common focus to that focus', () => {
    expect(themeNamedBy('the pursue-withdraw loop')).toBe('pursue_withdraw');
    expect(themeNamedBy('Bids for connection')).toBe('bids_for_connection');
    expect(themeNamedBy('repair after irritation')).toBe('repair_after_irritation');
    expect(themeNamedBy('turning toward bids')).toBeUndefined();
    expect(themeNamedBy('listening before fixing')).toBeUndefined();
    expect(themeNamedBy('')).toBeUndefined();
  });

  it('still finds the closest focus for the check-in to lean toward', () => {
    expect(closestTheme('turning toward bids')).toBe('bids_for_connection');
    expect(closestTheme('less chasing and retreating')).toBe('pursue_withdraw');
    expect(closestTheme('slower mornings')).toBeUndefined();
  });

  it('keeps their words beside the closest theme, capped', () => {
    const slice = weekSliceSchema.parse({ weekStart: WEEK });
    const next = setFocus(
      WEEK,
      { theme: 'bids_for_connection', text: '  turning   toward bids ' },
      NOW,
    )(slice);
    expect(next.focus).toMatchObject({ theme: 'bids_for_connection', text: 'turning toward bids' });
    const themed = setFocus(WEEK, { theme: 'pursue_withdraw' }, NOW)(slice);
    expect(themed.focus?.text).toBeUndefined();
  });

  it('keeps what they said they did, even when one of our rituals is recognized in it', () => {
    const words = 'a long walk by the river like we used to on our summer holidays '.repeat(3);
    expect(ritualInWords(words)).toBe('walk');
    const slice = weekSliceSchema.parse({ weekStart: WEEK });
    const next = addGoodThing({ ritual: 'walk', text: words }, NOW)(slice);
    const kept = next.goodThings[0]!;
    expect(kept.ritual).toBe('walk');
    expect(kept.text!.startsWith('a long walk by the river like we used to on our summer holidays')).toBe(
      true,
    );
    expect(kept.text!.length).toBeLessThanOrEqual(MAX_GOOD_THING_TEXT);
  });
});
