import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { MODELS_DIR } from '../../tools/model/build-model';
import { createHarness, type Harness } from '../support/harness';
import { crisisProblems, household, wholeTable } from './paths';

/**
 * The safety gate is the one scan: whatever intent carries words, the words pass through it
 * before any feature, including a request replayed from the session after a database fault.
 */
interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
}

function modelOf(locale: string): ModelIntent[] {
  const file = join(MODELS_DIR, `${locale}.json`);
  return (
    JSON.parse(readFileSync(file, 'utf8')) as {
      interactionModel: { languageModel: { intents: ModelIntent[] } };
    }
  ).interactionModel.languageModel.intents;
}

const SAID = 'he choked me until I passed out';

describe('the safety gate', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('has free-text intents to guard in every locale', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const freeText = modelOf(locale).filter((i) => i.slots?.some((s) => s.type === 'AMAZON.SearchQuery'));
      expect(freeText.map((i) => i.name)).toEqual(
        expect.arrayContaining([
          'NotePartIntent',
          'AppreciationIntent',
          'SetFocusIntent',
          'SetRepairPhraseIntent',
          'GoodThingDoneIntent',
          'SmallStepIntent',
        ]),
      );
    }
  });

  // Every intent of the model with a slot, every slot: the words reach the gate first.
  const slotted = modelOf('en-US').flatMap((intent) =>
    (intent.slots ?? []).map((slot) => [intent.name, slot.name] as const),
  );

  it.each(slotted)(
    'answers danger said in %s {%s}, in and out of a session, before the feature',
    async (intent, slot) => {
      // Prepare
      const echo = await household(harness, 'en-US', `gate-${intent}-${slot}`);
      const before = { ...harness.store.meter };

      // Act: one-shot, then inside a session.
      const oneShot = await echo.intent(intent, { [slot]: SAID });
      const oneShotProblems = crisisProblems(oneShot, echo, 'en-US', ['violence']);
      echo.close();
      await echo.launch();
      const inSession = await echo.intent(intent, { [slot]: SAID });

      // Assess
      expect(oneShotProblems).toEqual([]);
      expect(crisisProblems(inSession, echo, 'en-US', ['violence'])).toEqual([]);
      expect(harness.store.meter.writes - before.writes).toBeLessThanOrEqual(1); // the launch's own, at most
      expect(await wholeTable(harness)).not.toContain('choked');
    },
  );

  it('scans a request replayed from the session after a database fault', async () => {
    // Prepare: a dictated part held for "shall I try again?" (core/retry.ts), as the session carries it.
    const echo = await household(harness, 'en-GB', 'gate-replay');
    await echo.intent('QuickNoteIntent');
    const dialog = echo.sessionAttributes.dialog;
    echo.sessionAttributes = {
      ...echo.sessionAttributes,
      retry: { intent: 'NotePartIntent', slots: { text: { value: SAID } }, dialog },
      dialog: { kind: 'core.retry' },
    };

    // Act
    const replayed = await echo.intent('AMAZON.YesIntent');

    // Assess: the gate answered the replayed words; the note holds none of them.
    expect(crisisProblems(replayed, echo, 'en-GB', ['violence'])).toEqual([]);
    expect(echo.sessionAttributes.retry).toBeUndefined();
    expect(await wholeTable(harness)).not.toContain('choked');
  });
});
