import { householdIdFor } from '../../lambda/domain/ids';
import { activityOf } from '../../lambda/domain/week/activity';
import type { Device } from '../../tools/device';
import { linkVoice, notesOf } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/** A partner's notes are theirs: read only to them, shared when they say so, heard together when both agree. */

const ALEX = 'amzn1.ask.person.ALEX';
const SAM = 'amzn1.ask.person.SAM';

/** The kitchen Echo, with the voice of whoever is talking. */
async function linkVoices(harness: Harness): Promise<Device> {
  const echo = await setUpHousehold(harness);
  for (const [personId, name] of [
    [ALEX, 'Alex'],
    [SAM, 'Sam'],
  ] as const) {
    echo.personId = personId;
    await linkVoice(echo, name);
  }
  return echo;
}

async function dictate(echo: Device, start: string, answers: string[]) {
  await echo.intent(start);
  let last;
  for (const text of answers) last = await echo.intent('NotePartIntent', { text });
  return last!;
}

/** Alex's and then Sam's pattern templates, each in their own voice; Sam is still speaking. */
async function bothTemplates(harness: Harness): Promise<Device> {
  const echo = await linkVoices(harness);
  echo.personId = ALEX;
  await dictate(echo, 'StartPatternNoteIntent', ['A1', 'A2', 'A3', 'A4', 'A5']);
  echo.close();
  echo.personId = SAM;
  await dictate(echo, 'StartPatternNoteIntent', ['S1', 'S2', 'S3', 'S4', 'S5']);
  return echo;
}

