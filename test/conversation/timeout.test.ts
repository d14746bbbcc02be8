import { z } from 'zod';
import { TIMEOUT_TASK_NAME, TIMERS_SCOPE } from '../../lambda/alexa/timers';
import { householdIdFor } from '../../lambda/domain/ids';
import type { TimeoutRecord } from '../../lambda/domain/timeout/machine';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { DEFAULT_SKILL_ID, type Device, type TurnResult } from '../../tools/device';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';
import { languageProblems } from '../unit/week-language-rules';

const MINUTE = 60_000;
const NEED_ONE = 'to feel that you were on my side';
const NEED_TWO = 'a moment to breathe before answering';

async function household(harness: Harness, device: Device) {
  return (await harness.store.loadHousehold(householdIdFor(device.userId)))!;
}

async function timeoutRecords(harness: Harness, device: Device) {
  const schema = z.custom<TimeoutRecord>((v) => typeof v === 'object' && v !== null);
  return harness.store.queryRecords(
    householdIdFor(device.userId),
    'TIMEOUT',
    [],
    schema,
    harness.clock.now(),
  );
}

/** Every item the household has, as stored, for checking nothing said was kept. */
async function everythingStored(harness: Harness, device: Device): Promise<string> {
  const h = await household(harness, device);
  const records = await harness.store.queryRecords(
    householdIdFor(device.userId),
    'TIMEOUT',
    [],
    z.unknown(),
    new Date(0),
  );
  const notes = await harness.store.queryRecords(
    householdIdFor(device.userId),
    'NOTE',
    [],
    z.unknown(),
    new Date(0),
  );
  return JSON.stringify({ h, records, notes });
}

async function metered(harness: Harness, run: () => Promise<TurnResult>) {
  const before = { ...harness.store.meter };
  const result = await run();
  return {
    result,
    reads: harness.store.meter.reads - before.reads,
    writes: harness.store.meter.writes - before.writes,
  };
}

function fireAfter(harness: Harness, ms: number) {
  harness.clock.advance(ms);
  return harness.standIn.fireDue();
}

function operationOf(harness: Harness) {
  const timer = [...harness.standIn.timers.values()][0]!;
  const behavior = timer.request.triggeringBehavior as {
    operation: {
      type: string;
      task: { name: string; version: string; input: Record<string, unknown> };
      textToConfirm: { text: string }[];
    };
    notificationConfig: { playAudible: boolean };
  };
  return { timer, ...behavior };
}

/** Words the time-out must never say: no blame, no "calm down", no tallies. */
function calmAndNeutral(text: string): string[] {
  return [...languageProblems(text), ...(/calm down/i.test(text) ? ['"calm down"'] : [])];
}

