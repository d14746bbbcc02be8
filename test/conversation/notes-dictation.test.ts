import { householdIdFor } from '../../lambda/domain/ids';
import { activityOf } from '../../lambda/domain/week/activity';
import type { Device, TurnResult } from '../../tools/device';
import { consoleOn } from '../support/console';
import { notesOf } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/** Pattern and quick notes dictated one part per turn, as a couple would in the kitchen. */

const PATTERN_ANSWERS = [
  'Sunday evening when Sam went quiet after I brought up the dishes',
  'alone and a bit panicky',
  'I tried to slow down and ask what was going on',
  'I got sharp when the silence went on',
  'how to restart a conversation after one of us shuts down',
];

async function householdOf(harness: Harness, device: Device) {
  return (await harness.store.loadHousehold(householdIdFor(device.userId)))!;
}

function elicitsText(turn: TurnResult): boolean {
  return turn.directives.some(
    (d) =>
      d.type === 'Dialog.ElicitSlot' &&
      d.slotToElicit === 'text' &&
      (d.updatedIntent as { name?: string } | undefined)?.name === 'NotePartIntent',
  );
}

describe('dictating a note, one part per turn', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('takes a whole five-part template, asking who is speaking once, and saves it privately', async () => {
    // Prepare
    const echo = await setUpHousehold(harness);
    await echo.launch();

    // Act
    const start = await echo.intent('StartPatternNoteIntent');
    const who = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const turns: TurnResult[] = [];
    const meters: { reads: number; writes: number }[] = [];
    for (const text of PATTERN_ANSWERS) {
      const before = { ...harness.store.meter };
      turns.push(await echo.intent('NotePartIntent', { text }));
      meters.push({
        reads: harness.store.meter.reads - before.reads,
        writes: harness.store.meter.writes - before.writes,
      });
    }

    // Assess
    expect(start.speech).toBe('Is this Alex or Sam?');
    expect(who.speech).toMatch(/^Thanks, Alex\. Let's fill in your pattern template.*the moment you noticed/);
    expect(elicitsText(who)).toBe(true);
    expect(turns[0]!.speech).toMatch(/What did you feel\?/);
    expect(turns[1]!.speech).toMatch(/What did you try\?/);
    expect(turns[2]!.speech).toMatch(/Where did you get stuck\?/);
    expect(turns[3]!.speech).toMatch(/help with at your next session/);
    expect(turns.slice(0, 4).every(elicitsText)).toBe(true);
    const last = turns[4]!;
    expect(last.speech).toMatch(/Here's your note\. The moment: Sunday evening/);
    expect(last.speech).toMatch(/What you felt: alone and a bit panicky\./);
    expect(last.speech).toMatch(/private to you/);
    expect(elicitsText(last)).toBe(false);
    expect(last.ended).toBe(false);
    // The turn budget: one read and one write per dictation turn (the last one a transaction).
    for (const m of meters) {
      expect(m.reads).toBeLessThanOrEqual(1);
      expect(m.writes).toBeLessThanOrEqual(1);
    }
    const notes = await notesOf(harness, echo);
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note.sk).toMatch(/^NOTE#2026-11-16#2026-11-18T18:00:00.000Z#/);
    expect(note.data).toMatchObject({ kind: 'pattern', author: 'p1', shared: false, complete: true });
    expect(note.data.parts.map((p) => p.text)).toEqual(PATTERN_ANSWERS);
    expect(note.expiresAt).toBe(Math.floor(Date.parse('2026-11-18T18:00:00.000Z') / 1000) + 365 * 86400);
    const household = await householdOf(harness, echo);
    expect(household.notes.drafts.p1).toBeUndefined();
    expect(household.notes.recent.p1).toEqual([note.sk]);
    expect(activityOf(household, '2026-11-16').notes).toEqual([
      { sk: note.sk, noteKind: 'pattern', author: 'p1', shared: false },
    ]);
    expect(JSON.stringify(harness.logs)).not.toMatch(/dishes|panicky|Alex/);
  });

  it('takes a three-part quick note in one breath: "the pattern just showed up"', async () => {
    const echo = await setUpHousehold(harness);

    const start = await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'sam' });
    const one = await echo.intent('NotePartIntent', { text: 'we argued about being late' });
    const two = await echo.intent('NotePartIntent', { text: 'dismissed' });
    const three = await echo.intent('NotePartIntent', { text: 'I took a breath and named it' });

    expect(start.speech).toMatch(/Is this Alex or Sam/);
    expect(one.speech).toMatch(/What did you feel\?/);
    expect(two.speech).toMatch(/What did you try\?/);
    expect(three.speech).toMatch(/What happened: we argued about being late\. What you felt: dismissed\./);
    const notes = await notesOf(harness, echo);
    expect(notes.map((n) => [n.data.kind, n.data.author, n.data.parts.length])).toEqual([['quick', 'p2', 3]]);
  });

  it('keeps a note cut off after part two and picks it up at part three in a new session', async () => {
    // Prepare: Alex starts, answers two parts, and the listening window closes.
    const echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: PATTERN_ANSWERS[0] });
    await echo.intent('NotePartIntent', { text: PATTERN_ANSWERS[1] });
    await echo.endSession('EXCEEDED_MAX_REPROMPTS');
    const draft = (await householdOf(harness, echo)).notes.drafts.p1;
    harness.clock.advance(3 * 60 * 60 * 1000);

    // Act: later, Alex opens the skill again (no recognized voice) and says who it is.
    const launch = await echo.launch();
    const yes = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const rest: TurnResult[] = [];
    for (const text of PATTERN_ANSWERS.slice(2)) rest.push(await echo.intent('NotePartIntent', { text }));

    // Assess
    expect(draft?.answers).toEqual({ moment: PATTERN_ANSWERS[0], felt: PATTERN_ANSWERS[1] });
    // Anyone may be in the room: neither whose note nor what kind is said before they answer.
    expect(launch.speech).toMatch(/There's a note in progress\. Is this Alex or Sam\?$/);
    expect(launch.speech).not.toMatch(/pattern|Alex, you/);
    // The launch asks who it is with the name slot elicited (intent chaining from a launch);
    // the note's text is elicited only once the answer (an intent) resumes it.
    expect(launch.directives).toEqual([
      expect.objectContaining({ type: 'Dialog.ElicitSlot', slotToElicit: 'name' }),
    ]);
    expect(elicitsText(launch)).toBe(false);
    expect(yes.speech).toMatch(/pick up your pattern note.*What did you try\?/);
    expect(elicitsText(yes)).toBe(true);
    expect(rest[2]!.speech).toMatch(/Here's your note/);
    const notes = await notesOf(harness, echo);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.data.parts.map((p) => p.text)).toEqual(PATTERN_ANSWERS);
    expect((await householdOf(harness, echo)).notes.drafts.p1).toBeUndefined();
  });

  it("understands skip, go back, change what I felt, read it back and that's all", async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

    await echo.intent('NotePartIntent', { text: 'at breakfast' });
    const skipped = await echo.intent('NoteSkipIntent');
    const back = await echo.intent('NoteBackIntent');
    const felt = await echo.intent('NotePartIntent', { text: 'tired' });
    const change = await echo.intent('NoteChangePartIntent', { part: { value: 'what I felt', id: 'felt' } });
    await echo.intent('NotePartIntent', { text: 'tired and unseen' });
    const heardSkip = await echo.intent('NotePartIntent', { text: 'skip' });
    const readBack = await echo.intent('NoteReadBackIntent');
    const done = await echo.intent('NoteFinishIntent');

    expect(skipped.speech).toMatch(/Skipping that one\. What did you try\?/);
    expect(back.speech).toMatch(/What did you feel\?/);
    expect(felt.speech).toMatch(/What did you try\?/);
    expect(change.speech).toMatch(/Earlier you said: tired\. Tell me the new version.*What did you feel\?/);
    expect(heardSkip.speech).toMatch(/Skipping that one\. Where did you get stuck\?/);
    expect(readBack.speech).toMatch(
      /So far: The moment: at breakfast\. What you felt: tired and unseen\..*Where did you get stuck\?/,
    );
    expect(done.speech).toMatch(/saved what you had/);
    const [note] = await notesOf(harness, echo);
    expect(note!.data.complete).toBe(false);
    expect(note!.data.parts).toEqual([
      { part: 'moment', text: 'at breakfast' },
      { part: 'felt', text: 'tired and unseen' },
    ]);
    expect(note!.data.skipped).toEqual(['tried']);
  });

  it('keeps a very long answer with crisis words within the response limit', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const long = `I want to kill myself ${Array.from({ length: 6000 }, (_, i) => `word${i}`).join(' ')}`;

    const crisis = await echo.intent('NotePartIntent', { text: long });

    expect(crisis.speech).toMatch(/988|emergency/);
    expect(crisis.ended).toBe(false);
    expect(Buffer.byteLength(JSON.stringify(crisis.reply))).toBeLessThan(24 * 1024);
    expect(JSON.stringify(crisis.reply.sessionAttributes)).toContain('word0 ');
    expect(JSON.stringify(crisis.reply.sessionAttributes)).not.toContain('word5999');
  });

  it('reads back special characters safely and shortens a very long answer, saying so', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const tricky = `Tom & Jerry <break time="10s"/> "quoted" it's fine 😀 </speak>`;
    const long = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');

    const one = await echo.intent('NotePartIntent', { text: tricky });
    const two = await echo.intent('NotePartIntent', { text: long });
    const three = await echo.intent('NotePartIntent', { text: 'nothing yet' });

    const markup = (t: TurnResult) => (t.reply.response.outputSpeech as { ssml: string }).ssml;
    expect(one.speech).toMatch(/What did you feel\?/);
    expect(two.speech).toMatch(/long answer, so I kept the first part/);
    expect(markup(three)).toContain(
      'Tom &amp; Jerry &lt;break time=&quot;10s&quot;/&gt; &quot;quoted&quot; it&apos;s fine',
    );
    expect(markup(three)).not.toContain('😀');
    expect(markup(three).match(/<speak>/g)).toHaveLength(1);
    expect(markup(three).length).toBeLessThan(8000);
    const [note] = await notesOf(harness, echo);
    expect(note!.data.parts[0]!.text).toBe(tricky);
    expect(note!.data.parts[1]!.text.length).toBeLessThanOrEqual(2000);
    expect(long.startsWith(note!.data.parts[1]!.text)).toBe(true);
    expect(JSON.stringify(harness.logs)).not.toMatch(/Jerry|word12/);
    expect(three.card).toBeUndefined();
  });

  it('keeps the note through stop and help, and says so', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'in the car' });

    const help = await echo.intent('AMAZON.HelpIntent');
    const stop = await echo.intent('AMAZON.StopIntent');

    expect(help.speech).toMatch(/middle of a note.*What did you feel\?/);
    expect(elicitsText(help)).toBe(true);
    expect(stop.speech).toMatch(/kept everything you've said so far/);
    expect(stop.ended).toBe(true);
    expect((await householdOf(harness, echo)).notes.drafts.p1?.answers).toEqual({ moment: 'in the car' });
  });

  it('stops at crisis words during a note, gives resources, and stores nothing of them', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'after dinner' });

    const crisis = await echo.intent('NotePartIntent', { text: 'he hit me again last night' });
    const after = await echo.intent('AMAZON.StopIntent');

    expect(crisis.speech).toMatch(/988|emergency/);
    expect(crisis.ended).toBe(false);
    expect(elicitsText(crisis)).toBe(false);
    expect(crisis.card).toBeUndefined();
    expect(after.ended).toBe(true);
    const keys = await harness.store.listKeys(householdIdFor(echo.userId));
    expect(keys).toEqual(['HOUSEHOLD']);
    const household = await householdOf(harness, echo);
    expect(JSON.stringify(household)).not.toMatch(/hit me/);
    expect(household.notes.drafts.p1?.answers).toEqual({ moment: 'after dinner' });
    expect(JSON.stringify(harness.logs)).not.toMatch(/hit me|dinner/);
  });

  it('keeps the words in the note only when the person asks to, after the crisis answer', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
    await echo.intent('NotePartIntent', { text: 'another shouting match' });

    const crisis = await echo.intent('NotePartIntent', { text: "I'm scared of my partner" });
    const before = (await householdOf(harness, echo)).notes.drafts.p2?.answers;
    const keep = await echo.intent('KeepNoteIntent');

    expect(crisis.speech).toMatch(/emergency|911|988/);
    expect(before).toEqual({ happened: 'another shouting match' });
    expect(keep.speech).toMatch(/kept that in your note/);
    expect((await householdOf(harness, echo)).notes.drafts.p2?.answers).toEqual({
      happened: 'another shouting match',
      felt: "I'm scared of my partner",
    });
  });

  it('never stores free text said outside a note, and still answers crisis words in it', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();

    const stray = await echo.intent('NotePartIntent', { text: 'I felt invisible' });
    const crisis = await echo.intent('NotePartIntent', { text: 'I want to hurt myself' });

    expect(stray.speech).toMatch(/not in the middle of a note/);
    expect(crisis.speech).toMatch(/988/);
    expect(JSON.stringify(await householdOf(harness, echo))).not.toMatch(/invisible|hurt/);
  });
});

