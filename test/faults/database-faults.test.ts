import { householdIdFor } from '../../lambda/domain/ids';
import { isSetUp } from '../../lambda/domain/household';
import type { Device } from '../../tools/device';
import { setUpHousehold } from '../support/harness';
import { ANSWER_WITHIN_MS, faultRig, slowTurns, KIND, PRODUCTION, TECHNICAL, type FaultRig } from './support';

/**
 * Faults injected against the real DynamoDB Local, with the deployed client settings: the
 * database stopped in the middle of a dictation, a database that accepts connections and never
 * answers, and throttling. Each time the skill answers within three seconds with a plain, kind
 * message, keeps what was said, and saves it once the database is back; the test then reads the
 * table directly and finds every word.
 */

type Fault = { name: string; inject: (rig: FaultRig) => Promise<void> };

const FAULTS: Fault[] = [
  { name: 'the database stopped', inject: (rig) => rig.proxy.down() },
  { name: 'a database that never answers', inject: (rig) => rig.proxy.hang() },
  {
    name: 'throttling (ProvisionedThroughputExceededException)',
    // Enough to outlast every attempt of every call in the faulty turns.
    inject: (rig) => rig.proxy.throttle(1_000, 'ProvisionedThroughputExceededException'),
  },
  {
    name: 'throttling (ThrottlingException)',
    inject: (rig) => rig.proxy.throttle(1_000, 'ThrottlingException'),
  },
];

const PARTS = [
  'at the school gate, when I was late again',
  'embarrassed & small, like a kid',
  'I said "we\'ll talk later" and walked off',
  'when he went quiet I chased him <for> an answer',
  'how to pause before I pursue 😀',
];

/** Every word of every part, as the table must hold them. */
function words(texts: string[]): string[] {
  return texts.flatMap((t) => t.split(/\s+/)).filter(Boolean);
}

async function storedText(rig: FaultRig, echo: Device): Promise<string> {
  // Straight from the table: the household item (drafts) and every record.
  const id = householdIdFor(echo.userId);
  const household = await rig.harness.store.loadHousehold(id);
  const records = await rig.harness.store.queryRecords(
    id,
    'NOTE',
    [],
    { safeParse: (v: unknown) => ({ success: true, data: v }) } as never,
    rig.harness.clock.now(),
  );
  return JSON.stringify(household) + JSON.stringify(records);
}

