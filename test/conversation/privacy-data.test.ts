import { z } from 'zod';
import { householdIdFor } from '../../lambda/domain/ids';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { modelIntents, quickNote, storedNotesOf, withNotes } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * Your data, your call: deleting your own notes, deleting the whole household, the
 * SKILL_DISABLED event, retention the couple can hear and change, and what the first run says.
 */

const DAY = 86_400;

describe('your data, your call', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    it('says on the first run what is kept, for how long, about voice history, and that it supports therapy', async () => {
      const echo = harness.device({ locale });

      const first = await echo.launch();

      expect(first.speech).toMatch(/kept/);
      expect(first.speech).toMatch(/for a year/);
      expect(first.speech).toMatch(/delete it/);
      expect(first.speech).toMatch(/Alexa's own voice history/);
      expect(first.speech).toMatch(/support your therapy/);
      expect(first.speech).toMatch(/not a therapist|don't replace/);
    });

    it('"delete everything about us" asks first, then leaves no item of the household in the table', async () => {
      // Prepare: a household with records of every kind, one of them already expired.
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
      const id = householdIdFor(echo.userId);
      const now = Math.floor(harness.clock.now().getTime() / 1000);
      await harness.store.putRecord(id, {
        sk: 'CHECKIN#2026-11-17T19:00:00.000Z#c1',
        kind: 'CHECKIN',
        data: { minutes: 10 },
        expiresAt: now + 365 * DAY,
      });
      await harness.store.putRecord(id, {
        sk: 'WEEK#2026-11-02',
        kind: 'WEEK',
        data: { weekStart: '2026-11-02' },
        expiresAt: now + 365 * DAY,
      });
      await harness.store.putRecord(id, {
        sk: 'NOTE#2025-01-06#2025-01-07T08:00:00.000Z#old',
        kind: 'NOTE',
        data: { author: 'p1' },
        expiresAt: now - DAY, // expired, but TTL has not removed it yet
      });
      await echo.launch();

      // Act
      const asked = await echo.intent('DeleteEverythingIntent');
      const keysAfterAsking = await harness.store.listKeys(id);
      const done = await echo.intent('AMAZON.YesIntent');

      // Assess
      expect(asked.speech).toMatch(/permanently deletes everything.*Are you sure\?$/);
      expect(asked.ended).toBe(false);
      expect(keysAfterAsking).toHaveLength(4);
      expect(done.speech).toMatch(
        /I've deleted everything about you both: one note, one check-in, one weekly summary and your names and settings\./,
      );
      expect(done.ended).toBe(true);
      expect(done.card).toBeUndefined();
      expect(await harness.store.listKeys(id)).toEqual([]);
      // Next time, the skill starts fresh.
      const again = await echo.launch();
      expect(again.speech).toMatch(/who are the two of you/);
    });

    it('"no" to deleting everything keeps everything', async () => {
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
      await echo.launch();

      await echo.intent('DeleteEverythingIntent');
      const no = await echo.intent('AMAZON.NoIntent');

      expect(no.speech).toMatch(/haven't deleted anything/);
      expect(no.ended).toBe(false);
      expect(await harness.store.listKeys(householdIdFor(echo.userId))).toEqual(['HOUSEHOLD']);
    });

    it('deletes the whole household when the skill is disabled and Alexa will not keep the data', async () => {
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
      const id = householdIdFor(echo.userId);
      await harness.store.putRecord(id, { sk: 'WEEK#2026-11-02', kind: 'WEEK', data: {} });

      const reply = await echo.event('AlexaSkillEvent.SkillDisabled', {
        body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
      });

      expect(reply.reply.response?.outputSpeech).toBeUndefined();
      expect(await harness.store.listKeys(id)).toEqual([]);
      expect(harness.metrics).toContain('HouseholdDeletedOnDisable');
    });

    it('keeps the household when the skill is disabled but Alexa keeps the data (PERSISTED)', async () => {
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));

      await echo.event('AlexaSkillEvent.SkillDisabled', {
        body: { userInformationPersistenceStatus: 'PERSISTED' },
      });

      expect(await harness.store.listKeys(householdIdFor(echo.userId))).toEqual(['HOUSEHOLD']);
      expect(harness.metrics).not.toContain('HouseholdDeletedOnDisable');
      expect(harness.metrics).not.toContain('HandlerError');
    });

    it('tells how long things are kept, changes it by voice, and says it applies from now on', async () => {
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
      await echo.launch();

      const before = await echo.intent('RetentionQueryIntent');
      const set = await echo.intent('SetRetentionIntent', { duration: 'P3M' });
      const after = await echo.intent('RetentionQueryIntent');
      const privacy = await echo.intent('PrivacyInfoIntent');

      expect(before.speech).toMatch(/for one year after it's saved/);
      expect(set.speech).toMatch(/From now on, what you save is kept for three months\./);
      expect(set.speech).toMatch(/already saved keep their earlier date/);
      expect(after.speech).toMatch(/for three months after it's saved/);
      expect(privacy.speech).toMatch(/for three months unless you change it/);
      expect(privacy.speech).toMatch(/voice history/);
      const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
      expect(stored!.settings.retentionDays).toBe(90);
    });
  });

  (modelIntents.has('StartCheckinIntent') && modelIntents.has('SetCheckinRemindersIntent') ? it : it.skip)(
    '"delete everything" also cancels the check-in timer and reminders it set in Alexa',
    async () => {
      // Prepare: weekly reminders, and a check-in running on an Alexa timer.
      const echo = await setUpHousehold(harness);
      await echo.intent('SetCheckinRemindersIntent', { dayOne: 'tuesdays', dayTwo: 'Friday', time: '20:00' });
      echo.close();
      await echo.intent('StartCheckinIntent');
      await echo.intent('AMAZON.YesIntent');
      const running = { timers: harness.standIn.timers.size, reminders: harness.standIn.reminders.size };
      echo.close();

      // Act
      await echo.intent('DeleteEverythingIntent');
      await echo.intent('AMAZON.YesIntent');

      // Assess
      expect(running.timers).toBeGreaterThan(0);
      expect(running.reminders).toBeGreaterThan(0);
      expect(harness.standIn.timers.size).toBe(0);
      expect(harness.standIn.reminders.size).toBe(0);
      expect(await harness.store.listKeys(householdIdFor(echo.userId))).toEqual([]);
    },
  );

  it('understands a number and a unit, refuses what it cannot keep, and asks when it heard no length', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();
    const id = householdIdFor(echo.userId);

    const twoYears = await echo.intent('SetRetentionIntent', {
      count: '2',
      unit: { value: 'years', id: 'Y' },
    });
    const stored = (await harness.store.loadHousehold(id))!.settings.retentionDays;
    const oneDay = await echo.intent('SetRetentionIntent', { duration: 'P1D' });
    const fiveHours = await echo.intent('SetRetentionIntent', { duration: 'PT5H' });
    const same = await echo.intent('SetRetentionIntent', { duration: 'P2Y' });

    expect(twoYears.speech).toMatch(/kept for two years/);
    expect(stored).toBe(730);
    expect(oneDay.speech).toMatch(/one week to ten years/);
    expect(oneDay.ended).toBe(false);
    expect(fiveHours.speech).toMatch(/How long should I keep your notes\?/);
    expect(same.speech).toMatch(/already how long I keep things: two years/);
    expect((await harness.store.loadHousehold(id))!.settings.retentionDays).toBe(730);
  });

  withNotes('stamps new notes with the changed retention, and a note past it is no longer read', async () => {
    // Prepare
    const echo = await setUpHousehold(harness);
    await echo.launch();
    await echo.intent('SetRetentionIntent', { duration: 'P1W' });
    echo.close();
    await quickNote(echo, 'Alex', ['we snapped over breakfast', 'rushed', 'I paused and breathed']);
    const [note] = await storedNotesOf(harness, echo);

    // Act: eight days later.
    harness.clock.advance(8 * DAY * 1000);
    const readable = await harness.store.queryRecords(
      householdIdFor(echo.userId),
      'NOTE',
      [],
      z.unknown(),
      harness.clock.now(),
    );
    await echo.launch();
    const read = modelIntents.has('ReadLastNoteIntent') ? await echo.intent('ReadLastNoteIntent') : undefined;

    // Assess
    const written = Date.parse((note!.data as { createdAt: string }).createdAt) / 1000;
    expect(note!.expiresAt).toBe(Math.floor(written) + 7 * DAY);
    expect(readable).toEqual([]);
    if (read) expect(read.speech).not.toMatch(/snapped over breakfast/);
  });

  withNotes('"delete my notes" removes only the speaker\'s notes and drafts, after a yes', async () => {
    // Prepare: Alex and Sam each save a note; Alex has one more half-done.
    const echo = await setUpHousehold(harness);
    await quickNote(echo, 'Alex', [
      'Alex words about the late train',
      'Alex felt tense',
      'Alex tried humour',
    ]);
    await quickNote(echo, 'Sam', ['Sam words about the garden', 'Sam felt calm', 'Sam tried listening']);
    await echo.intent('QuickNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'Alex draft about the phone bill' });
    echo.close();
    const id = householdIdFor(echo.userId);

    // Act
    await echo.launch();
    const ask = await echo.intent('DeleteMyNotesIntent');
    const confirm = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const done = await echo.intent('AMAZON.YesIntent');

    // Assess
    expect(ask.speech).toMatch(/Is this Alex or Sam\?/);
    expect(confirm.speech).toMatch(/Alex, this permanently deletes every note you've saved or started/);
    expect(confirm.speech).toMatch(/can't recognize voices here/);
    expect(done.speech).toMatch(/Your notes are deleted/);
    expect(done.speech).not.toMatch(/\b(one|two|three|\d+) notes?\b/);
    expect(done.ended).toBe(false);
    const remaining = await storedNotesOf(harness, echo);
    expect(remaining.map((n) => (n.data as { author: string }).author)).toEqual(['p2']);
    const household = JSON.stringify(await harness.store.loadHousehold(id));
    expect(household).not.toMatch(/phone bill/);
    expect(household).not.toMatch(/"author":"p1"/);
    expect(JSON.stringify(await storedNotesOf(harness, echo))).not.toMatch(/Alex words|Alex felt|Alex tried/);
  });

  withNotes(
    'a different voice later in the same session is asked who it is, not read the first speaker’s note',
    async () => {
      // Prepare: Alex's voice names Alex and dictates a quick note; the session stays open.
      const echo = await setUpHousehold(
        harness,
        ['Alex', 'Sam'],
        harness.device({ personId: 'amzn1.ask.person.ALEX' }),
      );
      await echo.launch();
      await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
      await echo.intent('QuickNoteIntent');
      for (const text of ['Sam walked off', 'hurt', 'let it go'])
        await echo.intent('NotePartIntent', { text });

      // Act: another voice, one Alexa knows but the skill has never linked, in the same session.
      echo.personId = 'amzn1.ask.person.SAM';
      const asked = await echo.intent('ReadLastNoteIntent');

      // Assess: asked who is speaking; nothing of Alex's note is said.
      expect(asked.speech).toMatch(/Alex or Sam/);
      expect(asked.speech).not.toMatch(/walked off/);
    },
  );

  withNotes('"no" to deleting my notes keeps them', async () => {
    const echo = await setUpHousehold(
      harness,
      ['Alex', 'Sam'],
      harness.device({ personId: 'amzn1.ask.person.ALEX' }),
    );
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    echo.close();
    await quickNote(echo, 'Alex', ['one', 'two', 'three']);

    await echo.launch();
    const ask = await echo.intent('DeleteMyNotesIntent');
    const no = await echo.intent('AMAZON.NoIntent');

    expect(ask.speech).not.toMatch(/can't recognize voices/);
    expect(no.speech).toMatch(/haven't deleted anything/);
    expect(await storedNotesOf(harness, echo)).toHaveLength(1);
  });
});