describe('private by default', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('lets two partners dictate in the same hour and reads each only their own, until one shares', async () => {
    // Prepare
    const echo = await linkVoices(harness);
    echo.personId = ALEX;
    await dictate(echo, 'QuickNoteIntent', ['the keys went missing', 'blamed', 'I paused before answering']);
    echo.close();
    harness.clock.advance(20 * 60 * 1000);
    echo.personId = SAM;
    await dictate(echo, 'QuickNoteIntent', ['we were late again', 'rushed', 'I kept quiet']);
    echo.close();

    // Act
    echo.personId = ALEX;
    const alexReads = await echo.intent('ReadLastNoteIntent');
    const alexCounts = await echo.intent('CountNotesIntent');
    echo.close();
    echo.personId = SAM;
    const samReads = await echo.intent('ReadLastNoteIntent');
    const samTriesShared = await echo.intent('ReadSharedNoteIntent', { name: 'Alex' });
    echo.close();
    echo.personId = ALEX;
    const share = await echo.intent('ShareLastNoteIntent', { name: 'Sam' });
    echo.close();
    echo.personId = SAM;
    const samHearsShared = await echo.intent('ReadSharedNoteIntent', { name: 'Alex' });

    // Assess
    expect(alexReads.speech).toMatch(/Your quick note from today\. What happened: the keys went missing/);
    expect(alexReads.speech).not.toMatch(/late again|rushed/);
    expect(alexCounts.speech).toMatch(/You've saved one note this week\./);
    expect(samReads.speech).toMatch(/What happened: we were late again/);
    expect(samReads.speech).not.toMatch(/keys|blamed/);
    expect(samTriesShared.speech).toMatch(/Alex hasn't shared a note with you yet/);
    expect(samTriesShared.speech).not.toMatch(/keys|blamed/);
    expect(share.speech).toMatch(/Sam can now hear your note from today/);
    expect(samHearsShared.speech).toMatch(
      /Alex shared a quick note from today\. What happened: the keys went missing/,
    );
    const notes = await notesOf(harness, echo);
    expect(notes.map((n) => [n.data.author, n.data.shared])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    const household = (await harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    expect(activityOf(household, '2026-11-16').notes.map((n) => [n.author, n.shared])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
  });

  it('without voice recognition, warns that anyone may hear before reading, and reads only on yes', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
    await echo.intent('NotePartIntent', { text: 'the phone at dinner' });
    await echo.intent('NotePartIntent', { text: 'ignored' });
    await echo.intent('NotePartIntent', { text: 'I said it out loud' });
    echo.close();

    const ask = await echo.intent('ReadLastNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
    const no = await echo.intent('AMAZON.NoIntent');
    await echo.intent('ReadLastNoteIntent');
    const yes = await echo.intent('AMAZON.YesIntent');

    expect(ask.speech).toBe('Is this Alex or Sam?');
    expect(no.speech).toMatch(/I won't read it/);
    expect(no.speech).not.toMatch(/phone/);
    expect(yes.speech).toMatch(/What happened: the phone at dinner/);
    const warned = echo.history.filter((t) => /anyone in the room may hear/.test(t.speech));
    expect(warned).toHaveLength(2);
  });

  it('deletes the last note only after a yes, with its traces in the week', async () => {
    const echo = await linkVoices(harness);
    echo.personId = SAM;
    await dictate(echo, 'QuickNoteIntent', ['one', 'two', 'three']);

    const ask = await echo.intent('DeleteLastNoteIntent');
    const keep = await echo.intent('AMAZON.NoIntent');
    const keptNotes = await notesOf(harness, echo);
    await echo.intent('DeleteLastNoteIntent');
    const yes = await echo.intent('AMAZON.YesIntent');
    const count = await echo.intent('CountNotesIntent');

    expect(ask.speech).toMatch(/Delete your last note, the one from today\? This can't be undone\./);
    expect(keep.speech).toMatch(/left it as it is/);
    expect(keptNotes).toHaveLength(1);
    expect(yes.speech).toMatch(/^Deleted\./);
    expect(count.speech).toMatch(/haven't saved any notes this week/);
    expect(await notesOf(harness, echo)).toEqual([]);
    const household = (await harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    expect(activityOf(household, '2026-11-16').notes).toEqual([]);
    expect(household.notes.recent.p2).toEqual([]);
  });

  it('offers a mutual reveal when both filled in the template, and reads both only when both say yes', async () => {
    // Prepare
    const echo = await linkVoices(harness);
    echo.personId = ALEX;
    const alexDone = await dictate(echo, 'StartPatternNoteIntent', [
      'A1 moment',
      'A2 felt',
      'A3 tried',
      'A4 stuck',
      'A5 help',
    ]);
    echo.close();
    echo.personId = SAM;
    const samDone = await dictate(echo, 'StartPatternNoteIntent', [
      'S1 moment',
      'S2 felt',
      'S3 tried',
      'S4 stuck',
      'S5 help',
    ]);

    // Act
    const yes = await echo.intent('AMAZON.YesIntent');
    echo.personId = ALEX;
    const wrongVoice = await echo.intent('AMAZON.YesIntent');
    echo.personId = SAM;
    const samYes = await echo.intent('AMAZON.YesIntent');
    echo.personId = ALEX;
    const both = await echo.intent('AMAZON.YesIntent');
    echo.close();
    const later = await echo.launch();

    // Assess
    expect(alexDone.speech).not.toMatch(/both filled in/);
    expect(samDone.speech).toMatch(
      /You've both filled in this week's template\. Want to hear them together\?/,
    );
    expect(yes.speech).toBe('Sam, are you happy for Alex to hear yours?');
    expect(wrongVoice.speech).toMatch(/I need to hear that from Sam\. Sam, are you happy/);
    expect(wrongVoice.speech).not.toMatch(/A1|S1/);
    expect(samYes.speech).toBe('Alex, are you happy for Sam to hear yours?');
    expect(both.speech).toMatch(
      /Alex's template\. The moment: A1 moment\..*Sam's template\. The moment: S1 moment\./,
    );
    expect(later.speech).not.toMatch(/hear them together/);
  });

  it('keeps both templates private when one partner says no', async () => {
    const echo = await bothTemplates(harness);

    await echo.intent('AMAZON.YesIntent');
    await echo.intent('AMAZON.YesIntent');
    echo.personId = ALEX;
    const no = await echo.intent('AMAZON.NoIntent');
    echo.close();
    const later = await echo.launch();

    expect(no.speech).toMatch(/They stay private/);
    expect(no.speech).not.toMatch(/S1|A1/);
    expect(later.speech).not.toMatch(/hear them together/);
  });

  it('takes no for an answer to the reveal offer from either voice', async () => {
    const echo = await bothTemplates(harness);

    const no = await echo.intent('AMAZON.NoIntent');
    const later = await echo.intent('MutualRevealIntent');

    expect(no.speech).toMatch(/They stay private/);
    // Asked for again later, it starts with the one asking.
    expect(later.speech).toBe('Sam, are you happy for Alex to hear yours?');
  });

  it('without a recognized voice, says only that a note is in progress, and resumes it only for its author', async () => {
    // Prepare: Alex starts a pattern note on an Echo without voice recognition.
    const echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'the school run' });
    echo.close();

    // Act: Sam opens the skill and answers the question; later Alex does.
    const samLaunch = await echo.launch();
    const samSays = await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
    echo.close();
    await echo.launch();
    const alexSays = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

    // Assess
    expect(samLaunch.speech).toMatch(/There's a note in progress\. Is this Alex or Sam\?$/);
    expect(samLaunch.speech).not.toMatch(/pattern|school|Alex, you|your/);
    expect(samSays.speech).toMatch(/You don't have a note in progress/);
    expect(samSays.speech).not.toMatch(/school|pattern/);
    expect(alexSays.speech).toMatch(/pick up your pattern note.*What did you feel\?/);
  });

  it('offers the other partner a pre-therapy turn even when they already have one, and not back again', async () => {
    // Prepare: Sam already wrote a pre-therapy note this week.
    const echo = await linkVoices(harness);
    echo.personId = SAM;
    await dictate(echo, 'PreTherapyNoteIntent', ['S better', 'S worse', 'S attention']);
    echo.close();

    // Act: Alex writes one; Sam takes the offered turn and writes another.
    echo.personId = ALEX;
    const alexDone = await dictate(echo, 'PreTherapyNoteIntent', ['A better', 'A worse', 'A attention']);
    echo.personId = SAM;
    await echo.intent('AMAZON.YesIntent');
    await echo.intent('NotePartIntent', { text: 'S2 better' });
    await echo.intent('NotePartIntent', { text: 'S2 worse' });
    const samDone = await echo.intent('NotePartIntent', { text: 'S2 attention' });

    // Assess: the offer says nothing about what Sam has written; it is not bounced back to Alex.
    expect(alexDone.speech).toMatch(/Sam, would you like to do your pre-therapy note too\?/);
    expect(samDone.speech).not.toMatch(/would you like/);
    const notes = await notesOf(harness, echo);
    expect(notes.filter((n) => n.data.author === 'p2' && n.data.kind === 'pretherapy')).toHaveLength(2);
  });

  it('answers kindly when everything was deleted from another Echo while a question was open', async () => {
    const echo = await linkVoices(harness);
    echo.personId = SAM;
    await dictate(echo, 'QuickNoteIntent', ['one', 'two', 'three']);
    const ask = await echo.intent('DeleteLastNoteIntent');

    await harness.store.deleteHousehold(householdIdFor(echo.userId));
    const yes = await echo.intent('AMAZON.YesIntent');

    expect(ask.speech).toMatch(/Delete your last note/);
    expect(yes.ended).toBe(false);
    expect(yes.speech).toMatch(/I need to know who you both are/);
  });

  it('asks for the reveal answer again rather than crashing on a damaged willing list', async () => {
    const echo = await bothTemplates(harness);
    await echo.intent('AMAZON.YesIntent');

    const dialog = echo.sessionAttributes.dialog as Record<string, unknown>;
    echo.sessionAttributes.dialog = { ...dialog, willing: 'p1' };
    const yes = await echo.intent('AMAZON.YesIntent');

    expect(yes.ended).toBe(false);
    expect(yes.speech).toBe('Alex, are you happy for Sam to hear yours?');
  });
});
