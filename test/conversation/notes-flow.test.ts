import { householdIdFor } from '../../lambda/domain/ids';
import type { Device } from '../../tools/device';
import { consoleOn } from '../support/console';
import { notesOf } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * Found by a tester who talked to the console as a couple: moments in the note flows where
 * what they said was lost or a question came before there was anything to ask about.
 */

async function householdOf(harness: Harness, device: Device) {
  return (await harness.store.loadHousehold(householdIdFor(device.userId)))!;
}

describe('the note flows, as a couple talks', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  describe('reading a note back', () => {
    it('says kindly there is nothing to read, without the room warning, when the speaker has no saved note', async () => {
      // Prepare: Alex has a saved quick note; Sam has none.
      const echo = await setUpHousehold(harness);
      await echo.intent('QuickNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      for (const text of ['the phone at dinner', 'ignored', 'I said it out loud']) {
        await echo.intent('NotePartIntent', { text });
      }
      echo.close();

      // Act: Sam asks, on a device that cannot tell voices apart.
      const ask = await echo.intent('ReadLastNoteIntent');
      const who = await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
      const yes = await echo.intent('AMAZON.YesIntent');

      // Assess
      expect(ask.speech).toBe('Is this Alex or Sam?');
      expect(who.speech).toMatch(/You don't have any saved notes yet/);
      expect(who.speech).not.toMatch(/anyone in the room may hear/);
      expect(who.ended).toBe(false);
      expect(yes.speech).not.toMatch(/phone at dinner|ignored/);
      expect(echo.history.some((t) => /anyone in the room/.test(t.speech))).toBe(false);
    });

    it('still warns first when there is a note to read', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('QuickNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
      for (const text of ['the phone at dinner', 'ignored', 'I said it out loud']) {
        await echo.intent('NotePartIntent', { text });
      }
      echo.close();

      await echo.intent('ReadLastNoteIntent');
      const who = await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
      const yes = await echo.intent('AMAZON.YesIntent');

      expect(who.speech).toMatch(/anyone in the room may hear it\. Shall I read it\?/);
      expect(who.speech).not.toMatch(/phone at dinner/);
      expect(yes.speech).toMatch(/What happened: the phone at dinner/);
    });
  });

  describe('asking for another note in the middle of one', () => {
    it('puts an open pattern note aside, takes the quick note whole, and picks the pattern note up after', async () => {
      // Prepare: the tester's console session, word for word.
      const { printed, device, say } = consoleOn(harness);
      await say('open between us', "we're Alex and Sam", 'add a pattern note', 'Alex');
      await say('Sunday evening when the dishes piled up');

      // Act
      const from = printed.length;
      await say('quick note');
      await say('we argued about being late', 'rushed and small', 'I named it and took a breath');
      const afterQuick = printed.length;
      await say('finish my note', 'alone', 'stop');

      // Assess
      const said = printed.slice(from).filter((l) => l.startsWith('Alexa: '));
      expect(said[0]).toMatch(
        /Your pattern note is kept just as it is, to finish another time\. A quick note: three short parts\. What happened\?/,
      );
      expect(printed.slice(from).join('\n')).not.toMatch(/didn't catch|Want to finish that one first/);
      expect(said[3]).toMatch(/What happened: we argued about being late\./);
      expect(said[3]).toMatch(/Your pattern note is still waiting for you; say finish my note/);
      const resumed = printed.slice(afterQuick).filter((l) => l.startsWith('Alexa: '));
      expect(resumed[0]).toMatch(/Let's pick up your pattern note where you left off\. What did you feel\?/);
      expect(resumed[1]).toMatch(/What did you try\?/);
      // Stored: the quick note, whole; the pattern note as a draft with both its parts.
      const notes = await notesOf(harness, device);
      expect(notes.map((n) => [n.data.kind, n.data.parts.map((p) => p.text)])).toEqual([
        ['quick', ['we argued about being late', 'rushed and small', 'I named it and took a breath']],
      ]);
      const household = await householdOf(harness, device);
      expect(household.notes.drafts.p1).toMatchObject({
        kind: 'pattern',
        answers: { moment: 'Sunday evening when the dishes piled up', felt: 'alone' },
      });
      expect(household.notes.parked.p1).toBeUndefined();
    });

    it('puts an open quick note aside for a pattern note, and "quick note" picks it up where it was', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('QuickNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
      await echo.intent('NotePartIntent', { text: 'doors slammed' });

      const pattern = await echo.intent('StartPatternNoteIntent');
      const first = await echo.intent('NotePartIntent', { text: 'the school run' });
      const parkedThen = (await householdOf(harness, echo)).notes.parked.p2;
      const back = await echo.intent('QuickNoteIntent');
      const felt = await echo.intent('NotePartIntent', { text: 'shut out' });

      expect(pattern.speech).toMatch(
        /^Your quick note is kept just as it is, to finish another time\. Let's fill in your pattern template/,
      );
      expect(first.speech).toMatch(/What did you feel\?/);
      expect(parkedThen?.quick?.answers).toEqual({ happened: 'doors slammed' });
      expect(back.speech).toMatch(
        /^Your pattern note is kept just as it is, to finish another time\. Let's pick up your quick note where you left off\. What did you feel\?/,
      );
      expect(felt.speech).toMatch(/What did you try\?/);
      const household = await householdOf(harness, echo);
      expect(household.notes.drafts.p2?.answers).toEqual({ happened: 'doors slammed', felt: 'shut out' });
      expect(household.notes.parked.p2?.pattern?.answers).toEqual({ moment: 'the school run' });
      expect(await notesOf(harness, echo)).toEqual([]);
    });

    it('carries on with the open pattern note when a second one is asked for, keeping every part', async () => {
      const { printed, device, say } = consoleOn(harness);
      await say('open between us', "we're Alex and Sam", 'add a pattern note', 'Alex', 'the school run');

      const from = printed.length;
      await say('add a pattern note', 'anxious', 'I slowed down');

      const said = printed.slice(from).filter((l) => l.startsWith('Alexa: '));
      expect(said[0]).toMatch(/Let's pick up your pattern note where you left off\. What did you feel\?/);
      expect(said[2]).toMatch(/Where did you get stuck\?/);
      expect(printed.slice(from).join('\n')).not.toMatch(/didn't catch/);
      const household = await householdOf(harness, device);
      expect(household.notes.drafts.p1?.answers).toEqual({
        moment: 'the school run',
        felt: 'anxious',
        tried: 'I slowed down',
      });
    });

    it('saves a whole note still held after a failed save, rather than putting it aside, when another kind is started', async () => {
      // Prepare: Alex's quick note is answered in full, but its final save failed (held whole).
      const echo = await setUpHousehold(harness);
      await echo.intent('QuickNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await echo.intent('NotePartIntent', { text: 'doors slammed' });
      const stored = (await householdOf(harness, echo)).notes.drafts.p1!;
      echo.sessionAttributes.notesHeld = {
        partner: 'p1',
        draft: {
          ...stored,
          answers: { happened: 'doors slammed', felt: 'shut out', tried: 'I waited' },
          current: 3,
          finishedAt: '2026-11-18T18:01:00.000Z',
        },
      };

      // Act
      const start = await echo.intent('StartPatternNoteIntent');

      // Assess
      expect(start.speech).toMatch(
        /^The part I was holding on to is saved now\. Let's fill in your pattern template/,
      );
      expect(start.speech).not.toMatch(/kept just as it is/);
      const notes = await notesOf(harness, echo);
      expect(notes.map((n) => [n.data.kind, n.data.parts.length])).toEqual([['quick', 3]]);
      const household = await householdOf(harness, echo);
      expect(household.notes.parked.p1).toBeUndefined();
      expect(household.notes.drafts.p1).toBeUndefined();
    });

    it('offers the note put aside at the next launch, by voice, and picks it up on yes', async () => {
      const echo = await setUpHousehold(harness);
      echo.personId = 'amzn1.ask.person.ALEX';
      await echo.launch();
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await echo.intent('StartPatternNoteIntent');
      await echo.intent('NotePartIntent', { text: 'the school run' });
      await echo.intent('QuickNoteIntent');
      for (const text of ['late again', 'rushed', 'I paused']) await echo.intent('NotePartIntent', { text });
      echo.close();

      const launch = await echo.launch();
      const yes = await echo.intent('AMAZON.YesIntent');
      const count = await echo.intent('CountNotesIntent');

      expect(launch.speech).toMatch(/You were in the middle of your pattern note\. Want to finish it\?/);
      expect(yes.speech).toMatch(/pick up your pattern note where you left off\. What did you feel\?/);
      expect(count.speech).toMatch(/You've saved one note this week\. And you have one in progress\./);
    });

    it('forgets a note put aside along with the rest when the partner says "delete my notes"', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('StartPatternNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await echo.intent('NotePartIntent', { text: 'the school run' });
      await echo.intent('QuickNoteIntent');
      await echo.intent('NotePartIntent', { text: 'late again' });
      const parked = (await householdOf(harness, echo)).notes.parked.p1;

      await echo.intent('DeleteMyNotesIntent');
      const done = await echo.intent('AMAZON.YesIntent');

      expect(parked?.pattern?.answers).toEqual({ moment: 'the school run' });
      expect(done.speech).toMatch(/Your notes are deleted/);
      const household = await householdOf(harness, echo);
      expect(household.notes.parked.p1).toBeUndefined();
      expect(household.notes.drafts.p1).toBeUndefined();
      expect(JSON.stringify(household)).not.toMatch(/school run|late again/);
    });
  });

  describe('dictated words that arrive where the dictation did not expect them', () => {
    const CARRIED: [string, Record<string, string>][] = [
      ['AppreciationIntent', { appreciation: 'that you listened to me' }],
      ['SetFocusIntent', { focusText: 'slowing down when we argue' }],
      ['SmallStepIntent', { step: 'I took a breath' }],
      ['SetRepairPhraseIntent', { phrase: 'can we start over' }],
      ['GoodThingDoneIntent', { goodThing: 'we walked the dog' }],
      ['TimeOutNeedIntent', { need: 'to be heard' }],
    ];

    it.each(CARRIED)(
      'takes an answer heard as %s as the part being asked, not as that feature’s',
      async (intent, slots) => {
        // Prepare
        const echo = await setUpHousehold(harness);
        await echo.intent('StartPatternNoteIntent');
        await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
        await echo.intent('NotePartIntent', { text: 'the school run' });

        // Act
        const heard = await echo.intent(intent, slots);
        const next = await echo.intent('NotePartIntent', { text: 'I slowed down' });

        // Assess
        const words = Object.values(slots)[0]!;
        expect(heard.speech).toMatch(/What did you try\?/);
        expect(heard.ended).toBe(false);
        expect(next.speech).toMatch(/Where did you get stuck\?/);
        const household = await householdOf(harness, echo);
        expect(household.notes.drafts.p1?.answers).toEqual({
          moment: 'the school run',
          felt: words,
          tried: 'I slowed down',
        });
        // Nowhere else: not the week's focus, a repair phrase, an appreciation or a good thing.
        const { notes: _notes, ...rest } = household;
        expect(JSON.stringify(rest)).not.toContain(words);
      },
    );

    it('puts a part said after a question from another feature into the open note, not "not in a note"', async () => {
      // Prepare: mid-note, the couple asks about the week, then carries on dictating. Outside the
      // part's own question only command filler marks a note's words ("note that …"): the model
      // has no "I felt {text}" sample, since Alexa would cut "I felt" from the words kept.
      const { printed, device, say } = consoleOn(harness);
      await say('open between us', "we're Alex and Sam", 'add a pattern note', 'Alex', 'the school run');
      await say("what's our focus");

      // Act
      const from = printed.length;
      await say('note that I felt unheard and tired');

      // Assess
      const said = printed.slice(from).filter((l) => l.startsWith('Alexa: '));
      expect(said[0]).toMatch(/^Alexa: I've added that to your pattern note\. What did you try\?/);
      expect(printed.slice(from).join('\n')).not.toMatch(/not in the middle of a note|didn't catch/);
      const household = await householdOf(harness, device);
      expect(household.notes.drafts.p1?.answers).toEqual({
        moment: 'the school run',
        felt: 'I felt unheard and tired',
      });
    });

    it('asks who is speaking first in a new session, then puts the words in that partner’s open note', async () => {
      // Prepare: Alex's note is open; the session closed.
      const echo = await setUpHousehold(harness);
      await echo.intent('StartPatternNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await echo.intent('NotePartIntent', { text: 'the school run' });
      echo.close();

      // Act: "Alexa, tell Between Us I felt left out."
      const who = await echo.intent('NotePartIntent', { text: 'I felt left out' });
      const waiting = JSON.stringify(echo.sessionAttributes);
      const alex = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

      // Assess
      expect(who.speech).toBe('Is this Alex or Sam?');
      expect(waiting).toContain('I felt left out');
      expect(alex.speech).toMatch(/I've added that to your pattern note\. What did you try\?/);
      const household = await householdOf(harness, echo);
      expect(household.notes.drafts.p1?.answers).toEqual({
        moment: 'the school run',
        felt: 'I felt left out',
      });
      expect(JSON.stringify(echo.sessionAttributes)).not.toContain('I felt left out');
    });

    it('still keeps nothing when no one has a note open', async () => {
      const echo = await setUpHousehold(harness);

      const heard = await echo.intent('NotePartIntent', { text: 'I felt left out' });

      expect(heard.speech).toMatch(/not in the middle of a note right now/);
      const household = await householdOf(harness, echo);
      expect(JSON.stringify(household)).not.toContain('left out');
    });

    it('keeps the note open on a bare "no" or "yes" while a part is asked, and asks the part again', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('StartPatternNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await echo.intent('NotePartIntent', { text: 'the school run' });

      const no = await echo.intent('AMAZON.NoIntent');
      const yes = await echo.intent('AMAZON.YesIntent');
      const felt = await echo.intent('NotePartIntent', { text: 'tense' });

      for (const reply of [no, yes]) {
        expect(reply.ended).toBe(false);
        expect(reply.speech).toMatch(/say skip to move on.*What did you feel\?$/);
      }
      expect(felt.speech).toMatch(/What did you try\?/);
      const household = await householdOf(harness, echo);
      expect(household.notes.drafts.p1?.answers).toEqual({ moment: 'the school run', felt: 'tense' });
    });

    it('offers "keep my note" for crisis words heard as another feature’s free text mid-note, and keeps them only then', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('QuickNoteIntent');
      await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });
      await echo.intent('NotePartIntent', { text: 'another shouting match' });

      const crisis = await echo.intent('AppreciationIntent', { appreciation: "I'm scared of my partner" });
      const before = await householdOf(harness, echo);
      const keep = await echo.intent('KeepNoteIntent');

      expect(crisis.speech).toMatch(/emergency|911|988/);
      expect(JSON.stringify(before)).not.toContain('scared');
      expect(keep.speech).toMatch(/kept that in your note/);
      expect((await householdOf(harness, echo)).notes.drafts.p2?.answers).toEqual({
        happened: 'another shouting match',
        felt: "I'm scared of my partner",
      });
    });
  });
});
