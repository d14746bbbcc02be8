import { z } from 'zod';
import { CHECKIN_TASK_NAME, TIMERS_SCOPE } from '../../lambda/alexa/timers';
import { householdIdFor } from '../../lambda/domain/ids';
import type { CheckinRecord } from '../../lambda/domain/checkin/machine';
import { questionById, seededRandom } from '../../lambda/domain/checkin/questions';
import { DEFAULT_SKILL_ID, type Device, type TurnResult } from '../../tools/device';
import { linkVoice, questionText } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

const MINUTE = 60_000;
const recordSchema = z.custom<CheckinRecord>((v) => typeof v === 'object' && v !== null);

async function household(harness: Harness, device: Device) {
  return (await harness.store.loadHousehold(householdIdFor(device.userId)))!;
}

async function records(harness: Harness, device: Device) {
  return (
    await harness.store.queryRecords(
      householdIdFor(device.userId),
      'CHECKIN',
      [],
      recordSchema,
      harness.clock.now(),
    )
  ).map((r) => ({ sk: r.sk, ...r.data, expiresAt: r.expiresAt }));
}

/** Fires the turn's timer after `ms`, as Alexa would when it goes off. */
function fireAfter(harness: Harness, ms: number) {
  harness.clock.advance(ms);
  return harness.standIn.fireDue();
}

/** Runs one request and returns how many DynamoDB reads and writes it cost. */
async function metered(harness: Harness, run: () => Promise<TurnResult>) {
  const before = { ...harness.store.meter };
  const result = await run();
  return {
    result,
    reads: harness.store.meter.reads - before.reads,
    writes: harness.store.meter.writes - before.writes,
  };
}

async function startCheckin(device: Device, slots: Record<string, string> = {}) {
  const asked = await device.intent('StartCheckinIntent', slots);
  const started = await device.intent('AMAZON.YesIntent');
  return { asked, started };
}

