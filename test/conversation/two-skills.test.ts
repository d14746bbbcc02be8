import { ssml } from '../../lambda/speech/ssml';
import { householdIdFor } from '../../lambda/domain/ids';
import type { Device } from '../../tools/device';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * A skill is built from its dependencies and nothing else: two skills built in one process,
 * with different sources of chance, different clocks and different features, share no state.
 */

async function startedCheckin(harness: Harness, echo: Device) {
  await echo.intent('StartCheckinIntent');
  const started = await echo.intent('AMAZON.YesIntent');
  const household = await harness.store.loadHousehold(householdIdFor(echo.userId));
  return { speech: started.speech, active: household!.checkin.active! };
}

describe('two skills in one process', () => {
  const harnesses: Harness[] = [];
  afterAll(async () => {
    await Promise.all(harnesses.map((h) => h.close()));
  });

  it('each asks questions by its own random source, keeps its own time and has only its own features', async () => {
    // Prepare: skill A always draws low, skill B always high; B's clock is a week later; only A has a test feature.
    const asked: string[] = [];
    const a = await createHarness({
      start: new Date('2026-11-18T18:00:00.000Z'),
      features: [
        {
          name: 'test',
          handlers: [],
          continuations: {
            'test.keep': async (turn) => {
              asked.push('kept by A');
              return turn.ask(ssml`Kept.`, ssml`Anything else?`);
            },
          },
        },
      ],
    });
    const b = await createHarness({ start: new Date('2026-11-25T18:00:00.000Z') });
    harnesses.push(a, b);
    a.setRandom(() => 0);
    b.setRandom(() => 0.999);
    const echoA = await setUpHousehold(a);
    const echoB = await setUpHousehold(b);

    // Act: the same conversation on both, interleaved.
    const inA = await startedCheckin(a, echoA);
    const inB = await startedCheckin(b, echoB);
    for (const [echo] of [[echoA], [echoB]] as const) {
      await echo.intent('EndCheckinIntent');
      await echo.launch();
      echo.sessionAttributes = {
        dialog: { kind: 'safety.crisis', crisisKind: 'danger', keep: { name: 'test.keep', args: {} } },
      };
    }
    const keepA = await echoA.intent('KeepNoteIntent');
    const keepB = await echoB.intent('KeepNoteIntent');
    const keptA = await echoA.intent('IdentifySpeakerIntent', { name: 'Sam' });

    // Assess
    expect(inA.active.turns.map((t) => t.questionId)).not.toEqual(inB.active.turns.map((t) => t.questionId));
    expect(inA.active.startedAt).toBe('2026-11-18T18:00:00.000Z');
    expect(inB.active.startedAt).toBe('2026-11-25T18:00:00.000Z');
    expect(keepA.speech).toBe('Is this Alex or Sam?');
    expect(keptA.speech).toMatch(/Kept\./);
    expect(asked).toEqual(['kept by A']);
    expect(keepB.speech).toMatch(/nothing waiting to be kept/);
  });
});
