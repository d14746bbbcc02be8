import { consoleOn } from '../support/console';
import { createHarness, type Harness } from '../support/harness';

/**
 * A session the couple opened stays open after something they asked for is done, with a short
 * "Anything else?"; a one-shot ("ask Between Us to ...") still ends, and so do goodbyes.
 */
describe('how answers end', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  /** Each answer from `from` on, with whether the session ended after it. */
  function replies(printed: string[], from: number) {
    const lines = printed.slice(from);
    const out: { said: string; ended: boolean }[] = [];
    for (const line of lines) {
      if (line.startsWith('Alexa: ')) out.push({ said: line, ended: false });
      else if (/\(session ended\)/.test(line) && out.length) out[out.length - 1]!.ended = true;
    }
    return out;
  }

  it('in an opened session: no solo question, no check-in for now, no reminders to cancel: each asks "Anything else?"', async () => {
    // Prepare
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam");
    const from = printed.length;

    // Act
    await say(
      "it's just me today",
      'no',
      'cancel our check in reminders',
      'continue our check-in',
      'no',
      'no',
    );

    // Assess
    const [soloOffer, soloNo, cancel, noActive, later, bye] = replies(printed, from);
    expect(soloOffer!.ended).toBe(false);
    expect(soloNo).toEqual({
      said: expect.stringMatching(/start our check-in\. Anything else\?$/),
      ended: false,
    });
    expect(cancel).toEqual({
      said: expect.stringMatching(/reminders to cancel\. Anything else\?$/),
      ended: false,
    });
    expect(noActive!.ended).toBe(false);
    expect(later).toEqual({
      said: expect.stringMatching(/start our check-in\. Anything else\?$/),
      ended: false,
    });
    // "No" to "Anything else?" is the goodbye.
    expect(bye).toEqual({ said: expect.stringMatching(/Bye for now/), ended: true });
  });

  it('declining to carry on a check-in at launch keeps the session open for something else', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'start our check-in', 'yes', 'open between us');
    const from = printed.length;

    await say('no', "what's our focus");

    const [declined, focus] = replies(printed, from);
    expect(declined).toEqual({ said: expect.stringMatching(/it'll keep.*Anything else\?$/), ended: false });
    expect(focus!.said).toMatch(/focus/);
  });

  it('a time-out declined in an opened session asks "Anything else?"; asked for in a one-shot, it ends', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam");
    const from = printed.length;

    await say('we need a time-out', 'no', 'stop', 'ask between us for a time-out', 'no');

    const [proposed, declined, , oneShot, oneShotDeclined] = replies(printed, from);
    expect(proposed!.ended).toBe(false);
    expect(declined).toEqual({
      said: expect.stringMatching(/no break for now.*Anything else\?$/),
      ended: false,
    });
    expect(oneShot!.ended).toBe(false);
    expect(oneShotDeclined).toEqual({
      said: expect.stringMatching(/no break for now.*time-out\.$/),
      ended: true,
    });
  });

  it('a one-shot still ends once it is done', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'stop');
    const from = printed.length;

    await say('ask between us to cancel our check in reminders');

    const [cancel] = replies(printed, from);
    expect(cancel).toEqual({ said: "Alexa: There aren't any check-in reminders to cancel.", ended: true });
  });
});
