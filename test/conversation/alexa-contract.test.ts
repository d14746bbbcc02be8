import type { RequestEnvelope } from 'ask-sdk-model';
import { householdIdFor } from '../../lambda/domain/ids';
import { TIMERS_SCOPE } from '../../lambda/alexa/timers';
import { timerInstruction } from '../../lambda/speech/en/timer';
import { ssml, toPlainText } from '../../lambda/speech/ssml';
import type { Device, TurnResult } from '../../tools/device';
import { linkVoice, quickNote, withNotes } from '../support/conversations';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * What a real Echo sends that the stand-ins did not: every answer to a timer's task launch,
 * a permission request Alexa could not put (status.code 400/500), and voices with and
 * without a person ID. Real envelopes from tools/device.ts, through the real handler.
 */
const MINUTE = 60_000;
const COMPLETE_TASK = { type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } };

const hasCompleteTask = (result: TurnResult) =>
  result.directives.filter((d) => d.type === 'Tasks.CompleteTask').length;

const instruction = (then: string) => toPlainText(timerInstruction(ssml`${then}`).markup);

async function startCheckin(device: Device) {
  await device.intent('StartCheckinIntent');
  return device.intent('AMAZON.YesIntent');
}

function fire(harness: Harness, ms: number) {
  harness.clock.advance(ms);
  return harness.standIn.fireDue();
}

