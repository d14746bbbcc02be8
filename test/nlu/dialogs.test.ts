import { consoleOn } from '../support/console';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * What was asked decides how a short answer is understood: names only when a name was asked
 * for (Dialog.ElicitSlot, followed by the console like Alexa), and a misheard answer is met
 * with what can be said right now. Whole conversations through the real handler.
 */
describe('answers understood by what was asked', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('first run: a bare name is taken as a name because the names were asked for', async () => {
    // Prepare
    const { printed, say } = consoleOn(harness);

    // Act
    await say('open between us', 'Priya', 'Marcus');

    // Assess
    const text = printed.join('\n');
    expect(text).toMatch(/\[Dialog\.ElicitSlot firstName\]/);
    expect(text).toMatch(/Thanks, Priya\. And what's your partner's first name\?/);
    expect(text).toMatch(/\[Dialog\.ElicitSlot secondName\]/);
    expect(text).toMatch(/Lovely to meet you, Priya and Marcus/);
  });

  it('"Is this Priya or Marcus?" takes a bare name; outside that question a name is not understood', async () => {
    // Prepare: a household, and a voice Alexa recognizes but the skill does not know yet.
    await setUpHousehold(harness, ['Priya', 'Marcus']);
    const { printed, say } = consoleOn(harness);

    // Act
    await say(':voice Priya', 'open between us');
    const asked = printed.join('\n');
    printed.length = 0;
    await say('Priya');
    const answered = printed.join('\n');
    printed.length = 0;
    await say('Marcus');
    const unasked = printed.join('\n');

    // Assess
    expect(asked).toMatch(/Is this Priya or Marcus\?/);
    expect(asked).toMatch(/\[Dialog\.ElicitSlot name\]/);
    expect(answered).toMatch(/Thanks, Priya\. I'll know your voice/);
    expect(unasked).not.toMatch(/Thanks, Marcus|only know/);
    expect(unasked).toMatch(/didn't catch that/);
  });

  it('a question that is not about a name elicits no name', async () => {
    await setUpHousehold(harness, ['Priya', 'Marcus']);
    const { printed, say } = consoleOn(harness);

    await say('open between us', 'start our check in');

    // Not a name question: no elicitation; the check-in asks its yes/no question.
    expect(printed.join('\n')).toMatch(/Are you both here\?/);
    expect(printed.join('\n')).not.toMatch(/\[Dialog\.ElicitSlot name\]/);
  });
});

describe('a misheard answer gets what can be said right now', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('inside a yes/no question: the question again, with yes or no', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('StartCheckinIntent');

    const misheard = await echo.intent('AMAZON.FallbackIntent');

    expect(misheard.speech).toMatch(/didn't catch that\. You can say yes or no\..*both here/);
    expect(misheard.ended).toBe(false);
  });

  it('inside a note: the part again, with how to answer, skip or finish', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    const first = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

    const misheard = await echo.intent('AMAZON.FallbackIntent');

    expect(misheard.speech).toMatch(/in your own words, or say skip, go back, or that's all/);
    // The part that was being asked is asked again.
    const question = /[^.?]*\?$/.exec(first.speech)![0].trim();
    expect(misheard.speech.endsWith(question)).toBe(true);
    expect(misheard.ended).toBe(false);
  });

  it('inside a running check-in: the check-in commands', async () => {
    const { printed, say } = consoleOn(harness);
    await setUpHousehold(harness, ['Priya', 'Marcus']);

    await say('open between us', 'start our check in', 'yes');
    printed.length = 0;
    await say('ask between us purple monkey dishwasher');

    expect(printed.join('\n')).toMatch(
      /middle of your check-in\. You can say how much time is left, next person, or we're done/,
    );
  });

  it('while the names are asked: the question again, which carries its own example', async () => {
    const echo = harness.device();
    await echo.launch();

    const misheard = await echo.intent('AMAZON.FallbackIntent');

    expect(misheard.speech).toMatch(
      /didn't catch that\. Tell me your two first names, for example: we're Alex and Sam/,
    );
  });

  it('at an open question of the week: an example of an answer', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('SetFocusIntent');

    const misheard = await echo.intent('AMAZON.FallbackIntent');

    expect(misheard.speech).toMatch(/For example: let's focus on bids for connection/);
  });

  it('with nothing asked: the general answer', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();

    const misheard = await echo.intent('AMAZON.FallbackIntent');

    expect(misheard.speech).toMatch(/You can say start our check-in, add a pattern note, or help/);
  });
});

describe('small misses', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('a recap heard through a one-shot is not offered again at the next launch', async () => {
    // Prepare: a week with a focus, then the next week.
    const echo = await setUpHousehold(harness, ['Priya', 'Marcus']);
    await echo.intent('SetFocusIntent', {
      theme: { value: 'bids for connection', id: 'bids_for_connection' },
    });
    echo.close();
    const { printed, say } = consoleOn(harness);
    await say(':advance 7d');

    // Act
    await say("ask between us what was last week's focus");
    const oneShot = printed.join('\n');
    printed.length = 0;
    await say(':end', 'open between us');
    const launch = printed.join('\n');

    // Assess
    expect(oneShot).toMatch(/Last week our focus was/);
    expect(launch).not.toMatch(/new week|recap/i);
    expect(launch).toMatch(/Hi Priya and Marcus/);
  });

  it('"how many notes do we have" and "read Priya\'s note" reach their features', async () => {
    await setUpHousehold(harness, ['Priya', 'Marcus']);
    const { printed, say } = consoleOn(harness);

    await say('open between us', 'how many notes do we have');
    const count = printed.join('\n');
    printed.length = 0;
    await say("read Priya's note");
    const read = printed.join('\n');

    expect(count).not.toMatch(/didn't catch/);
    expect(count).toMatch(/note/i);
    expect(read).not.toMatch(/didn't catch/);
    expect(read).toMatch(/Priya/);
  });
});
