import { createHarness, setUpHousehold, type Harness } from '../support/harness';

describe('a crisis during a running check-in', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('stops the exercise: the turn timer is cancelled, so nothing relaunches into the next question', async () => {
    // Prepare: a check-in is running on Alexa's timer.
    const echo = await setUpHousehold(harness);
    await echo.intent('StartCheckinIntent');
    await echo.intent('AMAZON.YesIntent');
    expect(harness.standIn.timers.size).toBe(1);

    // Act: someone says they are not safe.
    const answer = await echo.intent('CrisisIntent');
    harness.clock.advance(10 * 60_000);
    const fired = harness.standIn.fireDue();

    // Assess
    expect(answer.speech).toMatch(/911/);
    expect(answer.ended).toBe(false);
    expect(harness.standIn.timers.size).toBe(0);
    expect(fired).toEqual([]);
  });

  it('still answers with the numbers when timers were never permitted', async () => {
    harness.standIn.permissions.timers = false;
    const echo = await setUpHousehold(harness);

    const answer = await echo.intent('CrisisIntent');

    expect(answer.speech).toMatch(/988/);
    expect(harness.standIn.calls.filter((c) => c.path.startsWith('/v1/alerts/timers'))).toEqual([]);
  });
});
