import { householdIdFor } from '../../lambda/domain/ids';
import { noteRecordSchema } from '../../lambda/domain/notes/record';
import type { Device } from '../../tools/device';
import { FlakyProxy } from '../support/flaky-proxy';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * Nothing dictated is lost when the database fails: the skill's DynamoDB traffic goes through a
 * proxy the test switches off and on; the test's own reads go to DynamoDB Local directly.
 */

describe('a note survives a database fault', () => {
  let proxy: FlakyProxy;
  let harness: Harness;
  let echo: Device;

  beforeEach(async () => {
    proxy = await FlakyProxy.start(process.env.DYNAMO_TEST_ENDPOINT!);
    harness = await createHarness({ endpoint: proxy.endpoint, requestTimeoutMs: 1000, maxAttempts: 1 });
    echo = await setUpHousehold(harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: 'at the school gate' });
  });
  afterEach(async () => {
    await harness.close();
    await proxy.stop();
  });

  async function stored() {
    return (await harness.store.loadHousehold(householdIdFor(echo.userId)))!.notes.drafts.p1;
  }

  it('holds a part whose save failed, says so, and saves it on the next turn', async () => {
    // Act
    await proxy.down();
    const failed = await echo.intent('NotePartIntent', { text: 'embarrassed & small' });
    await proxy.pass();
    const next = await echo.intent('NotePartIntent', { text: 'I held his hand' });

    // Assess
    expect(failed.speech).toMatch(
      /I couldn't save that just now; I'm holding on to it and will save it as soon as I can\. What did you try\?/,
    );
    expect(failed.ended).toBe(false);
    expect(JSON.stringify(echo.history.at(-2)!.reply.sessionAttributes)).toContain('embarrassed');
    expect(next.speech).toMatch(/The part I was holding on to is saved now\. Where did you get stuck\?/);
    expect((await stored())?.answers).toEqual({
      moment: 'at the school gate',
      felt: 'embarrassed & small',
      tried: 'I held his hand',
    });
    expect(harness.metrics).toContain('NotePartHeld');
    expect(JSON.stringify(harness.logs)).not.toMatch(/embarrassed|school gate/);
  });

  it('after a held part, "go back" puts the new answer into the part asked again', async () => {
    await proxy.down();
    await echo.intent('NotePartIntent', { text: 'embarrassed' });
    await proxy.pass();

    const back = await echo.intent('NoteBackIntent');
    const redo = await echo.intent('NotePartIntent', { text: 'ashamed' });

    expect(back.speech).toMatch(/What did you feel\?/);
    expect(redo.speech).toMatch(/What did you try\?/);
    expect((await stored())?.answers).toEqual({ moment: 'at the school gate', felt: 'ashamed' });
  });

  it('saves a held part when the session ends, once the database is back', async () => {
    await proxy.down();
    await echo.intent('NotePartIntent', { text: 'invisible' });
    await proxy.pass();

    await echo.endSession('EXCEEDED_MAX_REPROMPTS');

    expect((await stored())?.answers).toEqual({ moment: 'at the school gate', felt: 'invisible' });
  });

  it('on stop with a part still unsaved, offers to try again rather than dropping it', async () => {
    await proxy.down();
    await echo.intent('NotePartIntent', { text: 'tense' });

    const stop = await echo.intent('AMAZON.StopIntent');
    await proxy.pass();
    const retry = await echo.intent('AMAZON.YesIntent');

    expect(stop.speech).toMatch(/still couldn't save your last answer.*try saving it again\?/);
    expect(stop.ended).toBe(false);
    expect(retry.speech).toMatch(/saved now.*pick up where you left off/);
    expect(retry.ended).toBe(true);
    expect((await stored())?.answers.felt).toBe('tense');
  });

  it('holds the whole note when the final save fails, and saves it when asked again', async () => {
    for (const text of ['anxious', 'I named the pattern', 'at bedtime'])
      await echo.intent('NotePartIntent', { text });
    await proxy.down();
    const failed = await echo.intent('NotePartIntent', { text: 'staying calm when voices rise' });
    await proxy.pass();
    const saved = await echo.intent('NoteFinishIntent');

    expect(failed.speech).toMatch(/couldn't save your note just now; I'm holding on to it/);
    expect(saved.speech).toMatch(/Here's your note\..*It's saved/);
    const notes = await harness.store.queryRecords(
      householdIdFor(echo.userId),
      'NOTE',
      [],
      noteRecordSchema,
      harness.clock.now(),
    );
    expect(notes.map((n) => n.data.parts.length)).toEqual([5]);
    expect(notes[0]!.data.parts[4]!.text).toBe('staying calm when voices rise');
    expect(await stored()).toBeUndefined();
  });

  it('keeps the open note going when the database fails as another kind of note is asked for', async () => {
    // Act: "quick note" mid-way, while the database is down; then the next answer, with it back.
    await proxy.down();
    const quick = await echo.intent('QuickNoteIntent');
    const during = await echo.intent('NotePartIntent', { text: 'tight in the chest' });
    await proxy.pass();
    const after = await echo.intent('NotePartIntent', { text: 'I asked for a minute' });

    // Assess
    expect(quick.speech).toMatch(/Nothing you've said has been thrown away/);
    expect(quick.ended).toBe(false);
    expect(during.speech).toMatch(/holding on to it.*What did you try\?/);
    expect(after.speech).toMatch(/The part I was holding on to is saved now\. Where did you get stuck\?/);
    expect((await stored())?.answers).toEqual({
      moment: 'at the school gate',
      felt: 'tight in the chest',
      tried: 'I asked for a minute',
    });
  });
});
