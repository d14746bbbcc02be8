import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import type { Device, Slots, TurnResult } from '../../tools/device';
import { linkVoice, modelIntents, quickNote, withNotes } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * Partner privacy across every feature: one partner's private note is never read to the
 * other, never folded into a shared summary or recap, and never hinted at by a count. Where
 * voices cannot be told apart, the skill says so before reading anything personal.
 *
 * Sam asks everything the skill can answer (whatever the model has at the time); none of the
 * answers may carry Alex's private words or a tally of Alex's notes.
 */

const ALEX_PRIVATE = ['the wardrobe door slammed', 'humiliated', 'I counted backwards from forty'];
const ALEX_WORDS = /wardrobe|slammed|humiliated|counted backwards/i;
/** "Alex has two private notes", "Alex wrote a note", "one private note from Alex"… */
const TALLY =
  /\bAlex (?:has|had|wrote|made|saved|added|kept|started)\b[^.?!]*\bnotes?\b|\b(?:one|two|three|four|\d+|a|some) (?:private )?notes? (?:from|by) Alex\b|\bAlex's (?:private )?notes?\b/i;

/** What the other partner might ask, one session each, yes to any question the skill asks back. */
const ASKS: [string, Slots?][] = [
  ['ReadLastNoteIntent'],
  ['CountNotesIntent'],
  ['ReadSharedNoteIntent'],
  ['MutualRevealIntent'],
  ['ReadyForTherapyIntent'],
  ['TellMeMoreIntent'],
  ['RecapLastWeekIntent'],
  ['HearAppreciationsIntent'],
  ['WhatIsFocusIntent'],
  ['PrivacyInfoIntent'],
  ['AMAZON.HelpIntent'],
];

const OFFER = /Shall I|[Ww]ant to hear|[Ww]ould you like to hear|include them\?|read (?:it|them)\?/;

async function ask(device: Device, intent: string, slots?: Slots): Promise<TurnResult[]> {
  const replies: TurnResult[] = [];
  device.close();
  replies.push(await device.launch());
  replies.push(await device.intent(intent, slots ?? {}));
  // Say yes when the skill offers to read or include something: that is where a leak would be.
  for (let i = 0; i < 2 && device.inSession && OFFER.test(replies[replies.length - 1]!.speech); i++) {
    replies.push(await device.intent('AMAZON.YesIntent'));
  }
  device.close();
  return replies;
}

describe("partner privacy: one partner's private notes stay theirs", () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    withNotes(
      "never reads, summarizes or counts Alex's private note to Sam, this week or the next",
      async () => {
        // Prepare: both voices are known; Alex dictates a private quick note.
        const kitchen = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
        const alex = harness.device({ locale, userId: kitchen.userId, personId: 'amzn1.ask.person.ALEX' });
        const sam = harness.device({ locale, userId: kitchen.userId, personId: 'amzn1.ask.person.SAM' });
        await linkVoice(alex, 'Alex');
        await linkVoice(sam, 'Sam');
        await quickNote(alex, 'Alex', ALEX_PRIVATE);

        // Act: Sam asks everything, now and after the week turns.
        const replies: TurnResult[] = [];
        for (const [intent, slots] of ASKS.filter(([i]) => modelIntents.has(i))) {
          replies.push(...(await ask(sam, intent, slots)));
        }
        harness.clock.advance(7 * 86_400_000);
        for (const [intent, slots] of ASKS.filter(([i]) => modelIntents.has(i))) {
          replies.push(...(await ask(sam, intent, slots)));
        }

        // Assess
        expect(replies.length).toBeGreaterThan(10);
        for (const reply of replies) {
          expect(reply.speech).not.toMatch(ALEX_WORDS);
          expect(reply.speech).not.toMatch(TALLY);
          expect(reply.reprompt).not.toMatch(ALEX_WORDS);
        }
        // Alex, by voice, can still hear it: the words are there, just not for Sam.
        const own = modelIntents.has('ReadLastNoteIntent') ? await ask(alex, 'ReadLastNoteIntent') : [];
        if (own.length) expect(own.map((r) => r.speech).join(' ')).toMatch(/wardrobe door slammed/);
      },
    );
  });

  withNotes(
    'without voice recognition, warns that anyone in the room may hear before reading a note',
    async () => {
      const kitchen = await setUpHousehold(harness);
      await quickNote(kitchen, 'Alex', ALEX_PRIVATE);

      await kitchen.launch();
      const read = await kitchen.intent('ReadLastNoteIntent');
      const who = read.speech.match(/Is this Alex or Sam/)
        ? await kitchen.intent('IdentifySpeakerIntent', { name: 'Alex' })
        : read;

      expect(who.speech).toMatch(/anyone in the room may hear/);
      expect(who.speech).not.toMatch(ALEX_WORDS);
    },
  );
});
