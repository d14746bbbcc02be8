import { ssml } from '../../lambda/speech/ssml';
import { householdIdFor } from '../../lambda/domain/ids';
import { SUPPORTED_LOCALES, type Locale } from '../../lambda/domain/locale';
import { RESOURCES, type CrisisLine } from '../../lambda/speech/resources';
import type { Device, TurnResult } from '../../tools/device';
import { modelIntents, storedNotesOf } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * The crisis gate as a person in trouble would meet it: said outright, or in the middle of an
 * exercise. Every locale gets its own numbers, the numbers again slowly, an open session,
 * no card, and no claim that Alexa will call anyone.
 */

/** What each locale must say (as plain text), and what belongs to other countries only. */
const EXPECTED: Record<Locale, { says: string[]; never: string[] }> = {
  'en-US': {
    says: ['911', '988', '1 800 799 7233', 'START to 88788'],
    never: ['999', '116 123', '000', '112'],
  },
  'en-CA': { says: ['911', '988', 'shelter safe'], never: ['799 7233', '999', '116 123', '112'] },
  'en-GB': { says: ['999', '116 123', '0808 2000 247'], never: ['911', '988', '799 7233'] },
  'en-AU': { says: ['000', 'triple zero', '13 11 14', '1800 737 732'], never: ['911', '988', '999'] },
  'en-IN': { says: ['112', '14416'], never: ['911', '988', '999', '116 123'] },
};

const NEVER_CLAIMS =
  /I(?:'ll| will| am going to|'m going to| have| just) (?:call|phone|contact|alert|notify)|calling (?:9|emergency|the police|for help) now|help is on (?:the|its) way/i;

const has = (...names: string[]) => names.every((n) => modelIntents.has(n));

