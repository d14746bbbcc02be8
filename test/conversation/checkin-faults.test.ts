import { householdIdFor } from '../../lambda/domain/ids';
import { FlakyProxy } from '../support/flaky-proxy';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

const MINUTE = 60_000;

describe('the check-in when the database is unreachable', () => {
  let proxy: FlakyProxy;
  let harness: Harness;
  beforeEach(async () => {
    proxy = await FlakyProxy.start(process.env.DYNAMO_TEST_ENDPOINT!);
    harness = await createHarness({ endpoint: proxy.endpoint, requestTimeoutMs: 500, maxAttempts: 1 });
  });
  afterEach(async () => {
    await harness.close();
    await proxy.stop();
  });

  it('answers kindly when a timer relaunch cannot reach it, and "continue our check-in" picks up the right turn later', async () => {
    // Prepare: a check-in running on its first timer.
    const echo = await setUpHousehold(harness);
    await echo.intent('StartCheckinIntent');
    await echo.intent('AMAZON.YesIntent');
    harness.clock.advance(5 * MINUTE);
    const [fired] = harness.standIn.fireDue();

    // Act: the relaunch arrives while the database is down; later it is back.
    await proxy.down();
    const failed = await echo.launchTask(fired!.task);
    await proxy.pass();
    harness.clock.advance(MINUTE);
    const resumed = await echo.intent('ContinueCheckinIntent');

    // Assess
    expect(failed.speech).toMatch(/trouble reaching/);
    expect(failed.speech).not.toMatch(/Sam's turn/);
    expect(resumed.speech).toMatch(/Now it's Sam's turn/);
    expect(harness.standIn.timers.size).toBe(1);
    expect([...harness.standIn.timers.values()][0]!.timerLabel).toBe('Check-in: second turn');
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.checkin.active!.turnIndex).toBe(1);
    expect(stored!.checkin.active!.turns[0]!.ranFullTime).toBe(true);
  });
});
