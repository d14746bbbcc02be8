import { householdIdFor } from '../../lambda/domain/ids';
import { notesOf } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/** The pre-therapy note and the bad-week questions: the same engine, their own questions. */

describe('pre-therapy notes and bad weeks', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('takes a pre-therapy note from each partner in turn', async () => {
    const echo = await setUpHousehold(harness);

    const start = await echo.intent('PreTherapyNoteIntent');
    const first = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const worse = await echo.intent('NotePartIntent', { text: 'we repaired faster after the argument' });
    const attention = await echo.intent('NotePartIntent', { text: 'mornings are still tense' });
    const done = await echo.intent('NotePartIntent', { text: 'how we talk about money' });
    const samStarts = await echo.intent('AMAZON.YesIntent');
    await echo.intent('NotePartIntent', { text: 'more hugs' });
    await echo.intent('NotePartIntent', { text: 'less sleep' });
    const samDone = await echo.intent('NotePartIntent', { text: 'my work hours' });

    expect(start.speech).toBe('Is this Alex or Sam?');
    expect(first.speech).toMatch(
      /pre-therapy note: three questions.*What got better since your last session\?/,
    );
    expect(worse.speech).toMatch(/What got worse\?/);
    expect(attention.speech).toMatch(/what needs attention at your next session\?/);
    expect(done.speech).toMatch(
      /What got better: we repaired faster.*Sam, would you like to do your pre-therapy note too\?/,
    );
    expect(samStarts.speech).toMatch(/^Okay, Sam\. What got better since your last session\?/);
    expect(samDone.speech).toMatch(/What needs attention: my work hours\./);
    expect(samDone.speech).not.toMatch(/would you like/);
    // Both notes were saved at the same (test clock) instant: order them by author.
    const notes = (await notesOf(harness, echo)).sort((a, b) => a.data.author.localeCompare(b.data.author));
    expect(notes.map((n) => [n.data.kind, n.data.author, n.data.parts.map((p) => p.part)])).toEqual([
      ['pretherapy', 'p1', ['better', 'worse', 'attention']],
      ['pretherapy', 'p2', ['better', 'worse', 'attention']],
    ]);
  });

  it('answers a bad week with a short normalizing word first, then three questions', async () => {
    const echo = await setUpHousehold(harness);

    const start = await echo.intent('BadWeekIntent');
    const who = await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
    const two = await echo.intent('NotePartIntent', { text: 'I shut down faster than I thought' });
    const three = await echo.intent('NotePartIntent', { text: 'it starts when we are both tired' });
    const done = await echo.intent('NotePartIntent', { text: 'a signal to pause' });
    const no = await echo.intent('AMAZON.NoIntent');

    expect(start.speech).toMatch(
      /^I'm sorry it's been a hard week\. A bad week doesn't mean therapy is failing.*information, not failure.*Is this Alex or Sam\?$/,
    );
    expect(who.speech).toMatch(/^Thanks, Sam\. What did you notice about yourself this week\?$/);
    expect(two.speech).toMatch(/What did you notice about your pattern as a couple\?/);
    expect(three.speech).toMatch(/what support would help you try again\?/);
    expect(done.speech).toMatch(
      /About yourself: I shut down.*Alex, would you like to answer the same three questions\?/,
    );
    expect(no.speech).toMatch(/Anything else\?/);
    const notes = await notesOf(harness, echo);
    expect(notes.map((n) => [n.data.kind, n.data.author, n.data.complete])).toEqual([
      ['badweek', 'p2', true],
    ]);
  });

  it('with a recognized voice, a bad week starts with the normalizing word and the first question', async () => {
    const echo = await setUpHousehold(harness);
    echo.personId = 'amzn1.ask.person.SAM';
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });

    const start = await echo.intent('BadWeekIntent');

    expect(start.speech).toMatch(
      /^I'm sorry it's been a hard week\..*What did you notice about yourself this week\?$/,
    );
  });

  it('offers to finish a note in progress by voice, and keeps it when the answer is no', async () => {
    const echo = await setUpHousehold(harness);
    echo.personId = 'amzn1.ask.person.ALEX';
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('NotePartIntent', { text: 'the school run' });
    echo.close();

    const launch = await echo.launch();
    const no = await echo.intent('AMAZON.NoIntent');
    echo.close();
    echo.personId = 'amzn1.ask.person.SAM';
    const samLaunch = await echo.launch();

    expect(launch.speech).toMatch(
      /^Hi Alex\. You were in the middle of your pattern note\. Want to finish it\?$/,
    );
    expect(no.speech).toMatch(/it'll keep for later/);
    // Sam's voice is not linked yet, so the skill asks who it is; it never mentions Alex's note.
    expect(samLaunch.speech).not.toMatch(/middle of/);
    const household = (await harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    expect(household.notes.drafts.p1?.answers).toEqual({ moment: 'the school run' });
  });

  it('puts a note in progress aside, unsaved and whole, when a different kind of note is started', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'doors slammed' });

    const before = { ...harness.store.meter };
    const start = await echo.intent('StartPatternNoteIntent');
    const meter = {
      reads: harness.store.meter.reads - before.reads,
      writes: harness.store.meter.writes - before.writes,
    };

    expect(start.speech).toMatch(
      /^Your quick note is kept just as it is, to finish another time\. Let's fill in your pattern template/,
    );
    expect(start.speech).not.toMatch(/already have|Want to finish/);
    expect(meter).toEqual({ reads: 1, writes: 1 });
    expect(await notesOf(harness, echo)).toEqual([]);
    const household = (await harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    expect(household.notes.drafts.p1).toBeUndefined();
    expect(household.notes.parked.p1?.quick?.answers).toEqual({ happened: 'doors slammed' });
  });

  it('names bad-week answers put aside without "a": "Your bad-week answers are kept"', async () => {
    // Prepare
    const echo = await setUpHousehold(harness);
    await echo.intent('BadWeekIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'I shut down fast' });
    await echo.intent('AMAZON.StopIntent');

    // Act
    await echo.launch();
    const asked = await echo.intent('PreTherapyNoteIntent');
    const ask = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

    // Assess
    expect(asked.speech).toMatch(/Is this Alex or Sam\?$/);
    expect(ask.speech).toMatch(
      /Your bad-week answers are kept just as they are, to finish another time\. Let's do your pre-therapy note/,
    );
  });

  it('puts a part held in the session aside with its note, in the same write, when a different kind is started', async () => {
    // Prepare: Alex's quick note has one stored part, and a second part still held in the
    // session (as after a write that kept conflicting with the other Echo).
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'doors slammed' });
    const household = (await harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    const stored = household.notes.drafts.p1!;
    echo.sessionAttributes.notesHeld = {
      partner: 'p1',
      draft: { ...stored, answers: { ...stored.answers, felt: 'shut out' }, current: 2 },
    };

    // Act
    const before = { ...harness.store.meter };
    const start = await echo.intent('StartPatternNoteIntent');
    const writes = harness.store.meter.writes - before.writes;

    // Assess
    expect(start.speech).toMatch(
      /^Your quick note is kept just as it is, to finish another time\. Let's fill in your pattern template/,
    );
    expect(writes).toBe(1);
    expect(echo.sessionAttributes.notesHeld).toBeUndefined();
    expect(await notesOf(harness, echo)).toEqual([]);
    const after = (await harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    expect(after.notes.drafts.p1).toBeUndefined();
    expect(after.notes.parked.p1?.quick?.answers).toEqual({ happened: 'doors slammed', felt: 'shut out' });
  });
});
