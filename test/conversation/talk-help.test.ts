import { consoleOn } from '../support/console';
import { notesOf } from '../support/conversations';
import { createHarness, type Harness } from '../support/harness';

/**
 * "Help" in the middle of an exercise says what can be said in that moment, then the exercise
 * goes on: the question still waiting comes back, and what help offered is understood.
 */
describe('help in the middle of an exercise', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const GENERAL = /Between Us keeps your between-session practices simple/;
  const answersFrom = (printed: string[], from: number) =>
    printed.slice(from).filter((l) => l.startsWith('Alexa: '));

  it('during a check-in turn: the turn, its question and its commands, which then work', async () => {
    // Prepare: a check-in under way, Alex's turn.
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'start our check-in', 'yes');
    const question = /Alex, here's your question: ([^?]+\?)/.exec(printed.join('\n'))![1]!;
    const from = printed.length;

    // Act
    await say(
      'ask between us for help',
      'open between us',
      'help',
      'yes',
      'ask between us how much time is left',
    );

    // Assess
    const [oneShot, , atOffer, carried, left] = answersFrom(printed, from);
    for (const help of [oneShot!, atOffer!]) {
      expect(help).toContain("We're in Alex's turn of our check-in.");
      expect(help).toContain(question);
      expect(help).toMatch(
        /how much time is left, pause, another question, switch when Alex is done, or we're done/,
      );
      expect(help).not.toMatch(GENERAL);
    }
    // Help at "Would you like to carry on?" asks it again, and yes carries on.
    expect(atOffer).toMatch(/Would you like to carry on with the check-in\?$/);
    expect(carried).toMatch(/It's still Alex's turn/);
    expect(left).toMatch(/left/);
  });

  it('during a paused turn: how to resume, and resuming works', async () => {
    const { printed, say } = consoleOn(harness);
    await say(
      'open between us',
      "we're Alex and Sam",
      'start our check-in',
      'yes',
      'ask between us to pause our check-in',
    );
    const from = printed.length;

    await say('ask between us for help', 'ask between us to resume our check-in');

    const [help, resumed] = answersFrom(printed, from);
    expect(help).toMatch(/^Alexa: Alex's turn is paused, with .+ left\. You can say resume our check-in/);
    expect(resumed).toMatch(/Picking up Alex's turn/);
  });

  it('during a time-out break: the breathing guide and "we\'re back", and the break goes on', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'stop', 'ask between us for a time-out', 'yes');
    const from = printed.length;

    await say('ask between us for help', 'ask between us to help me calm down');

    const [help, breathe] = answersFrom(printed, from);
    expect(help).toMatch(
      /^Alexa: We're on a break, with about \d+ minutes left\. .*help me calm down.*we're back/,
    );
    expect(help).not.toMatch(GENERAL);
    expect(breathe).toMatch(/breath/i);
    expect(printed.slice(from).join('\n')).not.toMatch(/timer cancelled/);
  });

  it('while the break is proposed: its answers, then the proposal again', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'we need a time-out');
    const from = printed.length;

    await say('help', 'make it fifteen minutes');

    const [help, started] = answersFrom(printed, from);
    expect(help).toMatch(/^Alexa: We're about to take a break\. You can say yes to start it.* Shall I start/);
    expect(started).toMatch(/15 minutes|fifteen minutes/);
  });

  it('while a note is dictated: the current part and "skip", "that\'s all", and the part is still taken', async () => {
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'quick note', 'Alex', 'the dishes again');
    const from = printed.length;

    await say('help', 'frustrated', "that's all");

    const [help] = answersFrom(printed, from);
    expect(help).toMatch(/skip/);
    expect(help).toMatch(/that's all/);
    expect(help).toMatch(/What did you feel\?/);
    const notes = await notesOf(harness, device);
    expect(notes.map((n) => n.data.parts.map((p) => p.text))).toEqual([['the dishes again', 'frustrated']]);
  });

  it('before a note is read aloud: why the question, then the question again', async () => {
    const { printed, say } = consoleOn(harness);
    await say(
      'open between us',
      "we're Alex and Sam",
      'quick note',
      'Alex',
      'the dishes again',
      "that's all",
    );
    await say('read my last note', 'Alex');
    const from = printed.length;

    await say('help');

    const [help] = answersFrom(printed, from);
    expect(help).toMatch(
      /^Alexa: Before a note is read aloud, I check that it's fine for anyone nearby to hear/,
    );
    expect(help).not.toMatch(GENERAL);
  });

  it("while this week's focus is chosen: what the question takes, then the question again", async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'what could our focus be');
    const from = printed.length;

    await say('help', "let's focus on bids for connection");

    const [help, set] = answersFrom(printed, from);
    expect(help).toMatch(/^Alexa: We're choosing this week's focus\. .*Which focus would you like\?/);
    expect(help).not.toMatch(GENERAL);
    expect(set).toMatch(/bids for connection/);
  });

  it('with nothing under way, help is still the general help', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam");
    const from = printed.length;

    await say('help');

    expect(answersFrom(printed, from)[0]).toMatch(GENERAL);
  });
});
