import { householdIdFor } from '../../lambda/domain/ids';
import { setUpHousehold } from '../support/harness';
import { faultRig, KIND, TECHNICAL, type FaultRig } from './support';

/**
 * "Pause our check-in" pauses the Alexa timer, then writes the pause. When the database fails
 * between the two, the check-in is still running as stored, so its timer must run on: a timer
 * left paused would never ring, and the turn would never end.
 */
describe('pausing a check-in when the database fails after the timer is paused', () => {
  let rig: FaultRig;
  beforeEach(async () => {
    rig = await faultRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  it('resumes the timer, answers kindly, and the check-in is still running', async () => {
    // Prepare: a check-in whose first turn runs on its timer; the database fails the moment
    // the skill pauses that timer (DynamoDB throttles every request until the test lets go).
    const echo = await setUpHousehold(rig.harness);
    await echo.intent('StartCheckinIntent');
    await echo.intent('AMAZON.YesIntent');
    const standIn = rig.harness.standIn;
    const [timer] = [...standIn.timers.values()];
    const calls = standIn.calls;
    const record = calls.push.bind(calls);
    calls.push = (...added) => {
      if (added.some((c) => c.method === 'POST' && c.path.endsWith('/pause'))) void rig.proxy.throttle(1_000);
      return record(...added);
    };

    // Act
    const paused = await echo.intent('AMAZON.PauseIntent');
    calls.push = record;
    await rig.proxy.pass();

    // Assess
    expect(paused.speech).toMatch(KIND);
    expect(paused.speech).not.toMatch(TECHNICAL);
    expect(calls.some((c) => c.path.endsWith(`/${timer!.id}/pause`))).toBe(true);
    expect(calls.some((c) => c.path.endsWith(`/${timer!.id}/resume`))).toBe(true);
    expect(standIn.timers.get(timer!.id)?.status).toBe('ON');
    const stored = await rig.harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.checkin.active?.state).toBe('turn-running');
  }, 60_000);
});