describe('Alexa on a real Echo', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness?.close();
  });

  describe('a timer relaunch', () => {
    beforeEach(async () => {
      harness = await createHarness();
    });

    it('says how the chime works when it sets each timer, and completes the task on both relaunches', async () => {
      const echo = await setUpHousehold(harness);
      const first = await startCheckin(echo);
      const [firedOne] = fire(harness, 5 * MINUTE);
      const second = await echo.launchTask(firedOne!.task);
      const [firedTwo] = fire(harness, 5 * MINUTE);
      const close = await echo.launchTask(firedTwo!.task);

      expect(first.speech).toContain(instruction("I'll come back for Sam's turn"));
      expect(second.speech).toContain(instruction("I'll come back to close"));
      expect(first.speech).not.toMatch(/goes off, say yes/);
      expect(hasCompleteTask(first)).toBe(0);
      expect(second.directives).toContainEqual(COMPLETE_TASK);
      expect(hasCompleteTask(second)).toBe(1);
      // The close asks about reminders (the session stays open) and still completes the task.
      expect(close.ended).toBe(false);
      expect(hasCompleteTask(close)).toBe(1);
    });

    it('completes the task when the check-in it belongs to is already closed', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      const [timer] = [...harness.standIn.timers.values()];
      const task = (timer!.request.triggeringBehavior as { operation: { task: { name: string } } }).operation
        .task;
      await echo.intent('EndCheckinIntent');

      const late = await echo.launchTask(task as never);

      expect(late.speech).not.toMatch(/Now it's Sam's turn/);
      expect(hasCompleteTask(late)).toBe(1);
    });

    it('completes the task when the turn already moved on ("ready to switch" came first)', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      harness.clock.advance(4 * MINUTE);
      const [firstTimer] = [...harness.standIn.timers.values()];
      const task = (firstTimer!.request.triggeringBehavior as { operation: { task: unknown } }).operation
        .task;
      await echo.intent('ReadyToSwitchIntent');
      echo.close();

      const stray = await echo.launchTask(task as never);

      expect(stray.speech).toMatch(/Sam's turn/);
      expect(hasCompleteTask(stray)).toBe(1);
    });

    it('completes the task for a check-in left open too long, and for a household not set up', async () => {
      const echo = await setUpHousehold(harness);
      await startCheckin(echo);
      const [firstTimer] = [...harness.standIn.timers.values()];
      const task = (firstTimer!.request.triggeringBehavior as { operation: { task: unknown } }).operation
        .task;
      harness.standIn.timers.clear();
      harness.clock.advance(3 * 60 * MINUTE);
      const stale = await echo.launchTask(task as never);
      const stranger = await harness.device().launchTask(task as never);

      expect(stale.speech).toMatch(/unfinished|a while/);
      expect(hasCompleteTask(stale)).toBe(1);
      expect(hasCompleteTask(stranger)).toBe(1);
    });

    it('an ordinary launch carries no task completion', async () => {
      const echo = await setUpHousehold(harness);
      expect(hasCompleteTask(await echo.launch())).toBe(0);
    });
  });

  describe('a permission Alexa could not ask for (Connections.Response status.code 400 or 500)', () => {
    beforeEach(async () => {
      harness = await createHarness({ permissions: { timers: false, reminders: false } });
    });

    /** The device's own envelope, with the status Alexa sends when the request failed. */
    function failingWith(code: string, echo: Device) {
      return harness.device({
        userId: echo.userId,
        handler: (event) => {
          const envelope = event as RequestEnvelope;
          const request = envelope.request as { type: string; status?: unknown; payload?: unknown };
          if (request.type === 'Connections.Response') {
            request.status = { code, message: code === '400' ? 'Bad Request' : 'Internal Server Error' };
            // A failed request carries no user answer.
            request.payload = {};
          }
          return harness.handler(envelope, {});
        },
      });
    }

    it.each(['400', '500'])(
      'timers, %s: says so kindly, keeps time together, does not count it as a no, and logs an error',
      async (code) => {
        const echo = await setUpHousehold(harness);
        const failing = failingWith(code, echo);
        const started = await startCheckin(failing);
        const request = started.directives.find((d) => d.type === 'Connections.SendRequest') as
          { token: string; payload: { permissionScope: string } } | undefined;

        const answer = await failing.connectionsResponse(
          'AskFor',
          { permissionScope: TIMERS_SCOPE },
          request!.token,
        );
        const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));

        expect(request!.payload.permissionScope).toBe(TIMERS_SCOPE);
        expect(answer.envelope.request).toMatchObject({ status: { code } });
        expect(answer.speech).toMatch(/^Sorry, I couldn't ask about the timer just now/);
        expect(answer.speech).not.toMatch(/didn't hear an answer/);
        expect(answer.speech).toMatch(/Alex goes first/);
        expect(answer.speech).toMatch(/keep an eye on a clock/);
        expect(stored!.checkin.active).toMatchObject({ state: 'turn-running', selfTimed: true });
        expect(stored!.checkin.timersDeclinedAt).toBeUndefined();
        expect(harness.metrics).toContain('TimerPermissionFAILED');
        expect(harness.logs).toContainEqual(
          expect.objectContaining({
            level: 'error',
            extra: [expect.objectContaining({ errorName: 'VoicePermissionRequestError', statusCode: code })],
          }),
        );
      },
    );

    it('reminders, 500: says so kindly, sets nothing, and does not remember it as a no', async () => {
      const echo = await setUpHousehold(harness);
      const failing = failingWith('500', echo);
      const asked = await failing.intent('SetCheckinRemindersIntent', { dayOne: 'monday', time: '08:00' });
      const request = asked.directives.find((d) => d.type === 'Connections.SendRequest') as
        { token: string } | undefined;

      const answer = await failing.connectionsResponse('AskFor', {}, request!.token);
      const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));

      expect(answer.speech).toMatch(/^Sorry, I couldn't ask about reminders just now/);
      expect(harness.standIn.reminders.size).toBe(0);
      expect(stored!.checkin.remindersDeclinedAt).toBeUndefined();
    });

    it('a 200 without an answer is still "not answered"', async () => {
      const echo = await setUpHousehold(harness);
      const started = await startCheckin(echo);
      const request = started.directives.find((d) => d.type === 'Connections.SendRequest') as
        { token: string } | undefined;

      const answer = await echo.connectionsResponse('AskFor', { status: 'NOT_ANSWERED' }, request!.token);

      expect(answer.envelope.request).toMatchObject({ status: { code: '200' } });
      expect(answer.speech).toMatch(/didn't hear an answer about the timer/);
    });
  });

  describe('voices: with skill personalization and without', () => {
    beforeEach(async () => {
      harness = await createHarness();
    });

    withNotes(
      'a recognized voice (context.System.person.personId) is asked its name once, then known',
      async () => {
        const alex = await setUpHousehold(harness);
        const alexsVoice = harness.device({ userId: alex.userId, personId: 'amzn1.ask.person.ALEX' });
        await linkVoice(alexsVoice, 'Alex');

        const note = await alexsVoice.intent('QuickNoteIntent');

        expect(alexsVoice.history[0]!.envelope.context.System.person?.personId).toBe('amzn1.ask.person.ALEX');
        expect(note.speech).not.toMatch(/Is this Alex or Sam\?/);
        expect(JSON.stringify(await harness.store.loadHousehold(householdIdFor(alex.userId)))).not.toContain(
          'amzn1.ask.person.ALEX',
        );
      },
    );

    withNotes(
      'a household without voice profiles (no person in the context) is asked who is speaking each time',
      async () => {
        const echo = await setUpHousehold(harness);
        await quickNote(echo, 'Sam', ['it happened again', 'I felt tense', 'a pause']);

        const next = await echo.intent('QuickNoteIntent');

        expect(echo.history.every((t) => t.envelope.context.System.person === undefined)).toBe(true);
        expect(
          echo.history.find((t) => /QuickNote/.test(JSON.stringify(t.envelope.request)))!.speech,
        ).toMatch(/Is this Alex or Sam\?/);
        expect(next.speech).toMatch(/Is this Alex or Sam\?/);
      },
    );
  });
});
