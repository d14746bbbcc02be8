import { stringsFor } from '../../lambda/speech';
import { skillFeatures } from '../../lambda/skill';
import { consoleOn } from '../support/console';
import { notesOf } from '../support/conversations';
import { createHarness, type Harness } from '../support/harness';

/**
 * "Is this Alex or Sam?" answered off script, the way a couple in the kitchen would: a yes, a
 * mumble, a name the skill doesn't know, both names. The question comes back saying what it is
 * for, and once a name is said, what they asked for goes on.
 */
describe('"Is this Alex or Sam?" answered off script', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  const answers = (printed: string[], from: number) =>
    printed.slice(from).filter((l) => l.startsWith('Alexa: '));

  it('a yes asks again for whose note it is, and after the name the note begins', async () => {
    // Prepare
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'quick note');
    const from = printed.length;

    // Act
    await say('yes', 'Alex', 'we argued about the dishes', "that's all");

    // Assess
    const [again, named] = answers(printed, from);
    expect(again).toBe('Alexa: I need to know whose note this is: is this Alex or Sam?');
    expect(named).toMatch(/^Alexa: Thanks, Alex\. A quick note/);
    const notes = await notesOf(harness, device);
    expect(notes.map((n) => n.data.parts.map((p) => p.text))).toEqual([['we argued about the dishes']]);
  });

  it('a no does not end the session: the question comes back, and an appreciation is kept for who said it', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'i appreciate that you made dinner tonight');
    const from = printed.length;

    await say('no', 'Sam');

    const [again, saved] = answers(printed, from);
    expect(again).toMatch(/is this Alex or Sam\?$/);
    expect(printed.slice(from).join('\n')).not.toMatch(/session ended|Bye for now/);
    expect(saved).toMatch(/^Alexa: Thanks, Sam\. That's saved as today's appreciation/);
  });

  it('two off-script answers in a row offer a way out, and the request still goes on after the name', async () => {
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'add a pattern note');
    const from = printed.length;

    await say(
      "what's the weather like",
      'Chris',
      'Sam',
      'the moment I noticed it was at dinner',
      "that's all",
    );

    const [first, second, named] = answers(printed, from);
    expect(first).toBe(
      "Alexa: Sorry, I didn't catch that. I need to know whose note this is: is this Alex or Sam?",
    );
    expect(second).toMatch(
      /^Alexa: Sorry, I only know Alex and Sam here\. We can leave this for now: just say stop, or tell me what you'd like to do instead\. Otherwise, I need to know whose note this is: is this Alex or Sam\?$/,
    );
    expect(named).toMatch(/^Alexa: Thanks, Sam\. Let's fill in your pattern template/);
    const notes = await notesOf(harness, device);
    expect(notes.map((n) => n.data.parts.map((p) => p.text))).toEqual([
      ['the moment I noticed it was at dinner'],
    ]);
  });

  it('help while the name is asked says what it is for and keeps the question', async () => {
    const { printed, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'quick note');
    const from = printed.length;

    await say('help', 'Alex');

    const [help, named] = answers(printed, from);
    expect(help).toMatch(/^Alexa: I need to know whose note this is, so just say your first name/);
    expect(help).not.toMatch(/Between Us keeps your between-session practices/);
    expect(named).toMatch(/^Alexa: Thanks, Alex\. A quick note/);
  });

  it('says thank you once when the name is given, whatever was asked for', async () => {
    // Prepare: a voice not yet known, so each request asks "Is this Alex or Sam?" first.
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'stop');
    device.personId = 'amzn1.ask.person.SAM';
    const from = printed.length;

    // Act
    await say('ask between us, i appreciate that you made dinner tonight', 'Sam', 'stop');
    device.personId = undefined;
    await say('open between us', 'my small step is to put my phone away', 'Alex', 'quick note', 'stop');

    // Assess
    const said = answers(printed, from);
    const ack =
      /(?:^Alexa: |[.?!] )(?:Thanks|Thank you|Got it|Okay|Noted)\b[^.?!]*[.?!] (?:Thanks|Thank you|Got it|Okay|Noted)\b/;
    expect(said.filter((l) => ack.test(l))).toEqual([]);
    expect(said.join('\n')).toMatch(
      /Thanks, Sam\. I'll know your voice from now on\. That's saved as today's appreciation/,
    );
  });

  it('every feature that asks "Is this Alex or Sam?" has a reason to give', () => {
    const names = skillFeatures().flatMap((f) => Object.keys(f.continuations ?? {}));
    const reasons = stringsFor('en-US').help.whyWeAsk;
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => !(n in reasons))).toEqual([]);
  });
});
