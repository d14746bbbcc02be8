import { AlexaApi, AlexaApiError, AlexaPermissionError } from './api';

/**
 * Alexa Timers API (/v1/alerts/timers) for the check-in: a visible, labelled timer per turn
 * whose operation is LAUNCH_TASK, so Alexa relaunches the skill with `request.task` when the
 * turn's time is up and the couple says yes.
 * Reference: developer.amazon.com/docs/alexa/smapi/alexa-timers-api-reference.html
 */
export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
export const CHECKIN_TASK_NAME = 'CheckInTurn';
export const CHECKIN_TASK_VERSION = '1';
export const TIMEOUT_TASK_NAME = 'TimeOutEnd';
export const TIMEOUT_TASK_VERSION = '1';

/**
 * A LAUNCH_TASK timer relaunches the skill with `request.task`; Amazon's task docs say the skill
 * that handles a task sends `Tasks.CompleteTask` in its response to signal that it handled it.
 * So every answer to a task launch carries it (next turn, close, stale, closed, not set up):
 * `completeTask` adds it once. An answer from the error handler does not: the task was not done.
 */
export const COMPLETE_TASK = { type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } } as const;

export function completeTask<R extends { directives?: unknown[] }>(response: R): R {
  const directives = response.directives ?? [];
  if (directives.some((d) => (d as { type?: string })?.type === COMPLETE_TASK.type)) return response;
  return {
    ...response,
    directives: [...directives, { ...COMPLETE_TASK, status: { ...COMPLETE_TASK.status } }],
  };
}

export interface TimerInfo {
  id: string;
  status: 'ON' | 'PAUSED' | 'OFF';
  duration?: string;
  triggerTime?: string;
  remainingTimeWhenPaused?: string;
}

export interface CheckinTaskInput {
  checkinId: string;
  /** The turn (0 or 1) whose time this timer keeps. */
  turn: number;
}

/** ISO-8601 duration for a number of milliseconds (whole seconds, at least one). */
export function isoDuration(ms: number): string {
  const total = Math.max(1, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

export function durationToMs(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso);
  if (!m) return undefined;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** The request body of a LAUNCH_TASK timer. The label and text carry nothing personal. */
export function launchTaskTimerBody(options: {
  skillId: string;
  locale: string;
  durationMs: number;
  label: string;
  textToConfirm: string;
  input: Record<string, unknown>;
  /** The task Alexa relaunches the skill with (interaction-model/tasks/); the check-in's by default. */
  task?: { name: string; version: string };
  /**
   * Whether the timer chimes before Alexa asks to continue: decided with the words that tell the
   * couple what to do when it ends (speech/en/timer.ts, `turn.t.timerPlaysAudible`).
   */
  playAudible: boolean;
}) {
  const task = options.task ?? { name: CHECKIN_TASK_NAME, version: CHECKIN_TASK_VERSION };
  return {
    duration: isoDuration(options.durationMs),
    timerLabel: options.label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: {
        type: 'LAUNCH_TASK',
        // Built by timerConfirmText: {continueWithSkillName} is "continue with Between Us".
        textToConfirm: [{ locale: options.locale, text: options.textToConfirm }],
        task: {
          name: `${options.skillId}.${task.name}`,
          version: task.version,
          input: options.input,
        },
      },
      notificationConfig: { playAudible: options.playAudible },
    },
  };
}

/** Whether the request's context says the user granted a permission scope. */
export function scopeGranted(
  scopes: Record<string, { status?: string } | undefined> | undefined,
  scope: string,
): boolean {
  return scopes?.[scope]?.status === 'GRANTED';
}

export class Timers {
  constructor(private readonly api: AlexaApi) {}

  async create(body: ReturnType<typeof launchTaskTimerBody>): Promise<TimerInfo> {
    return this.api.request<TimerInfo>('POST', '/v1/alerts/timers', body);
  }

  /** The timer, or undefined when it is gone (fired, cancelled by hand, or never existed). */
  async get(id: string): Promise<TimerInfo | undefined> {
    try {
      return await this.api.request<TimerInfo>('GET', `/v1/alerts/timers/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof AlexaApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  async pause(id: string): Promise<void> {
    await this.api.request('POST', `/v1/alerts/timers/${encodeURIComponent(id)}/pause`);
  }

  async resume(id: string): Promise<void> {
    await this.api.request('POST', `/v1/alerts/timers/${encodeURIComponent(id)}/resume`);
  }

  /** Cancels every timer this skill set for the user (one call, no stored IDs needed). */
  async cancelAll(): Promise<void> {
    await this.api.request('DELETE', '/v1/alerts/timers');
  }

  /** Cancels one timer; a timer already gone counts as cancelled. */
  async cancel(id: string): Promise<void> {
    try {
      await this.api.request('DELETE', `/v1/alerts/timers/${encodeURIComponent(id)}`);
    } catch (error) {
      if (error instanceof AlexaApiError && error.status === 404) return;
      throw error;
    }
  }
}

/** Time left on a timer as the Timers API reports it, in milliseconds. */
export function timerRemainingMs(timer: TimerInfo, now: Date): number | undefined {
  if (timer.status === 'PAUSED') return durationToMs(timer.remainingTimeWhenPaused);
  if (timer.status === 'ON' && timer.triggerTime)
    return Math.max(0, Date.parse(timer.triggerTime) - now.getTime());
  return undefined;
}

export { AlexaPermissionError };
