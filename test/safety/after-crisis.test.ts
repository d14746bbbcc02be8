import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { RESOURCES } from '../../lambda/speech/resources';
import type { Device, TurnResult } from '../../tools/device';
import { createHarness, type Harness } from '../support/harness';
import { crisisProblems, household, wholeTable } from './paths';

/**
 * The moment after the crisis answer: a short, safe goodbye; nothing of it said again at the
 * next launch; nothing of it in the other partner's summary or recap; no claim to call anyone.
 */
const DISCLOSURE = 'he grabbed me by the throat last night';
const ABOUT_THE_CRISIS =
  /glad you told me|crisis|safe|danger|grabbed|throat|911|988|7233|999|116 123|000|112|14416/i;
const CLAIMS =
  /I(?:'ll| will|'m going to| am going to| have) (?:call|phone|contact|alert|notify)|help is on (?:the|its) way|I've (?:called|alerted)/i;

async function discloseInNote(echo: Device): Promise<TurnResult> {
  await echo.intent('StartPatternNoteIntent');
  await echo.intent('NotePartIntent', { text: 'Sunday evening in the kitchen' });
  return echo.intent('NotePartIntent', { text: DISCLOSURE });
}

describe('after the crisis answer', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    // As spoken: "call 911", or with the name it is known by, "call triple zero, 000".
    const callEmergency = new RegExp(
      `If you're in danger, call (?:[a-z ]+, )?${RESOURCES[locale].emergency.groups.join(' ')}\\.`,
    );

    it.each(['AMAZON.StopIntent', 'AMAZON.NoIntent', 'AMAZON.CancelIntent'])(
      '%s gets a short, safe goodbye with the emergency number, never "take care of each other"',
      async (intent) => {
        // Prepare
        const echo = await household(harness, locale, `goodbye-${intent}`);
        const answer = await discloseInNote(echo);
        expect(crisisProblems(answer, echo, locale, ['violence'])).toEqual([]);

        // Act
        const bye = await echo.intent(intent);

        // Assess
        expect(bye.ended).toBe(true);
        expect(bye.card).toBeUndefined();
        expect(bye.speech).toMatch(callEmergency);
        expect(bye.speech).not.toMatch(/each other/i);
        expect(bye.speech).not.toMatch(CLAIMS);
        expect(bye.speech.length).toBeLessThan(220);
      },
    );

    it('says goodbye the same way after the numbers were repeated slowly', async () => {
      const echo = await household(harness, locale, 'goodbye-slow');
      await discloseInNote(echo);

      const slowly = await echo.intent('AMAZON.YesIntent');
      const bye = await echo.intent('AMAZON.NoIntent');

      expect(slowly.speech).toMatch(/^Here they are, slowly\./);
      expect(slowly.speech).not.toMatch(CLAIMS);
      expect(bye.ended).toBe(true);
      expect(bye.speech).toMatch(callEmergency);
      expect(bye.speech).not.toMatch(/each other/i);
    });

    it('keeps the safe goodbye for the rest of the session, after "keep my note" too', async () => {
      // Prepare: the disclosure in a note, and the note kept.
      // (Its own words: what is kept here is stored, and the tests below check the table for DISCLOSURE.)
      const echo = await household(harness, locale, 'goodbye-kept');
      await echo.intent('StartPatternNoteIntent');
      await echo.intent('NotePartIntent', { text: 'Sunday evening in the kitchen' });
      const answer = await echo.intent('NotePartIntent', { text: 'he hit me last night' });
      expect(answer.speech).toMatch(/say: keep my note/);
      let kept = await echo.intent('KeepNoteIntent');
      if (/Is this/.test(kept.speech)) kept = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

      // Act
      const bye = await echo.intent('AMAZON.StopIntent');

      // Assess
      expect(kept.ended).toBe(false);
      expect(bye.ended).toBe(true);
      expect(bye.speech).toMatch(callEmergency);
      expect(bye.speech).not.toMatch(/each other/i);
    });

    it('"keep my note" after a disclosure heard as the crisis intent says the earlier parts are saved', async () => {
      // Prepare: a note with one part dictated; the next words reach the skill as CrisisIntent.
      const echo = await household(harness, locale, 'keep-earlier');
      await echo.intent('StartPatternNoteIntent');
      await echo.intent('NotePartIntent', { text: 'Sunday evening in the kitchen' });
      await echo.intent('CrisisIntent');

      // Act
      const keep = await echo.intent('KeepNoteIntent');
      const back = await echo.launch();

      // Assess
      expect(keep.speech).toMatch(/What you said earlier in your note is saved/);
      expect(keep.speech).not.toMatch(/nothing waiting/);
      expect(back.speech).toMatch(/note/i);
    });

    it('says nothing about the crisis at the next launch', async () => {
      // Prepare: the disclosure in a note, then the goodbye; the session is over.
      const echo = await household(harness, locale, 'next-launch');
      await discloseInNote(echo);
      await echo.intent('AMAZON.StopIntent');

      // Act
      const next = await echo.launch();

      // Assess: the note's earlier part may be offered back; nothing of the crisis is said.
      expect(next.speech).not.toMatch(ABOUT_THE_CRISIS);
      expect(next.reprompt).not.toMatch(ABOUT_THE_CRISIS);
      expect(JSON.stringify(echo.sessionAttributes)).not.toMatch(/crisis|grabbed|throat/);
    });
  });

  it("keeps it out of the other partner's summary and next week's recap", async () => {
    // Prepare: Alex finishes and shares a quick note, then discloses in the next one.
    const alex = await household(harness, 'en-US', 'partners');
    await alex.intent('QuickNoteIntent');
    for (const text of ['we argued about the bins', 'annoyed', 'I asked for a pause']) {
      await alex.intent('NotePartIntent', { text });
    }
    alex.close();
    await alex.intent('ShareLastNoteIntent');
    alex.close();
    await discloseInNote(alex);
    await alex.intent('AMAZON.StopIntent');
    const sam = harness.device({ userId: alex.userId, personId: 'amzn1.ask.person.sam-partners' });
    await sam.launch();
    await sam.intent('IdentifySpeakerIntent', { name: 'Sam' });

    // Act
    const summary = await sam.intent('ReadyForTherapyIntent');
    sam.close();
    harness.clock.advance(7 * 24 * 3600_000);
    const recap = await sam.intent('RecapLastWeekIntent');

    // Assess: what was shared is there; nothing of the crisis is.
    for (const turn of [summary, recap]) {
      expect(turn.speech).not.toMatch(ABOUT_THE_CRISIS);
      expect(turn.speech).not.toMatch(/Sunday evening in the kitchen/);
    }
    expect(summary.speech).toMatch(/bins|quick note|shared/i);
    expect(await wholeTable(harness)).not.toContain('throat');
  });
});
