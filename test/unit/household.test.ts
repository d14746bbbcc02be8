import {
  findPartnerByName,
  householdSchema,
  linkVoice,
  newHousehold,
  normalizeName,
  partnerForVoice,
  setPartners,
} from '../../lambda/domain/household';
import { householdIdFor, voiceIdFor } from '../../lambda/domain/ids';

const NOW = new Date('2026-11-18T18:00:00Z');
const ID = householdIdFor('amzn1.ask.account.TEST');

describe('the household', () => {
  it('is keyed by a SHA-256 digest of the Alexa user ID, never the ID itself', () => {
    expect(ID).toMatch(/^[0-9a-f]{64}$/);
    expect(ID).toBe(householdIdFor('amzn1.ask.account.TEST'));
    expect(ID).not.toBe(householdIdFor('amzn1.ask.account.OTHER'));
  });

  it('starts empty, with default settings and every slice present', () => {
    const h = newHousehold(ID, NOW);

    expect(h.partners).toEqual([]);
    expect(h.settings.checkinMinutes).toBe(10);
    expect(h.settings.retentionDays).toBe(365);
    expect(householdSchema.parse(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });

  it.each([
    ['alex', 'Alex'],
    ['  mary-jane  ', 'Mary-Jane'],
    ['José!', 'José'],
    ['<b>sam</b>', 'B Sam B'],
    ['', undefined],
    ['!!!', undefined],
  ])('tidies the spoken name %p to %p', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it('keeps names to a sane length', () => {
    expect(normalizeName('a'.repeat(500))!.length).toBeLessThanOrEqual(40);
  });

  it('finds a partner by a spoken name, forgiving case and accents', () => {
    const h = setPartners(newHousehold(ID, NOW), 'José', 'Sam', NOW);

    expect(findPartnerByName(h, 'jose')?.id).toBe('p1');
    expect(findPartnerByName(h, 'SAM')?.id).toBe('p2');
    expect(findPartnerByName(h, 'Robin')).toBeUndefined();
    expect(findPartnerByName(h, undefined)).toBeUndefined();
  });

  it('links a voice to one partner only, moving it if it was linked to the other', () => {
    const voice = voiceIdFor('amzn1.ask.person.X');
    let h = setPartners(newHousehold(ID, NOW), 'Alex', 'Sam', NOW);

    h = linkVoice(h, 'p1', voice, NOW);
    expect(partnerForVoice(h, voice)?.name).toBe('Alex');
    h = linkVoice(h, 'p2', voice, NOW);

    expect(partnerForVoice(h, voice)?.name).toBe('Sam');
    expect(h.partners[0]!.voices).toEqual([]);
  });
});
