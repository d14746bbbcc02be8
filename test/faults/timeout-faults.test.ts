import { z } from 'zod';
import { householdIdFor } from '../../lambda/domain/ids';
import { setUpHousehold } from '../support/harness';
import { faultRig, KIND, slowTurns, TECHNICAL, type FaultRig } from './support';

/**
 * The time-out with the database stopped or hung at the worst moment: when the break's timer
 * relaunches the skill. The couple still hears the restart within three seconds, the time-out
 * is still stored when the database is back, and coming back is recorded then.
 */
const MINUTE = 60_000;

describe.each([
  { fault: 'stopped', inject: (rig: FaultRig) => rig.proxy.down() },
  { fault: 'hung', inject: (rig: FaultRig) => rig.proxy.hang() },
])('a time-out with the database $fault', ({ inject }) => {
  let rig: FaultRig;
  beforeEach(async () => {
    rig = await faultRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  it('at the relaunch: the restart is spoken in time, and nothing is lost', async () => {
    // Prepare: a break running on its timer.
    const echo = await setUpHousehold(rig.harness);
    await echo.intent('TimeOutIntent');
    await echo.intent('AMAZON.YesIntent');
    rig.harness.clock.advance(20 * MINUTE);
    const [fired] = rig.harness.standIn.fireDue();

    // Act: the database fails just as the timer relaunches the skill.
    await inject(rig);
    const back = await rig.timed('relaunch (fault)', () => echo.launchTask(fired!.task));
    const breathing = await rig.timed('breathing (fault)', () => echo.intent('BreathingIntent'));
    echo.close();
    await rig.proxy.pass();
    const held = await rig.harness.store.loadHousehold(householdIdFor(echo.userId));
    const again = await echo.launch();
    const restart = await echo.intent('AMAZON.YesIntent');
    const answered = await echo.intent('TimeOutNeedIntent', { need: 'to be asked, not told' });
    const records = await rig.harness.store.queryRecords(
      householdIdFor(echo.userId),
      'TIMEOUT',
      [],
      z.looseObject({ cameBack: z.boolean() }),
      rig.harness.clock.now(),
    );

    // Assess: spoken in time, with no technical words, the session open for the restart.
    expect(slowTurns(rig)).toEqual([]);
    expect(back.speech).toMatch(/The break is over\. Welcome back\..*what did you need in that moment/);
    expect(back.speech).not.toMatch(TECHNICAL);
    expect(back.ended).toBe(false);
    expect(back.directives.map((d) => d.type)).toContain('Tasks.CompleteTask');
    expect(breathing.speech).toMatch(/breathe together/);
    // Nothing lost: the time-out is still there, and coming back is recorded once the database is.
    expect(held!.timeout.active).toMatchObject({ state: 'running' });
    expect(again.speech).toMatch(/Welcome back after the break/);
    expect(restart.speech).toMatch(/what did you need in that moment/);
    expect(answered.speech).toMatch(/the other of you/);
    expect(records.map((r) => r.data.cameBack)).toEqual([true]);
  }, 30_000);

  it('asking for a time-out or coming back gets a kind answer in time, and no timer is left running', async () => {
    const echo = await setUpHousehold(rig.harness);
    await echo.intent('TimeOutIntent');

    await inject(rig);
    const start = await rig.timed('yes to the break (fault)', () => echo.intent('AMAZON.YesIntent'));
    echo.close();
    const back = await rig.timed("we're back (fault)", () => echo.intent('TimeOutBackIntent'));

    expect(slowTurns(rig)).toEqual([]);
    for (const answer of [start, back]) {
      expect(answer.speech).toMatch(KIND);
      expect(answer.speech).not.toMatch(TECHNICAL);
    }
    // The saga's undo: a timer set for a break that was never saved must not relaunch.
    expect(rig.harness.standIn.timers.size).toBe(0);
  }, 30_000);
});
