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
});
