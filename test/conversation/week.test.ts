import { z } from 'zod';
import { householdIdFor } from '../../lambda/domain/ids';
import type { Household } from '../../lambda/domain/household';
import { recordActivity, type Activity } from '../../lambda/domain/week/activity';
import { weekStart } from '../../lambda/domain/week/calendar';
import { noteSk } from '../../lambda/storage/keys';
import type { Device, TurnResult } from '../../tools/device';
import { linkVoice } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';
import { languageProblems } from '../unit/week-language-rules';

const DAY = 86_400_000;
const ZONE = 'America/New_York';
const PURSUE = { value: 'pursue withdraw loop', id: 'pursue_withdraw' };

/** Test start: Wednesday 2026-11-18, 13:00 in New York; the week (from Monday) began on the 16th. */
describe('the week: focus, recap, repair phrase, appreciations, one good thing', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness({ timeZone: ZONE });
  });
  afterEach(async () => {
    await harness.close();
  });

  const load = async (device: Device) => (await harness.store.loadHousehold(householdIdFor(device.userId)))!;

  /** Prepare what the check-in and notes features would have stored, through their contract. */
  async function happened(device: Device, ...activities: Activity[]) {
    const h = await load(device);
    const week = weekStart(harness.clock.now(), ZONE, h.settings.therapyDay);
    let next: Household = h;
    for (const a of activities) next = recordActivity(next, week, a);
    await harness.store.saveHousehold({ household: next, isNew: false });
  }

  async function note(
    device: Device,
    author: 'p1' | 'p2',
    shared: boolean,
    texts: string[],
    kind: 'pattern' | 'quick' | 'pretherapy' | 'badweek' = 'pattern',
  ): Promise<string> {
    const h = await load(device);
    const week = weekStart(harness.clock.now(), ZONE, h.settings.therapyDay);
    const createdAt = new Date(
      harness.clock.now().getTime() + Math.floor(Math.random() * 1000),
    ).toISOString();
    const id = `n${Math.random().toString(36).slice(2, 8)}`;
    const sk = noteSk(week, createdAt, id);
    const partIds = {
      pattern: ['moment', 'felt', 'tried', 'stuck', 'help'],
      quick: ['happened', 'felt', 'tried'],
      pretherapy: ['better', 'worse', 'attention'],
      badweek: ['self', 'ourpattern', 'support'],
    }[kind];
    await harness.store.putRecord(householdIdFor(device.userId), {
      sk,
      kind: 'NOTE',
      data: {
        id,
        kind,
        author,
        weekStart: week,
        createdAt,
        parts: texts.map((text, i) => ({ part: partIds[i], text })),
        skipped: [],
        complete: true,
        shared,
      },
    });
    await happened(device, { kind: 'note-saved', noteKind: kind, author, shared, noteSk: sk });
    return sk;
  }

  function neutral(...turns: TurnResult[]) {
    for (const t of turns) expect(languageProblems(t.speech)).toEqual([]);
  }

  describe('focus', () => {
    it('sets a common focus, takes each partner’s small step, and answers "what\'s our focus?"', async () => {
      const echo = await setUpHousehold(harness);
      await echo.launch();

      const set = await echo.intent('SetFocusIntent', { theme: PURSUE });
      const step = await echo.intent('SmallStepIntent', { step: 'pause before I answer' });
      const who = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      echo.close();
      const what = await echo.intent('WhatIsFocusIntent');

      expect(set.speech).toMatch(/This week's focus is noticing when we start the pursue-withdraw loop/);
      expect(set.speech).toMatch(/my small step is/);
      expect(step.speech).toMatch(/Is this Alex or Sam\?/);
      expect(who.speech).toMatch(/Your small step this week, Alex: pause before I answer\./);
      expect(who.speech).toMatch(/Sam, you can name yours too/);
      expect(what.speech).toMatch(/pursue-withdraw loop/);
      expect(what.speech).toMatch(/pause before I answer/);
      const stored = await load(echo);
      expect((stored.week as { focus?: { theme?: string } }).focus?.theme).toBe('pursue_withdraw');
      expect(stored.week.steps).toEqual([
        expect.objectContaining({ author: 'p1', text: 'pause before I answer' }),
      ]);
    });

    it('takes a focus in the couple’s own words, and offers three common ones when asked', async () => {
      const echo = await setUpHousehold(harness);

      const ideas = await echo.intent('FocusIdeasIntent');
      const own = await echo.intent('SetFocusIntent', { focusText: 'slower & kinder mornings' });
      const nothing = await echo.intent('SetFocusIntent', {});

      expect(ideas.speech).toMatch(/pursue-withdraw loop/);
      expect(ideas.speech).toMatch(/repairing after irritation/);
      expect(ideas.speech).toMatch(/bids for connection/);
      expect(own.speech).toMatch(/This week's focus is slower & kinder mornings\./);
      expect(JSON.stringify(own.reply)).toContain('slower &amp; kinder mornings');
      expect(nothing.speech).toMatch(/What would you like this week's focus to be\?/);
      expect((await load(echo)).week.focus).toMatchObject({
        text: 'slower & kinder mornings',
        weekStart: '2026-11-16',
      });
    });

    it('reads the theme from an unresolved slot value, and tells a missing focus kindly', async () => {
      const echo = await setUpHousehold(harness);
      const none = await echo.intent('WhatIsFocusIntent');
      const set = await echo.intent('SetFocusIntent', { theme: 'noticing bids' });
      expect(none.speech).toMatch(/no focus set for this week yet/);
      expect(set.speech).toMatch(/noticing bids for connection/);
    });

    it('keeps a focus in the couple’s own words even when Alexa matched it to a theme', async () => {
      const echo = await setUpHousehold(harness);

      const own = await echo.intent('SetFocusIntent', {
        theme: { value: 'turning toward bids', id: 'bids_for_connection' },
      });
      const what = await echo.intent('WhatIsFocusIntent');
      const stored = (await load(echo)).week.focus;
      const named = await echo.intent('SetFocusIntent', {
        theme: { value: 'the pursue-withdraw loop', id: 'pursue_withdraw' },
      });

      expect(own.speech).toMatch(/This week's focus is turning toward bids\./);
      expect(what.speech).toMatch(/This week's focus is turning toward bids\./);
      for (const said of [own, what]) expect(said.speech).not.toMatch(/noticing bids for connection/);
      // The closest theme is kept beside their words, for the check-in's questions.
      expect(stored).toMatchObject({ theme: 'bids_for_connection', text: 'turning toward bids' });
      expect(named.speech).toMatch(/This week's focus is noticing when we start the pursue-withdraw loop\./);
      expect((await load(echo)).week.focus).toMatchObject({ theme: 'pursue_withdraw' });
      expect((await load(echo)).week.focus?.text).toBeUndefined();
    });
  });

  describe("last week's recap", () => {
    it('recaps a busy week as "we", without private notes or tallies, and keeps the focus when asked', async () => {
      const alex = await setUpHousehold(harness);
      harness.clock.advance(-7 * DAY); // the household began the week before
      const early = harness.device({ userId: alex.userId });
      await early.launch();
      harness.clock.advance(7 * DAY);
      // Prepare: last week (this test's "now" before the advance).
      await alex.intent('SetFocusIntent', { theme: PURSUE });
      await alex.intent('SmallStepIntent', { step: 'pause before I answer' });
      await alex.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await alex.intent('AppreciationIntent', { appreciation: 'Sam made coffee this morning' });
      await alex.intent('GoodThingDoneIntent', { goodThing: 'a walk' });
      alex.close();
      await happened(
        alex,
        { kind: 'checkin-completed', minutes: 10 },
        { kind: 'checkin-completed', minutes: 12 },
      );
      await note(alex, 'p1', true, ['at dinner', 'alone']);
      await note(alex, 'p2', false, ['a private thing Sam felt']);
      await note(alex, 'p2', false, ['another private thing']);

      // Act: the next week.
      harness.clock.advance(7 * DAY);
      const meter = harness.store.meter;
      const readsBefore = meter.reads;
      const writesBefore = meter.writes;
      const recap = await alex.intent('RecapLastWeekIntent');
      const readsForRecap = meter.reads - readsBefore;
      const writesForRecap = meter.writes - writesBefore;
      const keep = await alex.intent('AMAZON.YesIntent');

      // Assess
      expect(recap.speech).toMatch(
        /Last week our focus was noticing when we start the pursue-withdraw loop\./,
      );
      expect(recap.speech).toMatch(/pause before I answer/);
      expect(recap.speech).toMatch(/We had two check-ins together, about 22 minutes in all\./);
      // Only Alex shared, so it is not "with each other".
      expect(recap.speech).toMatch(/We had one shared pattern note\./);
      expect(recap.speech).not.toMatch(/with each other/);
      expect(recap.speech).toMatch(/We named one appreciation\./);
      expect(recap.speech).toMatch(/And we protected something good: a walk\./);
      expect(recap.speech).not.toMatch(/private|three pattern notes|two pattern notes/i);
      expect(recap.speech).toMatch(
        /keep noticing when we start the pursue-withdraw loop as this week's focus/,
      );
      neutral(recap);
      expect(readsForRecap).toBe(1);
      // One write: the recap heard on request counts as this week's offer (not offered again at launch).
      expect(writesForRecap).toBe(1);
      expect(keep.speech).toMatch(/we'll keep noticing when we start the pursue-withdraw loop/);
      expect((await load(alex)).week.focus).toMatchObject({
        theme: 'pursue_withdraw',
        weekStart: '2026-11-23',
      });
    });

    it('answers an empty week without blame, with a kind question and the offer to keep or change the focus', async () => {
      const echo = await setUpHousehold(harness);
      harness.clock.advance(-7 * DAY);
      await harness.device({ userId: echo.userId }).launch();
      harness.clock.advance(7 * DAY);
      await echo.intent('SetFocusIntent', { theme: { value: 'repair', id: 'repair_after_irritation' } });
      echo.close();
      harness.clock.advance(7 * DAY);

      const recap = await echo.intent('RecapLastWeekIntent');
      const no = await echo.intent('AMAZON.NoIntent');

      expect(recap.speech).toMatch(/Last week our focus was repairing after irritation\./);
      expect(recap.speech).toMatch(/quieter one/);
      expect(recap.speech).toMatch(/What would make it easier this week\?/);
      expect(recap.speech).toMatch(
        /keep repairing after irritation as this week's focus, or choose a new one\?/,
      );
      neutral(recap);
      expect(no.speech).toMatch(/what could our focus be/);
    });

    it('says kindly that there is no previous week yet', async () => {
      const echo = await setUpHousehold(harness);
      const recap = await echo.intent('RecapLastWeekIntent');
      expect(recap.speech).toMatch(/first week together, so there isn't a last week to look back on yet/);
      neutral(recap);
    });

    it('offers the recap on the first launch of a new week, once, and archives older weeks as they pass', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('SetFocusIntent', { theme: PURSUE });
      await echo.intent('AppreciationIntent', { appreciation: 'Sam made coffee this morning' });
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      echo.close();
      harness.clock.advance(7 * DAY);

      const offered = await echo.launch();
      const recap = await echo.intent('AMAZON.YesIntent');
      echo.close();
      const again = await echo.launch();
      echo.close();
      harness.clock.advance(14 * DAY);
      await echo.intent('SetRepairPhraseIntent', { phrase: 'can we start over' });
      const archived = await harness.store.queryRecords(
        householdIdFor(echo.userId),
        'WEEK',
        [],
        z.looseObject({ weekStart: z.string() }),
        harness.clock.now(),
      );

      expect(offered.speech).toMatch(/It's a new week\. Would you like a short recap of last week\?/);
      expect(recap.speech).toMatch(/Last week our focus was/);
      expect(recap.speech).toMatch(/We named one appreciation\./);
      expect(again.speech).not.toMatch(/new week/);
      // The week of the 23rd kept nothing but the recap offer, so only the 16th has a record.
      expect(archived.map((r) => r.sk)).toEqual(['WEEK#2026-11-16']);
      expect(archived[0]!.expiresAt).toBeGreaterThan(harness.clock.now().getTime() / 1000 + 300 * 86_400);
      const stored = await load(echo);
      expect(stored.week.appreciations).toEqual([]);
      expect(stored.week.last).toBeUndefined();
    });
  });

  describe('weeks from the therapy day', () => {
    it('moves the week to start on the therapy day and keeps what was set this week', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('SetFocusIntent', { theme: PURSUE });

      const day = await echo.intent('TherapyDayIntent', { day: 'thursday' });
      const what = await echo.intent('WhatIsFocusIntent');
      echo.close();
      harness.clock.advance(1 * DAY); // Thursday: a new week begins
      const thursday = await echo.intent('WhatIsFocusIntent');
      const recap = await echo.intent('RecapLastWeekIntent');

      expect(day.speech).toMatch(
        /your sessions are on Thursdays\. Your weeks now run from Thursday to Wednesday/,
      );
      expect(what.speech).toMatch(/pursue-withdraw loop/);
      expect(thursday.speech).toMatch(/no focus set for this week yet/);
      expect(recap.speech).toMatch(/Last week our focus was noticing when we start the pursue-withdraw loop/);
      const stored = await load(echo);
      expect(stored.settings.therapyDay).toBe(4);
      expect(stored.settings.timeZone).toBe(ZONE);
    });

    it('keeps this week’s notes in the summary and the mutual reveal when the therapy day changes', async () => {
      // Prepare: Monday weeks; Alex's private note and both templates are filed under Monday the 16th.
      const alexsVoice = harness.device({ personId: 'amzn1.ask.person.ALEX' });
      await setUpHousehold(harness, ['Alex', 'Sam'], alexsVoice);
      await linkVoice(alexsVoice, 'Alex');
      await note(alexsVoice, 'p1', false, ['ALEX-PRIVATE before the change']);
      const p1 = await note(alexsVoice, 'p1', false, ['A1 moment'], 'pattern');
      const p2 = await note(alexsVoice, 'p2', false, ['S1 moment'], 'pattern');
      const h = await load(alexsVoice);
      await harness.store.saveHousehold({
        household: {
          ...h,
          notes: { ...h.notes, reveal: { weekStart: '2026-11-16', notes: { p1, p2 }, status: 'pending' } },
        },
        isNew: false,
      });

      // Act: on Wednesday the 18th, sessions move to Thursdays, so this week began on the 12th.
      await alexsVoice.intent('TherapyDayIntent', { day: 'thursday' });
      const summary = await alexsVoice.intent('ReadyForTherapyIntent');
      alexsVoice.close();
      const reveal = await alexsVoice.intent('MutualRevealIntent');
      const alexYes = await alexsVoice.intent('AMAZON.YesIntent');
      alexsVoice.personId = undefined;
      const both = await alexsVoice.intent('AMAZON.YesIntent');

      // Assess
      expect(summary.speech).toMatch(/Now your own private notes, Alex\..*ALEX-PRIVATE before the change/);
      expect(reveal.speech).toMatch(/Alex, are you happy for Sam to hear yours\?/);
      expect(alexYes.speech).toMatch(/Sam, are you happy for Alex to hear yours\?/);
      expect(both.speech).toMatch(/A1 moment.*S1 moment/);
      expect((await load(alexsVoice)).notes.reveal?.weekStart).toBe('2026-11-12');
    });

    it('uses the device time zone: 10 pm Wednesday in New York is still Wednesday’s week', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TherapyDayIntent', { day: 'thursday' });
      harness.clock.advance(9 * 3_600_000); // 2026-11-19 03:00Z = Wednesday 22:00 in New York
      await echo.intent('SetFocusIntent', { theme: PURSUE });
      expect((await load(echo)).week.focus?.weekStart).toBe('2026-11-12');
    });
  });

  describe("the device's time zone", () => {
    it('is read from Alexa once an hour per device, and a zone changed since is picked up after that', async () => {
      // Prepare
      const echo = await setUpHousehold(harness);
      const zoneReads = () => harness.standIn.calls.filter((c) => c.path.endsWith('System.timeZone')).length;
      const before = zoneReads();

      // Act: three week turns within minutes, then the zone changes and an hour passes.
      await echo.intent('SetFocusIntent', { theme: PURSUE });
      await echo.intent('RecapLastWeekIntent');
      harness.clock.advance(5 * 60_000);
      await echo.intent('RecapLastWeekIntent');
      const withinTheHour = zoneReads() - before;
      harness.standIn.timeZone = 'Europe/London';
      harness.clock.advance(61 * 60_000);
      await echo.intent('TherapyDayIntent', { day: 'thursday' });

      // Assess
      expect(withinTheHour).toBeLessThanOrEqual(1);
      expect(zoneReads() - before).toBe(withinTheHour + 1);
      expect((await load(echo)).settings.timeZone).toBe('Europe/London');
    });
  });

  describe('when the device time zone cannot be read', () => {
    it('assumes a zone from the locale: just after midnight on Monday in London is a new week', async () => {
      // Prepare: 01:00 Monday 23 November in London, still Sunday evening in New York.
      const uk = await createHarness({ start: new Date('2026-11-23T01:00:00Z') });
      try {
        uk.standIn.timeZone = 'Not/AZone';
        const echo = await setUpHousehold(uk, ['Alex', 'Sam'], uk.device({ locale: 'en-GB' }));

        // Act
        await echo.intent('SetFocusIntent', { theme: PURSUE });

        // Assess
        const stored = (await uk.store.loadHousehold(householdIdFor(echo.userId)))!;
        expect(stored.week.focus?.weekStart).toBe('2026-11-23');
        expect(stored.settings.timeZone).toBe('Europe/London');
      } finally {
        await uk.close();
      }
    });
  });

  describe('"Anything else?"', () => {
    it('a no ends the session kindly, a yes asks what they would like; neither is a dead end', async () => {
      // Prepare: a repair phrase kept, answered with "Anything else?".
      const echo = await setUpHousehold(harness);
      const set = await echo.intent('SetRepairPhraseIntent', { phrase: 'can we start over' });
      const asked = await echo.intent('RepairPhraseIntent');

      // Act
      const yes = await echo.intent('AMAZON.YesIntent');
      await echo.intent('RepairPhraseIntent');
      const no = await echo.intent('AMAZON.NoIntent');

      // Assess
      expect(`${set.speech} ${asked.speech}`).toMatch(/Anything else\?/);
      expect(yes.ended).toBe(false);
      expect(yes.speech).toMatch(/What would you like to do\?/);
      expect(yes.speech).not.toMatch(/not sure what that answer was for/);
      expect(no.ended).toBe(true);
      expect(no.speech).toMatch(/Bye for now/);
    });
  });

  describe('repair phrase', () => {
    it('is kept, and spoken calmly and briefly when asked for mid-conflict', async () => {
      const echo = await setUpHousehold(harness);
      const none = await echo.intent('RepairPhraseIntent');
      const change = await echo.intent('ChangeRepairPhraseIntent');
      const set = await echo.intent('SetRepairPhraseIntent', { phrase: 'can we start over <now>' });
      echo.close();

      const asked = await echo.intent('RepairPhraseIntent');

      expect(none.speech).toMatch(/no repair phrase saved yet/);
      expect(change.speech).toMatch(/our repair phrase is/);
      expect(set.speech).toMatch(/Your repair phrase is: can we start over <now>\./);
      expect(asked.speech).toBe('can we start over <now>');
      expect(asked.ended).toBe(true);
      const ssmlOut = (asked.reply.response.outputSpeech as { ssml: string }).ssml;
      expect(ssmlOut).toMatch(
        /^<speak><break time="600ms"\/><prosody rate="90%">can we start over &lt;now&gt;<\/prosody><\/speak>$/,
      );
    });
  });

  describe('appreciations', () => {
    it('saves a specific appreciation from the speaker about the other, asks about a general one, and reads the week’s', async () => {
      const sam = harness.device();
      await setUpHousehold(harness, ['Alex', 'Sam'], sam);
      const samsVoice = harness.device({ userId: sam.userId, personId: 'amzn1.ask.person.SAM' });
      await linkVoice(samsVoice, 'Sam');

      const general = await samsVoice.intent('AppreciationIntent', { appreciation: 'Alex is great' });
      const specific = await samsVoice.intent('AppreciationIntent', {
        appreciation: 'Alex made coffee this morning',
      });
      const second = await samsVoice.intent('AppreciationIntent', {
        appreciation: 'Alex listened to me on the phone',
      });
      const hear = await samsVoice.intent('HearAppreciationsIntent');

      expect(general.speech).toMatch(/What did Alex do\?/);
      expect(specific.speech).toMatch(/saved as today's appreciation/);
      expect(second.speech).toMatch(/saved too/);
      expect(second.speech).not.toMatch(/today's/);
      expect(hear.speech).toMatch(/From Sam, for Alex: Alex made coffee this morning\./);
      const stored = await load(sam);
      expect(stored.week.appreciations).toEqual([
        expect.objectContaining({ author: 'p2', about: 'p1', text: 'Alex made coffee this morning' }),
        expect.objectContaining({ author: 'p2', about: 'p1', text: 'Alex listened to me on the phone' }),
      ]);
    });

    it('asks again, kindly, when the speaker appreciates something they did themselves', async () => {
      // Prepare: Sam's voice is known.
      const sam = harness.device();
      await setUpHousehold(harness, ['Alex', 'Sam'], sam);
      const samsVoice = harness.device({ userId: sam.userId, personId: 'amzn1.ask.person.SAM' });
      await linkVoice(samsVoice, 'Sam');

      // Act
      const aboutSelf = await samsVoice.intent('AppreciationIntent', {
        appreciation: 'Sam made coffee this morning',
      });
      const corrected = await samsVoice.intent('AppreciationIntent', { appreciation: 'Alex made the bed' });

      // Assess
      expect(aboutSelf.speech).toMatch(/something you did, Sam.*what did Alex do/);
      expect(corrected.speech).toMatch(/saved as today's appreciation/);
      const stored = await load(sam);
      expect(stored.week.appreciations).toEqual([
        expect.objectContaining({ author: 'p2', about: 'p1', text: 'Alex made the bed' }),
      ]);
    });

    it('keeps an appreciation written while asking who said it, and offers it back after a dropped session', async () => {
      const echo = await setUpHousehold(harness);

      const who = await echo.intent('AppreciationIntent', { appreciation: 'Sam folded all the laundry' });
      const kept = (await load(echo)).week.pending;
      await echo.endSession();
      const offered = await echo.launch();
      const filed = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

      expect(who.speech).toMatch(/Is this Alex or Sam\?/);
      expect(kept).toMatchObject({ kind: 'appreciation', text: 'Sam folded all the laundry' });
      expect(offered.speech).toMatch(
        /an appreciation was started and I kept it: Sam folded all the laundry\. Who said it, Alex or Sam\?/,
      );
      expect(filed.speech).toMatch(/saved as today's appreciation/);
      const stored = await load(echo);
      expect(stored.week.pending).toBeUndefined();
      expect(stored.week.appreciations).toEqual([
        expect.objectContaining({ author: 'p1', about: 'p2', text: 'Sam folded all the laundry' }),
      ]);
    });

    it('keeps only a stored-length part of a very long appreciation while asking who said it', async () => {
      const echo = await setUpHousehold(harness);
      const long = `Sam is lovely ${'and so kind to me '.repeat(1500)}`;

      const who = await echo.intent('AppreciationIntent', { appreciation: long });
      const asked = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

      expect(who.speech).toMatch(/Is this Alex or Sam\?/);
      expect(Buffer.byteLength(JSON.stringify(who.reply))).toBeLessThan(24 * 1024);
      expect(JSON.stringify(who.reply.sessionAttributes).length).toBeLessThan(2_000);
      expect(asked.speech).toMatch(/Sam/);
      expect(asked.ended).toBe(false);
    });

    it('asks for the names when the waiting appreciation was deleted with everything from the other Echo', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('AppreciationIntent', { appreciation: 'Sam folded all the laundry' });
      await echo.endSession();
      const offered = await echo.launch();
      await harness.store.deleteHousehold(householdIdFor(echo.userId));

      const filed = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

      expect(offered.speech).toMatch(/Who said it, Alex or Sam\?/);
      expect(filed.speech).toMatch(/Before that, I need to know who you both are\./);
      expect(filed.ended).toBe(false);
    });

    it('stops on crisis language and keeps nothing of it', async () => {
      const echo = await setUpHousehold(harness);
      await echo.launch();
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      const crisis = await echo.intent('AppreciationIntent', {
        appreciation: 'that he hit me and then said sorry',
      });
      expect(crisis.speech).toMatch(/988|911|emergency/i);
      expect(JSON.stringify(await load(echo))).not.toContain('hit me');
    });
  });

  describe('one good thing', () => {
    it('suggests a small ritual, offers another on no, plans it on yes, and records it when done', async () => {
      const echo = await setUpHousehold(harness);
      const first = await echo.intent('SuggestGoodThingIntent');
      const another = await echo.intent('AMAZON.NoIntent');
      const yes = await echo.intent('AMAZON.YesIntent');
      const done = await echo.intent('GoodThingDoneIntent', {});
      const walk = await echo.intent('GoodThingDoneIntent', { goodThing: 'a long walk by the river' });

      expect(first.speech).toMatch(
        /Here's one small good thing: .+ Want to make that your good thing this week\?/,
      );
      expect(another.speech).toMatch(/Another idea:/);
      expect(another.speech).not.toBe(first.speech);
      expect(yes.speech).toMatch(/we protected our good thing/);
      expect(done.speech).toMatch(/protected something good this week/);
      expect(walk.speech).toMatch(/protected something good this week: a long walk by the river\./);
      const stored = await load(echo);
      expect(stored.week.plannedRitual).toBeDefined();
      expect(stored.week.goodThings).toEqual([
        expect.objectContaining({ ritual: stored.week.plannedRitual }),
        expect.objectContaining({ ritual: 'walk', text: 'a long walk by the river' }),
      ]);
    });

    it('keeps the couple’s own words for a good thing, in the recap and the therapy summary', async () => {
      const alexsVoice = harness.device({ personId: 'amzn1.ask.person.ALEX' });
      await setUpHousehold(harness, ['Alex', 'Sam'], alexsVoice);
      await alexsVoice.launch();
      await alexsVoice.intent('IdentifySpeakerIntent', { name: 'Alex' });

      const saved = await alexsVoice.intent('GoodThingDoneIntent', {
        goodThing: 'a movie after dinner & popcorn',
      });
      const summary = await alexsVoice.intent('ReadyForTherapyIntent');

      expect(saved.speech).toMatch(/this week: a movie after dinner & popcorn\./);
      expect(JSON.stringify(saved.reply)).toContain('a movie after dinner &amp; popcorn');
      expect(summary.speech).toMatch(/We protected something good: a movie after dinner & popcorn\./);
      for (const said of [saved, summary]) expect(said.speech).not.toMatch(/problem-solving|a meal/);
      expect((await load(alexsVoice)).week.goodThings).toEqual([
        expect.objectContaining({ ritual: 'meal', text: 'a movie after dinner & popcorn' }),
      ]);
    });
  });
  describe('ready for therapy', () => {
    async function preparedWeek() {
      const alexsVoice = harness.device({ personId: 'amzn1.ask.person.ALEX' });
      await setUpHousehold(harness, ['Alex', 'Sam'], alexsVoice);
      await alexsVoice.launch();
      await alexsVoice.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await alexsVoice.intent('SetFocusIntent', { theme: PURSUE });
      await alexsVoice.intent('AppreciationIntent', { appreciation: 'Sam made coffee this morning' });
      alexsVoice.close();
      await happened(alexsVoice, { kind: 'checkin-completed', minutes: 10 });
      await note(alexsVoice, 'p1', true, ['at dinner when the phone rang', 'lonely']);
      await note(alexsVoice, 'p1', false, ['ALEX-PRIVATE I felt unseen']);
      await note(alexsVoice, 'p2', false, ['SAM-PRIVATE I went quiet']);
      await note(alexsVoice, 'p2', false, ['SAM-PRETHERAPY mornings got better'], 'pretherapy');
      return alexsVoice;
    }

    it("gives a recognized speaker the week with their own private notes, never the other's", async () => {
      const alexsVoice = await preparedWeek();
      const readsBefore = harness.store.meter.reads;

      const summary = await alexsVoice.intent('ReadyForTherapyIntent');
      const reads = harness.store.meter.reads - readsBefore;

      expect(summary.speech).toMatch(/Here's our week/);
      expect(summary.speech).toMatch(/pursue-withdraw loop/);
      expect(summary.speech).toMatch(/one check-in/);
      expect(summary.speech).toMatch(/one appreciation/);
      expect(summary.speech).toMatch(
        /A shared pattern note from Alex\. The moment you noticed the pattern: at dinner when the phone rang\. What you felt: lonely\./,
      );
      expect(summary.speech).not.toMatch(/What I |noticed our pattern/);
      expect(summary.speech).toMatch(/Now your own private notes, Alex\..*ALEX-PRIVATE I felt unseen/);
      expect(summary.speech).not.toMatch(/SAM-PRIVATE|SAM-PRETHERAPY/);
      expect(summary.speech).not.toMatch(/anyone in the room/);
      neutral(summary);
      expect(reads).toBe(2); // the household item and one query of this week's notes
    });

    it('without voice recognition, asks who it is and warns before anything personal; no means shared notes alone', async () => {
      const alexsVoice = await preparedWeek();
      const kitchen = harness.device({ userId: alexsVoice.userId });

      const who = await kitchen.intent('ReadyForTherapyIntent');
      const gate = await kitchen.intent('IdentifySpeakerIntent', { name: 'Sam' });
      const summary = await kitchen.intent('AMAZON.NoIntent');

      expect(who.speech).toMatch(/Is this Alex or Sam\?/);
      expect(gate.speech).toMatch(/anyone in the room may hear them\. Shall I include them\?/);
      expect(gate.speech).not.toMatch(/PRIVATE|PRETHERAPY|at dinner/);
      // Sam hears Alex's shared note in the third person, with Alex's name.
      expect(summary.speech).toMatch(
        /A shared pattern note from Alex\. The moment Alex noticed the pattern: at dinner when the phone rang\. What Alex felt: lonely\./,
      );
      expect(summary.speech).not.toMatch(/What I |What you felt/);
      expect(summary.speech).not.toMatch(/PRIVATE|PRETHERAPY/);
      neutral(summary);
    });

    it("with a yes after the warning, includes the speaker's own private notes and pre-therapy note", async () => {
      const alexsVoice = await preparedWeek();
      const kitchen = harness.device({ userId: alexsVoice.userId });
      await kitchen.intent('ReadyForTherapyIntent');
      await kitchen.intent('IdentifySpeakerIntent', { name: 'Sam' });

      const summary = await kitchen.intent('AMAZON.YesIntent');

      expect(summary.speech).toMatch(/SAM-PRIVATE I went quiet/);
      expect(summary.speech).toMatch(
        /Your pre-therapy note\. What got better: SAM-PRETHERAPY mornings got better/,
      );
      expect(summary.speech).not.toMatch(/ALEX-PRIVATE/);
    });

    it('asks for the names, without crashing, when everything was deleted from the other Echo mid-dialog', async () => {
      const kitchen = await setUpHousehold(harness);
      await kitchen.intent('ReadyForTherapyIntent');
      const gate = await kitchen.intent('IdentifySpeakerIntent', { name: 'Sam' });
      await harness.store.deleteHousehold(householdIdFor(kitchen.userId));

      const answer = await kitchen.intent('AMAZON.YesIntent');

      expect(gate.speech).toMatch(/Shall I include them\?/);
      expect(answer.speech).toMatch(
        /Before that, I need to know who you both are\..*who are the two of you\?/,
      );
      expect(answer.ended).toBe(false);
    });

    it('keeps each part under a minute of speech and continues with "tell me more" until the end', async () => {
      const alexsVoice = await preparedWeek();
      const long =
        'we kept going around the same loop about the dishes and the schedule and who noticed first';
      for (let i = 0; i < 4; i++)
        await note(alexsVoice, 'p2', true, [`${long} ${i}`, long, long, long, long]);

      const parts: TurnResult[] = [await alexsVoice.intent('ReadyForTherapyIntent')];
      while (!parts[parts.length - 1]!.speech.includes("That's the week") && parts.length < 20) {
        parts.push(await alexsVoice.intent('TellMeMoreIntent'));
      }
      const after = await alexsVoice.intent('TellMeMoreIntent');

      expect(parts.length).toBeGreaterThan(2);
      for (const part of parts) {
        const words = part.speech.replace(/There's more\. Say tell me more to keep going\./, '').split(/\s+/);
        expect(words.length).toBeLessThanOrEqual(150);
      }
      const all = parts.map((p) => p.speech).join(' ');
      for (let i = 0; i < 4; i++) expect(all).toContain(`${long} ${i}`);
      expect(all).toContain('ALEX-PRIVATE');
      expect(all).not.toContain('SAM-PRIVATE');
      neutral(...parts);
      expect(after.speech).toMatch(/That was everything/);
    });

    it('on a quiet week says so without blame', async () => {
      const echo = await setUpHousehold(harness);
      await echo.launch();
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      const gate = await echo.intent('ReadyForTherapyIntent');
      const summary = await echo.intent('AMAZON.YesIntent');
      expect(gate.speech).toMatch(/anyone in the room/);
      expect(summary.speech).toMatch(/We went without a named focus this week\./);
      expect(summary.speech).toMatch(/isn't much written down this week, and that's fine/);
      neutral(summary);
    });
  });
});