function ssmlOf(turn: TurnResult): string {
  const speech = turn.reply.response?.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

function expectCrisisAnswer(turn: TurnResult, locale: Locale) {
  for (const text of EXPECTED[locale].says) expect(turn.speech).toContain(text);
  for (const text of EXPECTED[locale].never) expect(turn.speech).not.toContain(text);
  expect(turn.speech).toMatch(/can't call anyone/);
  expect(turn.speech).not.toMatch(NEVER_CLAIMS);
  expect(turn.speech).toMatch(/repeat the numbers slowly\?$/);
  expect(turn.ended).toBe(false);
  expect(turn.reprompt).not.toBe('');
  expect(turn.card).toBeUndefined();
  expect(turn.directives.filter((d) => d.type.startsWith('Dialog.'))).toEqual([]);
  expect(ssmlOf(turn)).toContain('<say-as interpret-as="telephone">');
}

async function everything(harness: Harness, device: Device): Promise<string> {
  const id = householdIdFor(device.userId);
  const household = await harness.store.loadHousehold(id);
  // A clock at the epoch reads expired items too: nothing may hide behind TTL lag.
  const notes = await storedNotesOf(harness, device);
  return JSON.stringify({ household, notes });
}

describe('the crisis gate', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    it('answers "I am being abused" with the local numbers, repeats them slowly, and lets go kindly', async () => {
      // Prepare
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
      await echo.launch();

      // Act
      const before = { ...harness.store.meter };
      const answer = await echo.intent('CrisisIntent');
      const cost = {
        reads: harness.store.meter.reads - before.reads,
        writes: harness.store.meter.writes - before.writes,
      };
      const slowly = await echo.intent('AMAZON.YesIntent');
      const again = await echo.intent('CrisisRepeatIntent');
      const no = await echo.intent('AMAZON.NoIntent');

      // Assess
      expectCrisisAnswer(answer, locale);
      // The answer costs nothing from the database: it must come even when the database is down.
      expect(cost).toEqual({ reads: 0, writes: 0 });
      expect(slowly.speech).toMatch(/^Here they are, slowly\./);
      for (const text of EXPECTED[locale].says.filter((t) => /^[\d ]+$/.test(t))) {
        expect(slowly.speech).toContain(text);
      }
      expect(ssmlOf(slowly)).toContain('<prosody rate="slow">');
      expect(ssmlOf(slowly)).toContain('<say-as interpret-as="digits">');
      expect(slowly.ended).toBe(false);
      expect(slowly.card).toBeUndefined();
      expect(again.speech).toMatch(/^Here they are, slowly\./);
      expect(no.ended).toBe(true);
      expect(no.speech).toMatch(/crisis numbers/);
      expect(no.card).toBeUndefined();
    });

    it('answers "I want to hurt myself" (no kind known) with the emergency number and the crisis line before the abuse line', async () => {
      const r = RESOURCES[locale];
      const echo = harness.device({ locale });

      const answer = await echo.intent('CrisisIntent');

      const at = (line: CrisisLine) => answer.speech.indexOf(line.groups.join(' '));
      expect(at(r.emergency)).toBeGreaterThan(-1);
      expect(at(r.crisis)).toBeGreaterThan(at(r.emergency));
      if (r.violence) expect(at(r.violence)).toBeGreaterThan(at(r.crisis));
      if (r.violenceFinder) expect(answer.speech.indexOf('shelter safe')).toBeGreaterThan(at(r.crisis));
    });

    it('answers a one-shot from someone who never set the skill up, and stores nothing', async () => {
      const stranger = harness.device({ locale });

      const answer = await stranger.intent('CrisisIntent');

      expectCrisisAnswer(answer, locale);
      expect(await harness.store.listKeys(householdIdFor(stranger.userId))).toEqual([]);
    });

    (has('StartPatternNoteIntent', 'NotePartIntent') ? it : it.skip)(
      '"he hit me" during a pattern note stops the note, speaks the resources and stores none of it',
      async () => {
        // Prepare: Alex is one part into a pattern note.
        const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
        await echo.intent('StartPatternNoteIntent');
        await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
        await echo.intent('NotePartIntent', { text: 'Tuesday night after the school run' });

        // Act
        const answer = await echo.intent('NotePartIntent', {
          text: 'scared, he hit me when I asked about money',
        });
        const slowly = await echo.intent('AMAZON.YesIntent');

        // Assess: the note stopped (no slot is being asked for), the numbers were given.
        expectCrisisAnswer(answer, locale);
        expect(slowly.speech).toMatch(/^Here they are, slowly\./);
        const stored = await everything(harness, echo);
        expect(stored).not.toMatch(/hit me|asked about money/);
        // Nothing earlier is lost: the first part is still there to come back to.
        expect(stored).toContain('Tuesday night after the school run');
        expect(JSON.stringify(harness.logs)).not.toMatch(/hit me|money|school run|Alex/);
      },
    );
  });

  (has('StartPatternNoteIntent', 'NotePartIntent') ? it : it.skip)(
    'lets everyday idioms through: "the fight killed the mood" is just part of the note',
    async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('QuickNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });

      const one = await echo.intent('NotePartIntent', { text: 'the fight killed the mood at dinner' });
      const two = await echo.intent('NotePartIntent', { text: 'I could kill for a quiet evening, honestly' });

      expect(one.speech).not.toMatch(/988|danger/);
      expect(two.speech).not.toMatch(/988|danger/);
      expect(await everything(harness, echo)).toContain('the fight killed the mood at dinner');
    },
  );

  (has('QuickNoteIntent', 'NotePartIntent') ? describe : describe.skip)(
    'the dictated answers the second review found saved',
    () => {
      it.each([
        "I don't want to be here anymore",
        'I took too many pills last night',
        'I told him I want to hurt him',
      ])('"%s" in a quick note stops the note, gives the numbers and stores nothing', async (text) => {
        // Prepare: Alex starts a quick note.
        const echo = await setUpHousehold(harness);
        await echo.intent('QuickNoteIntent');
        await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

        // Act
        const answer = await echo.intent('NotePartIntent', { text });
        const next = await echo.intent('NotePartIntent', { text: 'anxious' });

        // Assess: the crisis answer, no slot still being asked for, nothing of it stored or logged.
        expect(answer.speech).toMatch(
          /call 911\. You can call or text the Suicide and Crisis Lifeline on 988\./,
        );
        expect(answer.speech).toMatch(/hasn't been saved/);
        expect(answer.speech).toMatch(/repeat the numbers slowly\?$/);
        expect(answer.ended).toBe(false);
        expect(answer.card).toBeUndefined();
        expect(answer.directives.filter((d) => d.type.startsWith('Dialog.'))).toEqual([]);
        expect(next.speech).not.toMatch(/988/);
        const stored = await everything(harness, echo);
        expect(stored).not.toContain(text.slice(0, 20));
        expect(stored).not.toMatch(/too many pills|hurt him|be here anymore/);
        expect(await storedNotesOf(harness, echo)).toEqual([]);
        expect(JSON.stringify(harness.logs)).not.toMatch(/pills|hurt him|here anymore/);
      });
    },
  );

  (has('AppreciationIntent') ? it : it.skip)(
    'catches self-harm words in any dictated text (an appreciation) and gives the crisis line',
    async () => {
      const echo = await setUpHousehold(harness);
      await echo.launch();

      const answer = await echo.intent('AppreciationIntent', {
        appreciation: 'Sam stayed up with me because I wanted to die last night',
      });

      // Self-harm: the emergency number and the crisis line, not the abuse hotline.
      expect(answer.speech).toMatch(
        /call 911\. You can call or text the Suicide and Crisis Lifeline on 988\./,
      );
      expect(answer.speech).not.toContain('799 7233');
      expect(answer.ended).toBe(false);
      expect(answer.card).toBeUndefined();
      expect(await everything(harness, echo)).not.toMatch(/wanted to die|stayed up/);
    },
  );

  it('gives only what it was asked to keep: "keep my note" with nothing held says so', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();
    await echo.intent('CrisisIntent');

    const keep = await echo.intent('KeepNoteIntent');

    expect(keep.speech).toMatch(/nothing waiting to be kept/);
    expect(keep.ended).toBe(false);
  });

  it('keeps held text only on "keep my note", after asking who is speaking, from the session alone', async () => {
    // Prepare: a feature offered to keep the text (as notes would with `respondToCrisis(…, { keep })`).
    const kept: { speaker: string; text: unknown }[] = [];
    const keeping = await createHarness({
      features: [
        {
          name: 'test',
          handlers: [],
          continuations: {
            'test.keepHeld': async (turn, speaker, args) => {
              kept.push({ speaker: speaker.id, text: args.text });
              return turn.ask(ssml`Kept.`, ssml`Anything else?`);
            },
          },
        },
      ],
    });
    try {
      const echo = await setUpHousehold(keeping);
      await echo.launch();
      echo.sessionAttributes = {
        dialog: {
          kind: 'safety.crisis',
          crisisKind: 'violence',
          keep: { name: 'test.keepHeld', args: { text: 'what I said' } },
        },
      };

      // Act
      const who = await echo.intent('KeepNoteIntent');
      const done = await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });

      // Assess
      expect(who.speech).toBe('Is this Alex or Sam?');
      expect(done.speech).toMatch(/Kept\./);
      expect(kept).toEqual([{ speaker: 'p2', text: 'what I said' }]);
    } finally {
      await keeping.close();
    }
  });

  it('answers with the numbers even when the database cannot be reached', async () => {
    // Prepare: a second skill whose DynamoDB endpoint is a closed port.
    const offline = await createHarness({
      endpoint: 'http://127.0.0.1:9',
      maxAttempts: 1,
      requestTimeoutMs: 200,
    });
    try {
      const echo = offline.device();

      const answer = await echo.intent('CrisisIntent');
      const slowly = await echo.intent('AMAZON.YesIntent');

      expectCrisisAnswer(answer, 'en-US');
      expect(slowly.speech).toMatch(/^Here they are, slowly\./);
    } finally {
      await offline.close();
    }
  });

  it('lets Stop end the conversation after the crisis answer, with no card', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();
    await echo.intent('CrisisIntent');

    const stop = await echo.intent('AMAZON.StopIntent');

    expect(stop.ended).toBe(true);
    expect(stop.card).toBeUndefined();
  });
});