describe('the timed check-in, as a couple would use it', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.close();
  });

  describe('with timers allowed', () => {
    beforeEach(async () => {
      harness = await createHarness();
    });

    it('runs a whole ten-minute check-in through both timer relaunches and records it with its turns', async () => {
      // Prepare
      const echo = await setUpHousehold(harness);

      // Act: "Alexa, ask Between Us to start our check-in", then yes.
      const asked = await echo.intent('StartCheckinIntent');
      const first = await metered(harness, () => echo.intent('AMAZON.YesIntent'));
      const firstTimer = [...harness.standIn.timers.values()][0]!;
      const midway = await household(harness, echo);
      const firedOne = fireAfter(harness, 5 * MINUTE);
      const second = await metered(harness, () => echo.launchTask(firedOne[0]!.task));
      const firedTwo = fireAfter(harness, 5 * MINUTE);
      const close = await metered(harness, () => echo.launchTask(firedTwo[0]!.task));

      // Assess: the conversation.
      expect(asked.speech).toMatch(/10 minute check-in: 5 minutes each/);
      expect(asked.speech).toMatch(/Are you both here\?/);
      expect(asked.ended).toBe(false);
      expect(first.result.speech).toMatch(/Alex goes first/);
      expect(first.result.speech).toMatch(/Sam, your part is to listen/);
      expect(first.result.speech).toMatch(/timer for 5 minutes/);
      expect(first.result.ended).toBe(true);
      expect(second.result.speech).toMatch(/That's time for Alex's turn/);
      expect(second.result.speech).toMatch(/Now it's Sam's turn/);
      expect(second.result.ended).toBe(true);
      // The first close asks about reminders before the ritual, so closing words never land in an open mic.
      expect(close.result.speech).toMatch(/saved your check-in.*Before your closing words.*reminder/);
      expect(close.result.speech).not.toMatch(/name one thing you heard/);

      // The timers: visible, labelled without anything personal, launching our task.
      expect(firstTimer.duration).toBe('PT5M');
      expect(firstTimer.timerLabel).toBe('Check-in: first turn');
      expect(firstTimer.timerLabel).not.toMatch(/Alex|Sam/);
      const operation = (firstTimer.request.triggeringBehavior as { operation: Record<string, unknown> })
        .operation;
      expect(operation.type).toBe('LAUNCH_TASK');
      expect(operation.task).toMatchObject({
        name: `${DEFAULT_SKILL_ID}.${CHECKIN_TASK_NAME}`,
        version: '1',
        input: { checkinId: midway.checkin.active!.id, turn: 0 },
      });
      expect(JSON.stringify(operation.textToConfirm)).toContain('{continueWithSkillName}');
      expect(firedOne).toHaveLength(1);
      expect(firedTwo).toHaveLength(1);
      expect((firedTwo[0]!.task.input as { turn: number }).turn).toBe(1);
      expect(harness.standIn.timers.size).toBe(0);

      // Persisted as it happened: the active check-in during, the record after.
      expect(midway.checkin.active!.state).toBe('turn-running');
      expect(midway.checkin.active!.turns[0]!.partner).toBe('p1');
      const stored = await household(harness, echo);
      expect(stored.checkin.active).toBeUndefined();
      expect(stored.checkin.lastFirst).toBe('p1');
      const [record] = await records(harness, echo);
      expect(record!.sk).toMatch(/^CHECKIN#2026-11-18T18:00:00.000Z#/);
      expect(record!.outcome).toBe('completed');
      expect(record!.turns).toHaveLength(2);
      expect(record!.turns.map((t) => t.partner)).toEqual(['p1', 'p2']);
      expect(record!.turns.every((t) => t.ranFullTime)).toBe(true);
      expect(record!.turns.every((t) => questionById(t.questionId))).toBe(true);
      expect(record!.turns[0]!.questionId).not.toBe(record!.turns[1]!.questionId);
      expect(Date.parse(record!.turns[1]!.endedAt!) - Date.parse(record!.turns[1]!.startedAt!)).toBe(
        5 * MINUTE,
      );
      // Kept for the household's retention period (default one year).
      expect(record!.expiresAt).toBe(Math.floor(harness.clock.now().getTime() / 1000) + 365 * 86_400);
      // And the week knows: one check-in, ten minutes.
      expect(stored.week.activity[0]).toMatchObject({ checkinsCompleted: 1, checkinMinutes: 10 });

      // Each turn cost at most one read and one write.
      for (const step of [first, second, close]) {
        expect(step.reads).toBeLessThanOrEqual(1);
        expect(step.writes).toBeLessThanOrEqual(1);
      }
    });

    it('alternates who goes first from one check-in to the next', async () => {
      const echo = await setUpHousehold(harness);

      await startCheckin(echo);
      await echo.intent('EndCheckinIntent');
      const second = await startCheckin(echo);

      expect(second.started.speech).toMatch(/Sam goes first/);
    });

    it('asks a recognized speaker whether they want to go first', async () => {
      const echo = await setUpHousehold(harness);
      const samsVoice = harness.device({ personId: 'amzn1.ask.person.SAM' });
      await linkVoice(samsVoice, 'Sam');

      const { started: asked } = await startCheckin(samsVoice);
      const yes = await samsVoice.intent('AMAZON.YesIntent');

      expect(asked.speech).toMatch(/Sam, would you like to go first\?/);
      expect(asked.reprompt).toBe('Sam, do you want to go first? Yes or no?');
      expect(yes.speech).toMatch(/Sam goes first/);
      expect((await household(harness, echo)).checkin.active!.turns[0]!.partner).toBe('p2');
    });

    it('starts as a one-shot with a length, and remembers that length as the default', async () => {
      const echo = await setUpHousehold(harness);

      const { asked, started } = await startCheckin(echo, { minutes: '5' });
      const timer = [...harness.standIn.timers.values()][0]!;
      await echo.intent('EndCheckinIntent');
      const next = await echo.intent('StartCheckinIntent');

      expect(asked.speech).toMatch(/5 minute check-in: 2 and a half minutes each/);
      expect(started.speech).toMatch(/remember 5 minutes/);
      expect(timer.duration).toBe('PT2M30S');
      expect((await household(harness, echo)).settings.checkinMinutes).toBe(5);
      expect(next.speech).toMatch(/5 minute check-in/);
    });

    it('says odd lengths the way people do: a minute and a half each, "an 8 minute" check-in', async () => {
      const echo = await setUpHousehold(harness);

      const { asked: three, started } = await startCheckin(echo, { minutes: '3' });
      await echo.intent('EndCheckinIntent');
      const eight = await echo.intent('StartCheckinIntent', { minutes: '8' });
      echo.close();
      const eleven = await echo.intent('StartCheckinIntent', { length: 'PT11M' });

      expect(three.speech).toMatch(/a 3 minute check-in: a minute and a half each/);
      expect(started.speech).toMatch(/timer for a minute and a half\./);
      expect(`${three.speech} ${started.speech}`).not.toMatch(/1 and a half/);
      expect(eight.speech).toMatch(/Let's do an 8 minute check-in: 4 minutes each/);
      expect(eleven.speech).toMatch(/Let's do an 11 minute check-in: 5 and a half minutes each/);
    });

    it('takes "we only have" durations and keeps lengths within what it can time', async () => {
      const echo = await setUpHousehold(harness);

      const half = await echo.intent('StartCheckinIntent', { length: 'PT30M' });
      echo.close();
      const tooLong = await echo.intent('StartCheckinIntent', { minutes: '300' });

      expect(half.speech).toMatch(/30 minute check-in: 15 minutes each/);
      expect(tooLong.speech).toMatch(/longest check-in I keep is 60 minutes/);
    });

    it('pauses, resumes, tells the time left from the Timers API, and ends early', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      const timerId = [...harness.standIn.timers.keys()][0]!;

      harness.clock.advance(2 * MINUTE);
      const left = await metered(harness, () => echo.intent('TimeLeftIntent'));
      const paused = await echo.intent('AMAZON.PauseIntent');
      const statusWhilePaused = harness.standIn.timers.get(timerId)!.status;
      harness.clock.advance(20 * MINUTE);
      const whilePaused = await echo.intent('TimeLeftIntent');
      const resumed = await echo.intent('AMAZON.ResumeIntent');
      const statusAfter = harness.standIn.timers.get(timerId)!.status;
      harness.clock.advance(MINUTE);
      const later = await echo.intent('TimeLeftIntent');
      const ended = await echo.intent('EndCheckinIntent');

      expect(left.result.speech).toMatch(/Alex's turn has about 3 minutes left/);
      expect(left.writes).toBe(0);
      expect(left.reads).toBe(1);
      expect(paused.speech).toMatch(/Paused, with about 3 minutes left/);
      expect(statusWhilePaused).toBe('PAUSED');
      expect(whilePaused.speech).toMatch(/paused, with about 3 minutes left/);
      expect(resumed.speech).toMatch(/Picking up Alex's turn, with about 3 minutes left/);
      expect(statusAfter).toBe('ON');
      expect(later.speech).toMatch(/about 2 minutes left/);
      expect(ended.speech).toMatch(/stop here/);
      expect(harness.standIn.timers.size).toBe(0);
      const [record] = await records(harness, echo);
      expect(record!.outcome).toBe('ended-early');
      expect(record!.turns[0]!.ranFullTime).toBe(false);
      expect(record!.turns[1]!.startedAt).toBeUndefined();
    });

    it('repeats the question, and offers another question once per turn', async () => {
      const echo = await setUpHousehold(harness);
      const { started } = await startCheckin(echo);
      const original = (await household(harness, echo)).checkin.active!.turns[0]!.questionId;

      const repeated = await echo.intent('AMAZON.RepeatIntent');
      const another = await echo.intent('AnotherQuestionIntent');
      const again = await echo.intent('AnotherQuestionIntent');
      const active = (await household(harness, echo)).checkin.active!;

      const originalText = questionText(original);
      expect(started.speech).toContain(originalText);
      expect(repeated.speech).toContain(originalText);
      expect(active.turns[0]!.questionId).not.toBe(original);
      expect(active.turns[0]!.replaced).toEqual([original]);
      expect(active.turns[0]!.questionId).not.toBe(active.turns[1]!.questionId);
      expect(another.speech).toContain(questionText(active.turns[0]!.questionId));
      expect(again.speech).toMatch(/already swapped the question once/);
      expect(harness.standIn.timers.size).toBe(1);
    });

    it('resumes the right turn with "continue our check-in" when the relaunch never came', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);

      // Midway, the session is gone: "continue" says where we are.
      harness.clock.advance(MINUTE);
      const during = await echo.intent('ContinueCheckinIntent');
      // The timer goes off but nobody says yes; later they come back.
      fireAfter(harness, 6 * MINUTE);
      const after = await echo.intent('ContinueCheckinIntent');
      const stored = await household(harness, echo);

      expect(during.speech).toMatch(/still Alex's turn, with about 4 minutes left/);
      expect(after.speech).toMatch(/Now it's Sam's turn/);
      expect(stored.checkin.active!.turnIndex).toBe(1);
      expect(stored.checkin.active!.turns[0]!.ranFullTime).toBe(true);
      expect(harness.standIn.timers.size).toBe(1);
    });

    it('sets the timer again when it was cancelled by hand', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      harness.standIn.timers.clear();
      harness.clock.advance(MINUTE);

      const resumed = await echo.intent('ContinueCheckinIntent');

      expect(resumed.speech).toMatch(/set the timer again/);
      expect([...harness.standIn.timers.values()][0]!.duration).toBe('PT4M');
    });

    it('offers to carry on when the skill is opened mid check-in', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);

      const opened = await echo.launch();
      const yes = await echo.intent('AMAZON.YesIntent');

      expect(opened.speech).toMatch(/partway through a check-in; it's Alex's turn/);
      expect(yes.speech).toMatch(/still Alex's turn/);
    });

    it('closes a check-in left open over two hours as unfinished, and starts fresh kindly', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      harness.standIn.timers.clear();
      harness.clock.advance(3 * 60 * MINUTE);

      const asked = await echo.intent('StartCheckinIntent');
      const started = await echo.intent('AMAZON.YesIntent');
      const all = await records(harness, echo);
      const stored = await household(harness, echo);

      expect(asked.speech).toMatch(/Are you both here/);
      expect(started.speech).toMatch(/closed it as unfinished/);
      expect(started.speech).toMatch(/Alex goes first|Sam goes first/);
      expect(all).toHaveLength(1);
      expect(all[0]!.outcome).toBe('unfinished');
      expect(stored.checkin.active!.state).toBe('turn-running');
      expect(stored.week.activity[0]!.checkinsUnfinished).toBe(1);
      // The new check-in's questions differ from the unfinished one's.
      const oldIds = all[0]!.turns.map((t) => t.questionId);
      expect(stored.checkin.active!.turns.map((t) => t.questionId).some((id) => oldIds.includes(id))).toBe(
        false,
      );
    });

    it('mentions a stale check-in when the skill is opened, and a late relaunch finds it closed', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      const timer = [...harness.standIn.timers.values()][0]!;
      harness.clock.advance(3 * 60 * MINUTE);

      const opened = await echo.launch();
      echo.close();
      const late = await echo.launchTask(
        (timer.request.triggeringBehavior as { operation: { task: { name: string; version: string } } })
          .operation.task,
      );

      expect(opened.speech).toMatch(/closed it as unfinished/);
      expect(late.speech).toMatch(/already closed/);
      expect((await records(harness, echo))[0]!.outcome).toBe('unfinished');
    });

    it('never repeats a question within the last eight check-ins', async () => {
      const echo = await setUpHousehold(harness);
      const asked: string[][] = [];

      for (let i = 0; i < 14; i++) {
        await startCheckin(echo);
        const active = (await household(harness, echo)).checkin.active!;
        asked.push(active.turns.map((t) => t.questionId));
        await echo.intent('EndCheckinIntent');
        harness.clock.advance(24 * 60 * MINUTE);
      }

      for (let i = 0; i < asked.length; i++) {
        const previous = asked.slice(Math.max(0, i - 8), i).flat();
        expect(asked[i]!.filter((id) => previous.includes(id))).toEqual([]);
      }
      expect((await household(harness, echo)).checkin.recentQuestions).toHaveLength(8);
      expect(await records(harness, echo)).toHaveLength(14);
    });

    it('leans questions toward the week focus', async () => {
      const echo = await setUpHousehold(harness);
      await echo.intent('SetFocusIntent', {
        theme: { value: 'the pursue withdraw loop', id: 'pursue_withdraw' },
      });
      echo.close();
      const stored = await household(harness, echo);
      harness.setRandom(seededRandom(7));
      const themes: string[] = [];

      for (let i = 0; i < 4; i++) {
        await startCheckin(echo);
        const active = (await household(harness, echo)).checkin.active!;
        themes.push(...active.turns.map((t) => questionById(t.questionId)!.theme));
        await echo.intent('EndCheckinIntent');
      }
      harness.setRandom(undefined);

      expect((stored.week as { focus?: { theme?: string } }).focus?.theme).toBe('pursue_withdraw');
      // Seven themes: without the lean, about one question in seven would be on the focus.
      expect(themes.filter((t) => t === 'pursue-withdraw').length).toBeGreaterThanOrEqual(5);
    });

    it('shows whose turn, the question and a countdown on an Echo Show, and nothing on a voice-only Echo', async () => {
      await setUpHousehold(harness);
      const show = harness.device({ screen: true, userId: harness.device().userId });
      const { started } = await startCheckin(show);
      const apl = started.directives.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
        { datasources: { checkin: { title: string; question: string; endsAt: number } } } | undefined;

      expect(apl).toBeDefined();
      expect(apl!.datasources.checkin.title).toMatch(/Alex's turn/);
      expect(started.speech).toContain(apl!.datasources.checkin.question);
      expect(apl!.datasources.checkin.endsAt).toBe(harness.clock.now().getTime() + 5 * MINUTE);
      expect(Buffer.byteLength(JSON.stringify(started.reply))).toBeLessThan(24 * 1024);
      await show.intent('EndCheckinIntent');
      const voiceOnly = harness.device({ userId: show.userId });
      const { started: plain } = await startCheckin(voiceOnly);
      expect(plain.directives.some((d) => d.type.startsWith('Alexa.Presentation.APL'))).toBe(false);
      expect(plain.speech).toMatch(/goes first/);
    });

    it('with only one partner in, offers a solo reflection and keeps the check-in for both', async () => {
      const echo = await setUpHousehold(harness);

      await echo.intent('StartCheckinIntent');
      const notBoth = await echo.intent('AMAZON.NoIntent');
      const reflection = await echo.intent('AMAZON.YesIntent');
      const justMe = await echo.intent('SoloCheckinIntent');

      expect(notBoth.speech).toMatch(/made for the two of you/);
      expect(notBoth.speech).toMatch(/one question, with no timer/);
      expect(reflection.speech).toMatch(/sit with/);
      expect(reflection.ended).toBe(true);
      expect(justMe.speech).toMatch(/reflection on your own/);
      expect(harness.standIn.timers.size).toBe(0);
      expect((await household(harness, echo)).checkin.active).toBeUndefined();
    });

    it('sets weekly reminders in the device time zone with nothing personal, and cancels them', async () => {
      const echo = await setUpHousehold(harness);

      const set = await echo.intent('SetCheckinRemindersIntent', {
        dayOne: 'tuesdays',
        dayTwo: 'Friday',
        time: '20:00',
      });
      const reminder = [...harness.standIn.reminders.values()][0]!;
      const stored = await household(harness, echo);
      const cancel = await echo.intent('CancelCheckinRemindersIntent');
      const again = await echo.intent('CancelCheckinRemindersIntent');

      expect(set.speech).toMatch(/remind you on Tuesdays and Fridays at 8 PM/);
      const trigger = reminder.request.trigger as {
        timeZoneId: string;
        recurrence: { recurrenceRules: string[] };
      };
      expect(trigger.timeZoneId).toBe('America/New_York');
      expect(trigger.recurrence.recurrenceRules[0]).toMatch(/FREQ=WEEKLY;BYDAY=TU,FR;BYHOUR=20;BYMINUTE=0/);
      expect(JSON.stringify(reminder.request.alertInfo)).toContain('Time for your check-in.');
      expect(JSON.stringify(reminder.request)).not.toMatch(/Alex|Sam/);
      expect(stored.checkin.reminders!.tokens).toEqual([reminder.alertToken]);
      expect(cancel.speech).toMatch(/cancelled your check-in reminders/);
      expect(harness.standIn.reminders.size).toBe(0);
      expect(again.speech).toMatch(/aren't any check-in reminders/);
    });

    it('asks which days when the reminder request is missing them', async () => {
      const echo = await setUpHousehold(harness);

      const vague = await echo.intent('SetCheckinRemindersIntent');
      const answer = await echo.intent('SetCheckinRemindersIntent', { dayOne: 'sunday', time: 'EV' });

      expect(vague.speech).toMatch(/Which days and what time/);
      expect(answer.speech).toMatch(/Sundays at 7 PM/);
    });

    it.each([
      ['AMAZON.StopIntent', 'stop'],
      ['AMAZON.CancelIntent', 'cancel'],
      ['AMAZON.NavigateHomeIntent', 'home'],
    ])(
      'speaks the closing ritual when the reminders question gets "%s" instead of yes or no',
      async (intent) => {
        const echo = await setUpHousehold(harness);
        await startCheckin(echo);
        await echo.launchTask(fireAfter(harness, 5 * MINUTE)[0]!.task);
        const close = await echo.launchTask(fireAfter(harness, 5 * MINUTE)[0]!.task);

        const stopped = await echo.intent(intent);

        expect(close.speech).toMatch(/would you like a reminder/);
        expect(stopped.speech).toMatch(
          /^Okay, no reminders for now\. Now, to close, Alex, then Sam: name one thing you heard from the other/,
        );
        expect(stopped.ended).toBe(true);
        expect(harness.standIn.reminders.size).toBe(0);
        // Not a "no": the question may come again after the next check-in.
        expect((await household(harness, echo)).checkin.remindersDeclinedAt).toBeUndefined();
      },
    );

    it('speaks the closing ritual on "stop" while asking which days for reminders', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      await echo.launchTask(fireAfter(harness, 5 * MINUTE)[0]!.task);
      await echo.launchTask(fireAfter(harness, 5 * MINUTE)[0]!.task);
      const yes = await echo.intent('AMAZON.YesIntent');

      const stopped = await echo.intent('AMAZON.StopIntent');

      expect(yes.speech).toMatch(/Which days and what time/);
      expect(stopped.speech).toMatch(/Now, to close, Alex, then Sam: name one thing you heard/);
      expect(stopped.ended).toBe(true);
    });

    it('"stop" away from the reminders question is the ordinary goodbye, with no ritual', async () => {
      const echo = await setUpHousehold(harness);
      await echo.launch();

      const stopped = await echo.intent('AMAZON.StopIntent');

      expect(stopped.speech).not.toMatch(/to close|reminders/);
      expect(stopped.ended).toBe(true);
    });

    it('offers reminders after a check-in, and after a no does not offer them again for two weeks', async () => {
      const echo = await setUpHousehold(harness);
      const runToClose = async () => {
        await startCheckin(echo);
        await echo.launchTask(fireAfter(harness, 5 * MINUTE)[0]!.task);
        return echo.launchTask(fireAfter(harness, 5 * MINUTE)[0]!.task);
      };

      const firstClose = await runToClose();
      const no = await echo.intent('AMAZON.NoIntent');
      harness.clock.advance(24 * 60 * MINUTE);
      const soonAfter = await runToClose();
      harness.clock.advance(15 * 24 * 60 * MINUTE);
      const later = await runToClose();
      const yes = await echo.intent('AMAZON.YesIntent');
      const set = await echo.intent('SetCheckinRemindersIntent', {
        dayOne: 'tuesday',
        dayTwo: 'friday',
        time: '20:00',
      });

      expect(firstClose.speech).toMatch(/would you like a reminder/);
      expect(no.speech).toMatch(
        /won't ask about that for a while.*Now, to close, Alex, then Sam: name one thing you heard/,
      );
      expect(no.ended).toBe(true);
      expect(soonAfter.speech).not.toMatch(/reminder/);
      // With nothing to ask, the ritual is the last thing said, and the session ends.
      expect(soonAfter.speech).toMatch(/name one thing you heard from the other, in a sentence or two\.$/);
      expect(soonAfter.ended).toBe(true);
      expect(later.speech).toMatch(/would you like a reminder/);
      expect(yes.speech).toMatch(/Which days and what time/);
      // The ritual owed since the close follows the reminders being set.
      expect(set.speech).toMatch(/I'll remind you.*Now, to close, .* name one thing you heard/);
      expect(set.ended).toBe(true);
    });
  });

  describe('when timers are not allowed yet', () => {
    beforeEach(async () => {
      harness = await createHarness({ permissions: { timers: false, reminders: false } });
    });

    async function askedForPermission(echo: Device) {
      const { started } = await startCheckin(echo);
      const request = started.directives.find((d) => d.type === 'Connections.SendRequest') as
        { name: string; token: string; payload: Record<string, unknown> } | undefined;
      return { started, request };
    }

    it('asks by voice and, when accepted, sets the timer and starts the first turn', async () => {
      const echo = await setUpHousehold(harness);
      const { started, request } = await askedForPermission(echo);
      harness.standIn.permissions.timers = true;

      const answer = await metered(harness, () =>
        echo.connectionsResponse(
          'AskFor',
          { status: 'ACCEPTED', permissionScope: TIMERS_SCOPE },
          request!.token,
        ),
      );

      expect(started.speech).toMatch(/set an Alexa timer for each turn/);
      expect(request!.name).toBe('AskFor');
      expect(request!.payload).toMatchObject({
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '1',
        permissionScope: TIMERS_SCOPE,
      });
      expect(answer.result.speech).toMatch(/^Thanks\. Alex goes first/);
      expect(answer.result.speech).toMatch(/timer for 5 minutes/);
      expect(harness.standIn.timers.size).toBe(1);
      expect(answer.reads).toBeLessThanOrEqual(1);
      expect(answer.writes).toBeLessThanOrEqual(1);
    });

    it('when denied, still guides the whole check-in and records it, and does not ask again soon', async () => {
      const echo = await setUpHousehold(harness);
      const { request } = await askedForPermission(echo);

      const denied = await echo.connectionsResponse('AskFor', { status: 'DENIED' }, request!.token);
      harness.clock.advance(5 * MINUTE);
      const switched = await echo.intent('ReadyToSwitchIntent');
      harness.clock.advance(1 * MINUTE);
      const left = await echo.intent('TimeLeftIntent');
      const paused = await echo.intent('AMAZON.PauseIntent');
      const resumed = await echo.intent('AMAZON.ResumeIntent');
      harness.clock.advance(4 * MINUTE);
      const leftAtEnd = await echo.intent('TimeLeftIntent');
      const closed = await echo.intent('ReadyToSwitchIntent');
      echo.close();
      const next = await askedForPermission(echo);

      expect(denied.speech).toMatch(/without my timer/);
      expect(denied.speech).toMatch(/Alex goes first/);
      expect(denied.speech).toMatch(/keep an eye on a clock/);
      expect(denied.speech).toMatch(/tell Between Us we're ready to switch/);
      expect(switched.speech).toMatch(/Now it's Sam's turn/);
      // Without a timer, "time left" and "pause" give the same estimate.
      expect(left.speech).toMatch(/Sam's turn has about 4 minutes left/);
      expect(paused.speech).toMatch(/about 4 minutes left in Sam's turn/);
      expect(left.speech).not.toMatch(/go by your clock/);
      expect(resumed.speech).toMatch(/about 4 minutes left/);
      expect(leftAtEnd.speech).toMatch(/Sam's turn is about up.*ready to switch/);
      expect(closed.speech).toMatch(/saved your check-in/);
      expect(harness.standIn.timers.size).toBe(0);
      const [record] = await records(harness, echo);
      expect(record).toMatchObject({ outcome: 'completed', selfTimed: true });
      expect(record!.turns.map((t) => t.partner)).toEqual(['p1', 'p2']);
      expect(next.request).toBeUndefined();
      expect(next.started.speech).toMatch(/allow timers for Between Us in the Alexa app/);
    });

    it('"end our check-in" while the permission is still open ends it, and records nothing', async () => {
      const echo = await setUpHousehold(harness);
      await askedForPermission(echo);

      const ended = await echo.intent('EndCheckinIntent');

      expect(ended.speech).toMatch(/leave the check-in for another time/);
      expect(ended.directives.some((d) => d.type === 'Connections.SendRequest')).toBe(false);
      const stored = await household(harness, echo);
      expect(stored.checkin.active).toBeUndefined();
      expect(stored.checkin.completedCount).toBe(0);
      expect(JSON.stringify(stored.week)).not.toMatch(/"checkinsCompleted":[1-9]/);
      expect(await records(harness, echo)).toEqual([]);
      expect(harness.standIn.timers.size).toBe(0);
    });

    it('when unanswered, runs the check-in without a timer', async () => {
      const echo = await setUpHousehold(harness);
      const { request } = await askedForPermission(echo);

      const unanswered = await echo.connectionsResponse('AskFor', { status: 'NOT_ANSWERED' }, request!.token);

      expect(unanswered.speech).toMatch(/didn't hear an answer about the timer/);
      expect(unanswered.speech).toMatch(/Alex goes first/);
      expect((await household(harness, echo)).checkin.active).toMatchObject({
        state: 'turn-running',
        selfTimed: true,
      });
      expect((await household(harness, echo)).checkin.timersDeclinedAt).toBeUndefined();
    });

    it('asks for the reminders permission by voice and sets them once accepted', async () => {
      const echo = await setUpHousehold(harness);

      const asked = await echo.intent('SetCheckinRemindersIntent', {
        dayOne: 'tuesday',
        dayTwo: 'friday',
        time: '20:00',
      });
      const request = asked.directives.find((d) => d.type === 'Connections.SendRequest') as
        { token: string } | undefined;
      harness.standIn.permissions.reminders = true;
      const accepted = await echo.connectionsResponse('AskFor', { status: 'ACCEPTED' }, request!.token);

      expect(asked.speech).toMatch(/need your permission/);
      expect(accepted.speech).toMatch(/Tuesdays and Fridays at 8 PM/);
      expect(harness.standIn.reminders.size).toBe(1);
    });

    it('remembers a no to the reminders permission', async () => {
      const echo = await setUpHousehold(harness);
      const asked = await echo.intent('SetCheckinRemindersIntent', { dayOne: 'monday', time: '08:00' });
      const request = asked.directives.find((d) => d.type === 'Connections.SendRequest') as
        { token: string } | undefined;

      const denied = await echo.connectionsResponse('AskFor', { status: 'DENIED' }, request!.token);

      expect(denied.speech).toMatch(/no reminders/);
      expect((await household(harness, echo)).checkin.remindersDeclinedAt).toBeDefined();
    });
  });
});
