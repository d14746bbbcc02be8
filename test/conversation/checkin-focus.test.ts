import { householdIdFor } from '../../lambda/domain/ids';
import { questionById } from '../../lambda/domain/checkin/questions';
import type { Device, TurnResult } from '../../tools/device';
import { questionText } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

const DAY = 86_400_000;
const REPAIR = { value: 'repair', id: 'repair_after_irritation' };

/**
 * The check-in leans its questions toward THIS week's focus only. The household keeps the last
 * focus it was given until a new week's first write, so a focus from weeks ago is still stored
 * when a check-in starts; it must not steer the questions.
 */
describe('the check-in and the week focus', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
    // Chance always says "lean" and "the first one": with a focus, its first unused question;
    // without one, the bank's first unused question (pursue-withdraw, not repair).
    harness.setRandom(() => 0);
  });
  afterEach(async () => {
    await harness?.close();
  });

  async function active(device: Device) {
    return (await harness.store.loadHousehold(householdIdFor(device.userId)))!.checkin.active!;
  }

  async function metered(run: () => Promise<TurnResult>) {
    const before = harness.store.meter.reads;
    const result = await run();
    return { result, reads: harness.store.meter.reads - before };
  }

  /** "Start our check-in", "yes", "another question": the themes asked, and the reads per turn. */
  async function checkinThemes(echo: Device) {
    const asked = await metered(() => echo.intent('StartCheckinIntent'));
    const started = await metered(() => echo.intent('AMAZON.YesIntent'));
    const first = await active(echo);
    const another = await metered(() => echo.intent('AnotherQuestionIntent'));
    const replaced = await active(echo);
    await echo.intent('EndCheckinIntent');
    echo.close();
    const asking = first.turns.map((t) => t.questionId);
    return {
      started: started.result,
      another: another.result,
      asking,
      anotherId: replaced.turns[0]!.questionId,
      themes: [...asking, replaced.turns[0]!.questionId].map((id) => questionById(id)!.theme),
      reads: [asked.reads, started.reads, another.reads],
    };
  }

  it('does not lean on a focus chosen last month, and leans on one chosen this week', async () => {
    // Prepare: last month, the couple chose "repairing after irritation" as their focus.
    const echo = await setUpHousehold(harness);
    const chosen = await echo.intent('SetFocusIntent', { theme: REPAIR });
    echo.close();
    expect(chosen.speech).toMatch(/repair/i);
    harness.clock.advance(30 * DAY);

    // Act: a check-in this week, before anything else was said this week.
    const stale = await checkinThemes(echo);

    // Assess: last month's focus is still stored, but no question leans on it.
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.week.focus?.theme).toBe('repair_after_irritation');
    expect(stale.themes).not.toContain('repair');
    expect(stale.started.speech).toContain(questionText(stale.asking[0]!));
    expect(stale.another.speech).toContain(questionText(stale.anotherId));
    expect(stale.reads).toEqual([1, 1, 1]);

    // Act: this week they choose the same focus again, then check in.
    await echo.intent('SetFocusIntent', { theme: REPAIR });
    echo.close();
    const current = await checkinThemes(echo);

    // Assess: now every question leans on it, still one read per turn.
    expect(current.themes).toEqual(['repair', 'repair', 'repair']);
    expect(current.started.speech).toContain(questionText(current.asking[0]!));
    expect(current.reads).toEqual([1, 1, 1]);
  });

  it('leans on a focus kept in our own words only in the week it was chosen', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('SetFocusIntent', { focusText: 'repairing sooner after we snap at each other' });
    echo.close();

    const sameWeek = await checkinThemes(echo);
    harness.clock.advance(14 * DAY);
    const later = await checkinThemes(echo);

    expect(sameWeek.themes).toEqual(['repair', 'repair', 'repair']);
    expect(later.themes).not.toContain('repair');
  });
});