describe.each(FAULTS)('with $name', (fault) => {
  let rig: FaultRig;
  beforeEach(async () => {
    rig = await faultRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  it('a dictated note loses nothing: parts said during the fault are kept and saved once it is back', async () => {
    // Prepare: a couple set up, Alex dictating a pattern note, the first part saved.
    const echo = await setUpHousehold(rig.harness);
    await echo.intent('StartPatternNoteIntent');
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    await echo.intent('NotePartIntent', { text: PARTS[0] });

    // Act: the fault strikes in the middle of the dictation; two parts are said during it.
    await fault.inject(rig);
    const during = [
      await rig.timed('part 2 (fault)', () => echo.intent('NotePartIntent', { text: PARTS[1] })),
      await rig.timed('part 3 (fault)', () => echo.intent('NotePartIntent', { text: PARTS[2] })),
    ];
    await rig.proxy.pass();
    const after = [
      await rig.timed('part 4', () => echo.intent('NotePartIntent', { text: PARTS[3] })),
      await rig.timed('part 5', () => echo.intent('NotePartIntent', { text: PARTS[4] })),
    ];
    if (!echo.inSession || !/saved/i.test(after[1]!.speech)) await echo.intent('NoteFinishIntent');

    // Assess: answered in time, kindly, plainly, the session kept open, and every word stored.
    for (const turn of during) {
      expect(turn.speech).toMatch(KIND);
      expect(turn.speech).not.toMatch(TECHNICAL);
      expect(turn.ended).toBe(false);
    }
    expect(JSON.stringify(echo.history.at(-1)!.reply)).not.toMatch(TECHNICAL);
    expect(slowTurns(rig)).toEqual([]);
    const stored = await storedText(rig, echo);
    for (const word of words(PARTS)) expect(stored).toContain(JSON.stringify(word).slice(1, -1));
  }, 60_000);

  it('first-run setup: names said during the fault get a kind answer, and are stored when said again', async () => {
    const echo = rig.harness.device();
    await echo.launch();

    await fault.inject(rig);
    const failed = await rig.timed('names (fault)', () =>
      echo.intent('SetupNamesIntent', { firstName: 'Alex', secondName: 'Sam' }),
    );
    await rig.proxy.pass();
    const again = await rig.timed('names again', () =>
      echo.intent('SetupNamesIntent', { firstName: 'Alex', secondName: 'Sam' }),
    );

    expect(failed.speech).toMatch(KIND);
    expect(failed.speech).not.toMatch(TECHNICAL);
    expect(failed.ended).toBe(false);
    expect(again.speech).toContain('Alex and Sam');
    const stored = await rig.harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(isSetUp(stored)).toBe(true);
    expect(stored!.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(slowTurns(rig)).toEqual([]);
  }, 60_000);

  it('opening the skill during the fault gets a kind answer in time, and works once it is back', async () => {
    const echo = await setUpHousehold(rig.harness);

    await fault.inject(rig);
    const failed = await rig.timed('launch (fault)', () => echo.launch());
    echo.close();
    await rig.proxy.pass();
    const fine = await rig.timed('launch', () => echo.launch());

    expect(failed.speech).toMatch(KIND);
    expect(failed.speech).not.toMatch(TECHNICAL);
    expect(fine.speech).toMatch(/^Hi Alex and Sam/);
    expect(slowTurns(rig)).toEqual([]);
  }, 60_000);
});

describe('the deployed client settings', () => {
  it('leave room for an answer within three seconds even when every attempt times out', () => {
    // Two attempts of the request timeout, plus the SDK's retry back-off (at most ~1 s after a
    // throttle, ~200 ms after a timeout), must fit in the bound with room for the turn itself.
    expect(PRODUCTION.maxAttempts * PRODUCTION.requestTimeoutMs).toBeLessThanOrEqual(ANSWER_WITHIN_MS - 600);
  });
});

describe('words said while the database is down, outside a note', () => {
  let rig: FaultRig;
  beforeEach(async () => {
    rig = await faultRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  it('an appreciation and a focus said during the fault are held, offered again, and saved once it is back', async () => {
    // Prepare
    const echo = await setUpHousehold(rig.harness);
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

    // Act: the database goes away while they talk, and comes back.
    await rig.proxy.down();
    const appreciation = await echo.intent('AppreciationIntent', {
      appreciation: 'Sam made coffee this morning',
    });
    const stillDown = await echo.intent('AMAZON.YesIntent');
    await rig.proxy.pass();
    const saved = await echo.intent('AMAZON.YesIntent');
    await rig.proxy.down();
    const focus = await echo.intent('SetFocusIntent', { focusText: 'slowing down' });
    await rig.proxy.pass();
    await echo.intent('AMAZON.YesIntent');
    echo.close();

    // Assess
    expect(appreciation.speech).toMatch(/isn't saved yet.*holding on to what you said.*try again/);
    expect(appreciation.ended).toBe(false);
    expect(stillDown.speech).toMatch(/holding on to what you said/);
    expect(saved.speech).toMatch(/saved/);
    expect(focus.speech).toMatch(/holding on to what you said/);
    const stored = (await rig.harness.store.loadHousehold(householdIdFor(echo.userId)))!;
    expect(stored.week.appreciations.map((a) => a.text)).toEqual(['Sam made coffee this morning']);
    expect((stored.week as { focus?: { text?: string } }).focus?.text).toBe('slowing down');
  }, 60_000);

  it('setup names said during the fault are kept and stored on "yes"', async () => {
    const echo = rig.harness.device();
    await echo.launch();

    await rig.proxy.down();
    const names = await echo.intent('SetupNamesIntent', { firstName: 'Alex', secondName: 'Sam' });
    await rig.proxy.pass();
    const retried = await echo.intent('AMAZON.YesIntent');

    expect(names.speech).toMatch(/holding on to what you said/);
    expect(retried.speech).toContain('Alex and Sam');
    const stored = await rig.harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
  }, 60_000);

  it('"no" lets the held words go, and says so', async () => {
    const echo = await setUpHousehold(rig.harness);
    await echo.launch();
    await rig.proxy.down();
    await echo.intent('SetRepairPhraseIntent', { phrase: 'can we start over' });
    await rig.proxy.pass();

    const declined = await echo.intent('AMAZON.NoIntent');

    expect(declined.speech).toMatch(/let that go/);
    expect(declined.ended).toBe(false);
  }, 60_000);
});
