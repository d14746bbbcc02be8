import { householdIdFor } from '../../lambda/domain/ids';
import { ScaledClock } from '../../tools/clock';
import { personIdFor } from '../../tools/console/runner';
import { consoleOn } from '../support/console';
import { createHarness, TEST_START, type Harness } from '../support/harness';

/** A LAUNCH_TASK timer, set over HTTP exactly as the skill sets one. */
async function setLaunchTaskTimer(harness: Harness, duration: string, label: string) {
  const response = await fetch(`${harness.standIn.endpoint}/v1/alerts/timers`, {
    method: 'POST',
    headers: { Authorization: 'Bearer token', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      duration,
      timerLabel: label,
      creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
      triggeringBehavior: {
        operation: {
          type: 'LAUNCH_TASK',
          task: { name: 'amzn1.ask.skill.test.SpeakingTime', version: '1', input: { turn: 2 } },
        },
        notificationConfig: { playAudible: true },
      },
    }),
  });
  expect(response.status).toBe(200);
}

describe('the console conversation', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness.close();
  });

  it('runs first-run setup from typed words and stores the profile', async () => {
    // Prepare
    harness = await createHarness();
    const { printed, device, say } = consoleOn(harness);

    // Act
    await say('Open Between Us', "We're Alex and Sam.", 'Help', 'stop');

    // Assess
    expect(printed.join('\n')).toMatch(/Alexa: .*who are the two of you/i);
    expect(printed.join('\n')).toMatch(/Alexa: .*Alex and Sam/);
    expect(printed[printed.length - 2]).toMatch(/^Alexa: .*Bye/);
    expect(printed[printed.length - 1]).toBe('  (session ended)');
    const stored = await harness.store.loadHousehold(householdIdFor(device.userId));
    expect(stored!.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
  });

  it('after the session ends, asks for an invocation; a one-shot opens a new session', async () => {
    harness = await createHarness();
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', 'we are Alex and Sam', 'stop');
    printed.length = 0;

    await say('help');
    const hint = printed.splice(0);
    await say('ask between us what can you do');

    expect(hint).toEqual(["(session closed — say 'open between us' or 'ask between us to …')"]);
    expect(device.history[device.history.length - 1]!.envelope.session!.new).toBe(true);
    expect(
      (device.history[device.history.length - 1]!.envelope.request as { intent: { name: string } }).intent
        .name,
    ).toBe('AMAZON.HelpIntent');
    expect(printed[0]).toMatch(/^Alexa: .*check-in/);
  });

  it("relaunches the skill with the timer's task when a timer ends, on the shared clock", async () => {
    harness = await createHarness();
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'stop');
    await setLaunchTaskTimer(harness, 'PT5M', "Alex's turn");
    printed.length = 0;

    await say(':advance 4m');
    const early = printed.splice(0);
    await say(':advance 1m');
    await say(':wait');

    expect(early.join('\n')).not.toMatch(/timer/);
    expect(printed).toContain("⏰ timer 'Alex's turn' ended — Alexa: (relaunches the skill)");
    const relaunch = device.history[device.history.length - 1]!.envelope;
    expect(relaunch.request).toMatchObject({ type: 'LaunchRequest', task: { input: { turn: 2 } } });
    expect(relaunch.session!.new).toBe(true);
    expect(printed.some((l) => l.startsWith('Alexa: '))).toBe(true);
    expect(harness.standIn.timers.size).toBe(0);
  });

  it(':wait lets a timer really run out, faster with a time scale', async () => {
    harness = await createHarness({ clock: new ScaledClock(TEST_START, 600) });
    const { printed, say } = consoleOn(harness);
    await setLaunchTaskTimer(harness, 'PT1M', "Sam's turn");
    const started = Date.now();

    await say(':wait');

    expect(Date.now() - started).toBeLessThan(3000);
    expect(printed[0]).toMatch(
      /^\(waiting for timer 'Sam's turn': (1m|\d+s) left, under a second of real time\)$/,
    );
    expect(printed).toContain("⏰ timer 'Sam's turn' ended — Alexa: (relaunches the skill)");
  });

  it('ends the session when the listening window closes, and changes voice and permissions', async () => {
    harness = await createHarness();
    const { printed, device, say } = consoleOn(harness);
    await say('open between us');

    await say(':end', ':voice Sam', ':deny timers');

    expect(printed).toContain('(the listening window closed: session ended)');
    expect(device.history[device.history.length - 1]!.envelope.request.type).toBe('SessionEndedRequest');
    expect(device.inSession).toBe(false);
    expect(device.personId).toBe(personIdFor('sam'));
    expect(harness.standIn.permissions.timers).toBe(false);
    expect(printed).toContain('(timers permission denied)');
  });

  it('answers an unknown command or a bad span kindly', async () => {
    harness = await createHarness();
    const { printed, say } = consoleOn(harness);

    await say(':frobnicate', ':advance soon');

    expect(printed).toEqual([
      '(unknown command :frobnicate; :help lists them)',
      '(:advance takes a span like 7d, 3h, 10m or 1h30m)',
    ]);
  });
});
