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

describe('check-in timers when the step they belong to cannot be saved', () => {
  let proxy: FlakyProxy;
  let harness: Harness;
  afterEach(async () => {
    await harness.close();
    await proxy.stop();
  });

  /** From the moment the skill sets its next Alexa timer, the database refuses writes (throttled). */
  function failWritesOnceATimerIsSet(): void {
    const timers = harness.standIn.timers;
    const set = timers.set.bind(timers);
    timers.set = (id, timer) => {
      void proxy.throttle(10);
      timers.set = set;
      return set(id, timer);
    };
  }

  it("cancels the first turn's timer when the permission answer cannot be saved, and starts cleanly later", async () => {
    // Prepare: a check-in waiting for the timer permission.
    proxy = await FlakyProxy.start(process.env.DYNAMO_TEST_ENDPOINT!);
    harness = await createHarness({
      endpoint: proxy.endpoint,
      requestTimeoutMs: 500,
      maxAttempts: 1,
      permissions: { timers: false, reminders: false },
    });
    const echo = await setUpHousehold(harness);
    await echo.intent('StartCheckinIntent');
    const started = await echo.intent('AMAZON.YesIntent');
    const request = started.directives.find((d) => d.type === 'Connections.SendRequest') as
      { token: string } | undefined;
    harness.standIn.permissions.timers = true;

    // Act: the "yes" to timers arrives; the timer is set, then the write fails.
    failWritesOnceATimerIsSet();
    const failed = await echo.connectionsResponse('AskFor', { status: 'ACCEPTED' }, request!.token);
    const timersAfterFailure = harness.standIn.timers.size;
    await proxy.pass();
    const resumed = await echo.intent('ContinueCheckinIntent');

    // Assess
    expect(failed.speech).toMatch(/trouble reaching/);
    expect(timersAfterFailure).toBe(0);
    expect(resumed.speech).toMatch(/Alex goes first/);
    expect(harness.standIn.timers.size).toBe(1);
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.checkin.active!.state).toBe('turn-running');
  });

  it('cancels the new timer when a resume cannot be saved, so a paused turn stays paused', async () => {
    // Prepare: a running check-in, paused, whose timer was then cancelled by hand.
    proxy = await FlakyProxy.start(process.env.DYNAMO_TEST_ENDPOINT!);
    harness = await createHarness({ endpoint: proxy.endpoint, requestTimeoutMs: 500, maxAttempts: 1 });
    const echo = await setUpHousehold(harness);
    await echo.intent('StartCheckinIntent');
    await echo.intent('AMAZON.YesIntent');
    harness.clock.advance(2 * MINUTE);
    await echo.intent('AMAZON.PauseIntent');
    harness.standIn.timers.clear();

    // Act: "resume" sets a fresh timer, then the write fails.
    failWritesOnceATimerIsSet();
    const failed = await echo.intent('AMAZON.ResumeIntent');
    const timersAfterFailure = harness.standIn.timers.size;
    await proxy.pass();

    // Assess
    expect(failed.speech).toMatch(/trouble reaching/);
    expect(timersAfterFailure).toBe(0);
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.checkin.active!.state).toBe('turn-paused');
  });
});
