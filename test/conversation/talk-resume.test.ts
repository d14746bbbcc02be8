import { consoleOn } from '../support/console';
import { createHarness, type Harness } from '../support/harness';

/** A check-in picked up after a pause repeats the question the partner was answering. */
describe('resuming a check-in', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  async function pausedCheckin() {
    const talk = consoleOn(harness);
    await talk.say('open between us', "we're Alex and Sam", 'start our check-in', 'yes');
    const question = /Alex, here's your question: ([^?]+\?)/.exec(talk.printed.join('\n'))![1]!;
    await talk.say(':advance 1m', 'ask between us to pause our check-in', ':advance 2h');
    return { ...talk, question };
  }

  it('"resume our check-in" says whose turn it is, the time left and the question again', async () => {
    // Prepare
    const { printed, say, question } = await pausedCheckin();
    const from = printed.length;

    // Act
    await say('ask between us to resume our check-in');

    // Assess
    const resumed = printed.slice(from).find((l) => l.startsWith('Alexa: '))!;
    expect(resumed).toMatch(
      /^Alexa: Picking up Alex's turn, with about 4 minutes left\. Alex, your question is: /,
    );
    expect(resumed).toContain(question);
  });

  it('opening the skill later and carrying on also repeats the question', async () => {
    const { printed, say, question } = await pausedCheckin();
    const from = printed.length;

    await say('open between us', 'yes');

    const [offer, resumed] = printed.slice(from).filter((l) => l.startsWith('Alexa: '));
    expect(offer).toMatch(/carry on/);
    expect(resumed).toMatch(/Picking up Alex's turn/);
    expect(resumed).toContain(question);
  });
});
