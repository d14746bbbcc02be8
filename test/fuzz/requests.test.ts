import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { stringsFor } from '../../lambda/speech';
import type { Device, Slots } from '../../tools/device';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';
import { responseProblems, ssmlOf } from './check-response';
import { generatedRequest, modelIntents, sessionVocabulary, type FuzzWorld } from './envelopes';

/**
 * Thousands of generated request envelopes through the real Lambda handler, the real skill and
 * DynamoDB Local. Every reply must be one Alexa accepts; another skill's request must be refused
 * without touching the table; no exception may escape a handler.
 *
 * Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx jest test/fuzz/requests
 * More runs: FUZZ_RUNS=20000 npx jest test/fuzz/requests
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_121);
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);

/**
 * Conversations that put households into the middle of each feature before the fuzzing starts,
 * so generated requests land on real dialog states. One line per feature; a line whose intents
 * are not in the model yet is skipped.
 */
const WARM_UPS: { name: string; turns: [intent: string, slots?: Slots][] }[] = [
  { name: 'linking a voice', turns: [['IdentifySpeakerIntent', { name: 'Sam' }]] },
  {
    name: 'in the middle of a note',
    turns: [
      ['StartPatternNoteIntent'],
      ['IdentifySpeakerIntent', { name: 'Alex' }],
      ['NotePartIntent', { text: 'at dinner' }],
    ],
  },
  {
    name: 'in a check-in',
    // "Are you both here?" yes; "Sam, would you like to go first?" yes.
    turns: [['StartCheckinIntent'], ['AMAZON.YesIntent'], ['AMAZON.YesIntent']],
  },
  {
    name: 'after a bad week note started',
    turns: [['BadWeekIntent'], ['IdentifySpeakerIntent', { name: 'Sam' }]],
  },
  { name: 'with a focus', turns: [['SetFocusIntent', { focusText: 'noticing bids' }]] },
  { name: 'with an appreciation', turns: [['AppreciationIntent', { appreciation: 'Sam made coffee' }]] },
  { name: 'with a repair phrase', turns: [['SetRepairPhraseIntent', { phrase: 'can we start over' }]] },
  { name: 'on a time-out break', turns: [['TimeOutIntent', { minutes: '15' }]] },
  {
    name: 'back from a time-out, at the restart',
    turns: [['TimeOutIntent', { minutes: '15' }], ['TimeOutBackIntent']],
  },
];

/** Errors a handler may meet with the database up: Alexa's APIs at a garbage endpoint. */
const EXPECTED_ERRORS = new Set(['AlexaApiError', 'AlexaPermissionError', 'TimeoutError']);