describe('"we need a time-out", as a couple would use it', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.close();
  });

  describe('with timers allowed', () => {
    beforeEach(async () => {
      harness = await createHarness();
    });

    it('holds a 20 minute break on a real timer, comes back with the repair phrase, restarts gently and offers a quick note', async () => {
      // Prepare: a couple with a repair phrase.
      const echo = await setUpHousehold(harness);
      await echo.intent('SetRepairPhraseIntent', { phrase: 'can we start over' });
      echo.close();

      // Act: mid-argument, a one-shot; then yes.
      const asked = await metered(harness, () => echo.intent('TimeOutIntent'));
      const started = await metered(harness, () => echo.intent('AMAZON.YesIntent'));
      const { timer, operation, notificationConfig } = operationOf(harness);
      const during = await household(harness, echo);
      const fired = fireAfter(harness, 20 * MINUTE);
      const back = await metered(harness, () => echo.launchTask(fired[0]!.task));
      const first = await metered(harness, () => echo.intent('TimeOutNeedIntent', { need: NEED_ONE }));
      const second = await metered(harness, () => echo.intent('TimeOutNeedIntent', { need: NEED_TWO }));
      const note = await echo.intent('AMAZON.YesIntent');

      // Assess: the proposal is brief, calm and asks for one word.
      expect(asked.result.speech).toMatch(/Let's pause here/);
      expect(asked.result.speech).toMatch(/twenty minutes apart/);
      expect(asked.result.speech).toMatch(/Shall I start it\?$/);
      expect(asked.result.ended).toBe(false);
      // The break: guidance, and how the timer hands back to the skill.
      expect(started.result.speech).toMatch(/I've set a timer for 20 minutes/);
      expect(started.result.speech).toMatch(/separate rooms/);
      expect(started.result.speech).toMatch(/something soothing/);
      expect(started.result.speech).toMatch(/rather than going over it/);
      expect(started.result.speech).toMatch(
        /When the timer rings, say: Alexa, stop\. Then say yes when Alexa asks to continue with Between Us/,
      );
      expect(started.result.ended).toBe(true);
      // The timer: LAUNCH_TASK for our task, audible, nothing personal in its label.
      expect(timer.duration).toBe('PT20M');
      expect(timer.timerLabel).toBe('Between Us: break');
      expect(operation.type).toBe('LAUNCH_TASK');
      expect(operation.task).toEqual({
        name: `${DEFAULT_SKILL_ID}.${TIMEOUT_TASK_NAME}`,
        version: '1',
        input: { timeoutId: during.timeout.active!.id },
      });
      expect(operation.textToConfirm[0]!.text).toBe('The break is over. Shall we {continueWithSkillName}?');
      expect(notificationConfig.playAudible).toBe(true);
      expect(during.timeout.active).toMatchObject({ state: 'running', minutes: 20, timerId: timer.id });
      // Coming back: the phrase, the restart, the session open.
      expect(back.result.speech).toMatch(/^The break is over\. Welcome back\./);
      expect(back.result.speech).toMatch(/words we chose for moments like this: can we start over/);
      expect(back.result.speech).toMatch(/what did you need in that moment\?/);
      expect(back.result.ended).toBe(false);
      expect(back.result.directives.map((d) => d.type)).toContain('Tasks.CompleteTask');
      // One sentence each; the second is elicited as free text.
      expect(first.result.speech).toMatch(/And now the other of you/);
      expect(first.result.ended).toBe(false);
      expect(first.result.directives).toContainEqual(
        expect.objectContaining({ type: 'Dialog.ElicitSlot', slotToElicit: 'need' }),
      );
      expect(second.result.speech).toMatch(/Thank you both/);
      expect(second.result.speech).toMatch(/quick note about this for your therapist\?.*fine to leave it/);
      expect(second.result.ended).toBe(false);
      // Yes: the notes feature's own quick note begins (after asking who is writing).
      expect(note.speech).toMatch(/Is this Alex or Sam\?/);

      // What was kept: the household's time-out, as come back; none of the words.
      const stored = await household(harness, echo);
      expect(stored.timeout.active).toBeUndefined();
      const [record] = await timeoutRecords(harness, echo);
      expect(record!.sk).toMatch(/^TIMEOUT#2026-11-18T18:00:00.000Z#/);
      expect(record!.data).toMatchObject({ minutes: 20, cameBack: true, extended: false, selfTimed: false });
      expect(Object.keys(record!.data)).not.toContain('author');
      expect(stored.week.activity[0]).toMatchObject({ timeouts: 1, timeoutsCameBack: 1 });
      const all = await everythingStored(harness, echo);
      expect(all).not.toContain(NEED_ONE);
      expect(all).not.toContain(NEED_TWO);
      // Nor in the logs, with the repair phrase and the names: the relaunch included.
      const logged = JSON.stringify(harness.logs) + harness.metrics.join(' ');
      for (const secret of [NEED_ONE, NEED_TWO, 'start over', 'Alex', 'Sam', echo.userId]) {
        expect(logged).not.toContain(secret);
      }

      // No blame, no "calm down", anywhere in it.
      for (const step of [asked, started, back, first, second]) {
        expect(calmAndNeutral(step.result.speech)).toEqual([]);
        expect(step.reads).toBeLessThanOrEqual(1);
        expect(step.writes).toBeLessThanOrEqual(1);
      }
      expect(harness.standIn.timers.size).toBe(0);
    });

    it('takes another length between 10 and 30 minutes, and brings others into that range', async () => {
      const echo = await setUpHousehold(harness);

      await echo.intent('TimeOutIntent');
      const fifteen = await echo.intent('TimeOutLengthIntent', { minutes: '15' });
      const fifteenTimer = operationOf(harness).timer.duration;
      await echo.intent('TimeOutBackIntent');
      echo.close();
      const long = await echo.intent('TimeOutIntent', { length: 'PT1H' });
      const longTimer = operationOf(harness).timer.duration;
      await echo.intent('TimeOutBackIntent');
      echo.close();
      const short = await echo.intent('TimeOutIntent', { minutes: '5' });
      const shortTimer = operationOf(harness).timer.duration;

      expect(fifteen.speech).toMatch(/timer for 15 minutes/);
      expect(fifteenTimer).toBe('PT15M');
      expect(long.speech).toMatch(/^The longest break I hold is 30 minutes\./);
      expect(longTimer).toBe('PT30M');
      expect(short.speech).toMatch(/^The shortest break I hold is 10 minutes\./);
      expect(shortTimer).toBe('PT10M');
      // The two earlier breaks, whose restarts went unanswered, are each kept for the week.
      const records = await timeoutRecords(harness, echo);
      expect(records.map((r) => r.data.cameBack)).toEqual([false, false]);
      expect((await household(harness, echo)).week.activity[0]).toMatchObject({
        timeouts: 2,
        timeoutsCameBack: 0,
      });
    });

    it('"we\'re back" before the timer ends cancels it and goes to the restart', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      harness.clock.advance(8 * MINUTE);

      const back = await metered(harness, () => echo.intent('TimeOutBackIntent'));
      const fired = fireAfter(harness, 20 * MINUTE);
      const skipped = await echo.intent('AMAZON.NoIntent');
      const noNote = await echo.intent('AMAZON.NoIntent');

      expect(back.result.speech).toMatch(/^Welcome back\. I've stopped the timer\./);
      expect(back.result.speech).toMatch(/repair phrase for moments like this.*another day/);
      expect(back.result.speech).toMatch(/what did you need in that moment\?/);
      expect(back.result.ended).toBe(false);
      expect(back.writes).toBeLessThanOrEqual(1);
      expect(harness.standIn.timers.size).toBe(0);
      expect(fired).toEqual([]);
      expect(skipped.speech).toMatch(/Talking about it can wait.*quick note/);
      expect(noNote.speech).toMatch(/Thank you for coming back to each other/);
      expect(noNote.ended).toBe(true);
      const [record] = await timeoutRecords(harness, echo);
      expect(record!.data).toMatchObject({ cameBack: true });
    });

    it('"not yet" gives one more short break, once', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      const firstFire = fireAfter(harness, 20 * MINUTE);
      await echo.launchTask(firstFire[0]!.task);

      const notYet = await metered(harness, () => echo.intent('TimeOutNotYetIntent'));
      const extra = operationOf(harness).timer.duration;
      const secondFire = fireAfter(harness, 10 * MINUTE);
      const againBack = await echo.launchTask(secondFire[0]!.task);
      const notYetAgain = await echo.intent('TimeOutNotYetIntent');
      const afterSecond = await household(harness, echo);
      const later = await echo.intent('TimeOutBackIntent');

      expect(notYet.result.speech).toMatch(/That's okay\. Let's take 10 more minutes/);
      expect(notYet.result.speech).toMatch(/Alexa, stop/);
      expect(notYet.result.ended).toBe(true);
      expect(notYet.writes).toBeLessThanOrEqual(1);
      expect(extra).toBe('PT10M');
      expect(againBack.speech).toMatch(/The break is over/);
      expect(notYetAgain.speech).toMatch(/Take the time you need.*we're back/);
      expect(notYetAgain.ended).toBe(true);
      expect(harness.standIn.timers.size).toBe(0);
      expect(afterSecond.timeout.active).toMatchObject({ state: 'back', extended: true });
      expect(later.speech).toMatch(/what did you need in that moment/);
      expect(calmAndNeutral(notYetAgain.speech)).toEqual([]);
    });

    it("a crisis phrase mid-time-out gets the crisis answer and the break's timer is cancelled", async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      expect(harness.standIn.timers.size).toBe(1);

      const answer = await echo.intent('CrisisIntent');
      const fired = fireAfter(harness, 30 * MINUTE);

      expect(answer.speech).toMatch(/988|911/);
      expect(answer.ended).toBe(false);
      expect(harness.standIn.timers.size).toBe(0);
      expect(fired).toEqual([]);
    });

    it('a crisis said as the restart answer is answered by the gate, and nothing is kept', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      const fired = fireAfter(harness, 20 * MINUTE);
      await echo.launchTask(fired[0]!.task);

      const answer = await echo.intent('TimeOutNeedIntent', { need: 'to stop wanting to kill myself' });

      expect(answer.speech).toMatch(/988/);
      expect(await everythingStored(harness, echo)).not.toContain('kill myself');
    });

    it('at the restart, a sentence heard as a note part is still the answer, one not placed is asked for once more; a crisis in it is not', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      const fired = fireAfter(harness, 20 * MINUTE);
      await echo.launchTask(fired[0]!.task);

      const asNote = await echo.intent('NotePartIntent', { text: 'unheard and rushed' });
      const unplaced = await echo.intent('AMAZON.FallbackIntent');
      const unplacedAgain = await echo.intent('AMAZON.FallbackIntent');
      echo.close();
      await echo.intent('TimeOutIntent', { minutes: '10' });
      await echo.intent('TimeOutBackIntent');
      const crisis = await echo.intent('NotePartIntent', { text: 'I want to kill myself' });

      expect(asNote.speech).toMatch(/And now the other of you/);
      // Not thanked for words nobody heard: asked again, as free text the safety gate will see.
      expect(unplaced.speech).toMatch(/that got lost on my side/);
      expect(unplaced.speech).not.toMatch(/Thank you/);
      expect(unplaced.directives.map((d) => d.type)).toContain('Dialog.ElicitSlot');
      // Once only: a second time, the restart moves on.
      expect(unplacedAgain.speech).toMatch(/Thank you both/);
      expect(crisis.speech).toMatch(/988/);
      expect(await everythingStored(harness, echo)).not.toMatch(/unheard|kill myself/);
    });

    it('words not placed at the first sentence are asked for again, and danger in them then gets the crisis answer', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      const fired = fireAfter(harness, 20 * MINUTE);
      await echo.launchTask(fired[0]!.task);

      const unplaced = await echo.intent('AMAZON.FallbackIntent');
      const said = await echo.intent('TimeOutNeedIntent', { need: "I didn't want to be alive anymore" });

      expect(unplaced.speech).toMatch(/that got lost on my side/);
      expect(said.speech).toMatch(/988/);
      expect(await everythingStored(harness, echo)).not.toContain('alive');
    });

    it("the week's summary and next week's recap mention the time-out, for the household", async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      const fired = fireAfter(harness, 20 * MINUTE);
      await echo.launchTask(fired[0]!.task);
      await echo.intent('TimeOutNeedIntent', { need: NEED_ONE });
      echo.close();

      const summaryAsked = await echo.intent('ReadyForTherapyIntent');
      const summary = summaryAsked.speech.includes('Is this')
        ? await echo.intent('IdentifySpeakerIntent', { name: 'Alex' })
        : summaryAsked;
      const gated = summary.speech.includes('private notes') ? await echo.intent('AMAZON.NoIntent') : summary;
      echo.close();
      harness.clock.advance(7 * 86_400_000);
      const recap = await echo.intent('RecapLastWeekIntent');

      expect(gated.speech).toMatch(/We took one time-out this week, and came back to talk after it\./);
      expect(recap.speech).toMatch(/We took one time-out, and came back to talk after it\./);
      for (const text of [gated.speech, recap.speech]) {
        expect(text).not.toMatch(/Alex took|Sam took|Alex asked|Sam asked/);
        expect(calmAndNeutral(text)).toEqual([]);
      }
    });

    it('a time-out during a check-in pauses the check-in, so its timer cannot ring into the break', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('StartCheckinIntent');
      await echo.intent('AMAZON.YesIntent');
      harness.clock.advance(2 * MINUTE);

      const asked = await echo.intent('TimeOutIntent', { minutes: '20' });
      const stored = await household(harness, echo);
      const fired = fireAfter(harness, 10 * MINUTE);

      expect(asked.speech).toMatch(/I've paused our check-in too/);
      expect(asked.speech).toMatch(/timer for 20 minutes/);
      expect(stored.checkin.active!.state).toBe('turn-paused');
      expect(stored.timeout.active!.state).toBe('running');
      expect(fired).toEqual([]);
    });

    it('a check-in asked for during the break waits for "we\'re back", so no timer rings into it', async () => {
      // Prepare: a break running on its timer.
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent', { minutes: '20' });
      harness.clock.advance(2 * MINUTE);

      // Act
      const asked = await echo.intent('StartCheckinIntent');
      const stored = await household(harness, echo);

      // Assess
      expect(asked.speech).toMatch(/still on a break, with about 18 minutes to go/);
      expect(asked.speech).toMatch(/we're back/);
      expect(asked.speech).not.toMatch(/are you both here/i);
      expect(stored.checkin.active).toBeUndefined();
      expect(stored.timeout.active!.state).toBe('running');
    });

    it('"help me calm down" breathes for about a minute, within Alexa\'s limits', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');

      const breathing = await echo.intent('BreathingIntent');
      const ssml = (breathing.reply.response.outputSpeech as { ssml: string }).ssml;
      const breaks = [...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1]));

      expect(breathing.speech).toMatch(/breathe together for a minute/);
      expect(breathing.speech).toMatch(/The break is still on/);
      expect(breathing.ended).toBe(true);
      expect(ssml.length).toBeLessThan(8000);
      expect(Math.max(...breaks)).toBeLessThanOrEqual(10_000);
      expect(breaks.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(45_000);
      expect(breaks.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(70_000);
      expect(breathing.speech).not.toMatch(/calm down/i);
      // The break goes on: breathing does not touch the timer.
      expect(harness.standIn.timers.size).toBe(1);
    });

    it('opening the skill during a break offers to come back; after it, offers the restart', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      await echo.intent('AMAZON.YesIntent');
      harness.clock.advance(5 * MINUTE);

      const during = await echo.launch();
      const stay = await echo.intent('AMAZON.NoIntent');
      harness.clock.advance(16 * MINUTE);
      harness.standIn.timers.clear(); // the ring was missed: Alexa gave up on it
      const after = await echo.launch();
      const restart = await echo.intent('AMAZON.YesIntent');

      expect(during.speech).toMatch(
        /middle of a break, with about 15 minutes to go\. Are you ready to come back now\?/,
      );
      expect(stay.speech).toMatch(/the break is still on/);
      expect(after.speech).toMatch(/Welcome back after the break/);
      expect(restart.speech).toMatch(/what did you need in that moment/);
      expect(restart.ended).toBe(false);
    });
  });

  describe('when timers are not allowed yet', () => {
    beforeEach(async () => {
      harness = await createHarness({ permissions: { timers: false } });
    });

    it('asks by voice; declined, it still guides the break and says how to come back', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      const asked = await echo.intent('AMAZON.YesIntent');
      const request = asked.directives.find((d) => d.type === 'Connections.SendRequest') as
        { name: string; token: string; payload: Record<string, unknown> } | undefined;
      const denied = await metered(harness, () =>
        echo.connectionsResponse('AskFor', { status: 'DENIED' }, request!.token),
      );
      harness.clock.advance(25 * MINUTE);
      const back = await echo.intent('TimeOutBackIntent');
      echo.close();
      const nextTime = await echo.intent('TimeOutIntent', { minutes: '15' });

      expect(asked.speech).toMatch(/I'd like to set an Alexa timer/);
      expect(request!.payload).toMatchObject({
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '1',
        permissionScope: TIMERS_SCOPE,
      });
      expect(request!.token).toMatch(/^timeout:/);
      expect(denied.result.speech).toMatch(/^No problem, we'll do it without a timer\./);
      expect(denied.result.speech).toMatch(/separate rooms/);
      expect(denied.result.speech).toMatch(/say: Alexa, ask Between Us, we're back\.$/);
      expect(denied.result.ended).toBe(true);
      expect(denied.writes).toBeLessThanOrEqual(1);
      expect(harness.standIn.timers.size).toBe(0);
      expect(back.speech).toMatch(/what did you need in that moment/);
      // A recent "no" is remembered: no second request in the hard moment.
      expect(nextTime.directives.map((d) => d.type)).not.toContain('Connections.SendRequest');
      expect(nextTime.speech).toMatch(/about 15 minutes/);
    });

    it('accepted, it sets the timer and starts the break', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('TimeOutIntent');
      const asked = await echo.intent('AMAZON.YesIntent');
      const token = String(asked.directives.find((d) => d.type === 'Connections.SendRequest')?.token);
      harness.standIn.permissions.timers = true;

      const accepted = await echo.connectionsResponse(
        'AskFor',
        { status: 'ACCEPTED', permissionScope: TIMERS_SCOPE },
        token,
      );

      expect(accepted.speech).toMatch(/^Thanks\. The break starts now: I've set a timer for 20 minutes/);
      expect(operationOf(harness).timer.duration).toBe('PT20M');
    });
  });

  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    beforeEach(async () => {
      harness = await createHarness();
    });

    it('runs the whole time-out: start, timer, relaunch, restart, quick note offered', async () => {
      const echo = await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ locale }));
      await echo.intent('TimeOutIntent');
      const started = await echo.intent('AMAZON.YesIntent');
      const { operation } = operationOf(harness);
      const fired = fireAfter(harness, 20 * MINUTE);
      const back = await echo.launchTask(fired[0]!.task);
      await echo.intent('TimeOutNeedIntent', { need: NEED_ONE });
      const second = await echo.intent('TimeOutNeedIntent', { need: NEED_TWO });

      expect(started.speech).toMatch(/timer for 20 minutes/);
      expect((operation.textToConfirm[0] as { locale?: string }).locale).toBe(locale);
      expect(back.speech).toMatch(/what did you need in that moment/);
      expect(back.ended).toBe(false);
      expect(second.speech).toMatch(/quick note/);
    });
  });
});