describe('a pause in the middle of a note', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it.each([
    ['hold on', 'AMAZON.PauseIntent', /Take your time/],
    ['one moment', 'NoteHoldIntent', /Take your time/],
    ['repeat that / what was the question', 'AMAZON.RepeatIntent', /here it is again/],
    ['continue', 'AMAZON.ResumeIntent', /carry on/],
    ['go on', 'TellMeMoreIntent', /carry on/],
  ])('"%s" asks the same part again, and the next answer goes into it', async (_said, intent, lead) => {
    // Prepare
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'the dishes' });

    // Act
    const paused = await echo.intent(intent);
    const felt = await echo.intent('NotePartIntent', { text: 'anxious' });
    await echo.intent('NotePartIntent', { text: 'I took a breath' });

    // Assess
    expect(paused.speech).toMatch(lead);
    expect(paused.speech).toMatch(/What did you feel\?$/);
    expect(elicitsText(paused)).toBe(true);
    expect(paused.ended).toBe(false);
    expect(felt.speech).toMatch(/What did you try\?/);
    const notes = await notesOf(harness, echo);
    expect(notes.map((n) => n.data.parts)).toEqual([
      [
        { part: 'happened', text: 'the dishes' },
        { part: 'felt', text: 'anxious' },
        { part: 'tried', text: 'I took a breath' },
      ],
    ]);
  });

  it('typed in the console, "hold on", "wait", "repeat that", "what was the question" and "continue" keep the note', async () => {
    // Prepare
    const { printed, device, say } = consoleOn(harness);
    await say('open between us', "we're Alex and Sam", 'quick note', 'Alex', 'the dishes');

    // Act
    const from = printed.length;
    await say('hold on', 'wait', 'repeat that', 'what was the question', 'continue', 'one moment', 'anxious');
    await say('I walked away', 'stop');

    // Assess
    const answers = printed.slice(from).filter((l) => l.startsWith('Alexa: '));
    expect(answers.slice(0, 6).every((l) => /What did you feel\?/.test(l))).toBe(true);
    expect(printed.join('\n')).not.toMatch(/check-in going|only know Alex and Sam|didn't catch/);
    const notes = await notesOf(harness, device);
    expect(notes.map((n) => n.data.parts.map((p) => p.text))).toEqual([
      ['the dishes', 'anxious', 'I walked away'],
    ]);
  });

  it('"one moment" outside a note gets a kind answer and keeps the session open', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('DeleteLastNoteIntent');

    const hold = await echo.intent('NoteHoldIntent');

    expect(hold.speech).toMatch(/take your time/);
    expect(hold.ended).toBe(false);
  });
});