describe('fuzzed request envelopes through the real handler', () => {
  let harness: Harness;
  let world: FuzzWorld;
  const warmed: string[] = [];

  beforeAll(async () => {
    harness = await createHarness();
    const intents = modelIntents();
    const known = new Set(intents.map((i) => i.name));
    const userIds: string[] = [];
    for (const warmUp of WARM_UPS) {
      if (!warmUp.turns.every(([intent]) => intent.startsWith('AMAZON.') || known.has(intent))) continue;
      const echo: Device = harness.device({
        userId: `amzn1.ask.account.${randomUUID()}`,
        personId: 'amzn1.ask.person.SAM',
      });
      await setUpHousehold(harness, ['Alex', 'Sam'], echo);
      await echo.launch();
      for (const [intent, slots] of warmUp.turns) await echo.intent(intent, slots);
      userIds.push(echo.userId);
      warmed.push(warmUp.name);
    }
    // And a household that has never been set up.
    userIds.push(`amzn1.ask.account.${randomUUID()}`);
    world = {
      skillId: harness.device().skillId,
      apiEndpoint: harness.standIn.endpoint,
      userIds,
      intents,
      vocabulary: sessionVocabulary(),
      now: () => harness.clock.now(),
    };
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('answers every one with a response Alexa accepts, refuses other skills, and never crashes', async () => {
    const { common } = stringsFor('en-US');
    const refusals = new Set([
      `<speak>${common.wrongSkill.markup}</speak>`,
      `<speak>${common.badRequest.markup}</speak>`,
    ]);
    const seen = new Map<string, number>();
    const failures = new Map<string, { count: number; example: string }>();
    let reachedSkill = 0;
    console.info(
      `fuzz: seed ${SEED}, ${RUNS} runs, ${world.intents.length} model intents, households: ${warmed.join('; ')}`,
    );

    await fc.assert(
      fc.asyncProperty(
        generatedRequest(world),
        fc.oneof(
          { weight: 9, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 3 * 86_400_000 }) },
        ),
        async (generated, advanceMs) => {
          if (advanceMs > 0) harness.clock.advance(advanceMs);
          const before = { ...harness.store.meter };
          const logsBefore = harness.logs.length;
          const malformedBefore = harness.metrics.filter((m) => m === 'MalformedRequest').length;
          let reply: unknown;
          try {
            reply = await harness.handler(structuredClone(generated.envelope), {});
          } catch (error) {
            throw new Error(`an exception escaped the handler (${generated.label}): ${String(error)}`);
          }
          const problems = responseProblems(reply);
          if (generated.expect === 'refuse') {
            if (!refusals.has(ssmlOf(reply)))
              problems.push(`another skill's request was answered: ${ssmlOf(reply)}`);
            const touched =
              harness.store.meter.reads + harness.store.meter.writes - before.reads - before.writes;
            if (touched > 0) problems.push(`another skill's request reached the table (${touched} calls)`);
          }
          for (const line of harness.logs.slice(logsBefore)) {
            if (line.message === 'skill invocation failed') problems.push('an exception escaped the skill');
            if (line.message === 'request failed') {
              const name = String(line.extra[0]?.errorName);
              // A broken envelope may make a handler throw, as long as the answer is a kind one.
              if (!EXPECTED_ERRORS.has(name) && !generated.structural)
                problems.push(`a handler threw ${name}`);
            }
          }
          const malformed = harness.metrics.filter((m) => m === 'MalformedRequest').length > malformedBefore;
          if (!malformed && generated.expect === 'answer') reachedSkill += 1;
          seen.set(generated.label.split(' ')[0]!, (seen.get(generated.label.split(' ')[0]!) ?? 0) + 1);
          for (const problem of problems) {
            const key = `${generated.label.replace(/ broken at .*/, ' (broken)')}: ${problem}`;
            const found = failures.get(key);
            if (found) found.count += 1;
            else failures.set(key, { count: 1, example: JSON.stringify(generated.envelope).slice(0, 1500) });
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );

    // Every distinct problem, how often, and one envelope that shows it.
    const report = [...failures].map(([key, f]) => `${key} (x${f.count})\n    e.g. ${f.example}`);
    if (report.length > 0) {
      throw new Error(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to replay):\n${report.join('\n')}`);
    }

    // The generator must mostly make requests the skill really handles, not only broken ones.
    expect(reachedSkill).toBeGreaterThan(RUNS * 0.6);
    expect([...seen.keys()]).toEqual(
      expect.arrayContaining([
        'LaunchRequest',
        'IntentRequest',
        'SessionEndedRequest',
        'Connections.Response',
        'System.ExceptionEncountered',
        'CanFulfillIntentRequest',
        'Alexa.Presentation.APL.UserEvent',
      ]),
    );
  }, 300_000);

  it('never writes what was said into logs or metrics', async () => {
    // Every marker below was sent as a slot value or session value by the generated requests above
    // or here; none may appear in a log line or a metric name.
    const echo = harness.device({ userId: world.userIds[0] });
    await echo.launch();
    const marker = 'zebra-quokka-marker';
    for (const intent of world.intents) {
      const slots = Object.fromEntries(intent.slots.map((s) => [s, `${marker} ${s}`]));
      await echo.intent(intent.name, slots);
      if (!echo.inSession) await echo.launch();
    }
    const logged = JSON.stringify(harness.logs) + JSON.stringify(harness.metrics);
    expect(logged).not.toContain(marker);
    expect(logged).not.toContain(echo.userId);
  }, 120_000);
});
