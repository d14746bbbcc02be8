import { createHarness, setUpHousehold, type Harness } from '../support/harness';
import { crisisProblems, isCrisisAnswer, wholeTable } from './paths';

/**
 * "What did you need in that moment?" after a time-out: Alexa hands the skill what followed
 * "I needed", and the gate hears it with those words put back (handlers/safety/carriers.ts).
 */
const MINUTE = 60_000;

describe('danger said after a carrier Alexa strips, through the real gate', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness?.close();
  });

  /** A couple back from a 20 minute break, asked what each needed. */
  async function backFromBreak() {
    const echo = await setUpHousehold(harness);
    await echo.intent('TimeOutIntent');
    await echo.intent('AMAZON.YesIntent');
    harness.clock.advance(20 * MINUTE);
    const fired = harness.standIn.fireDue();
    const back = await echo.launchTask(fired[0]!.task);
    expect(back.speech).toMatch(/what did you need in that moment\?/);
    return echo;
  }

  it.each(['to not be alive', 'to hurt him', 'to never wake up'])(
    'answers "I needed %s" with the crisis answer, and keeps none of it',
    async (need) => {
      const echo = await backFromBreak();

      const answer = await echo.intent('TimeOutNeedIntent', { need });

      expect(isCrisisAnswer(answer, echo)).toBe(true);
      expect(answer.ended).toBe(false);
      expect(await wholeTable(harness)).not.toContain(need);
    },
  );

  it('answers "I needed to not be alive" with the suicide resources first', async () => {
    const echo = await backFromBreak();
    const answer = await echo.intent('TimeOutNeedIntent', { need: 'to not be alive' });
    expect(crisisProblems(answer, echo, 'en-US', ['self-harm'])).toEqual([]);
  });

  it.each(['to get some air', 'to cool off before I said something unkind'])(
    'takes "I needed %s" as the need it is',
    async (need) => {
      const echo = await backFromBreak();

      const answer = await echo.intent('TimeOutNeedIntent', { need });

      expect(isCrisisAnswer(answer, echo)).toBe(false);
      expect(answer.speech).not.toMatch(/988|glad you told me/);
    },
  );
});
