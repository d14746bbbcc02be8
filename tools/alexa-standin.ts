import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ScaledClock } from './clock';

/**
 * A small stand-in for Alexa's own APIs, on loopback, for tests and the local console:
 * Timers (with LAUNCH_TASK timers that really run and fire), Reminders, device Settings
 * (time zone) and progressive-response directives. It answers the way the real APIs do
 * for the calls the skill makes, including 401 when a permission has not been granted.
 */
export interface StandInTimer {
  id: string;
  status: 'ON' | 'PAUSED' | 'OFF';
  duration: string;
  timerLabel?: string;
  triggerTime: string;
  createdTime: string;
  updatedTime: string;
  remainingTimeWhenPaused?: string;
  /** The request body the skill sent, kept whole. */
  request: Record<string, unknown>;
}

export interface StandInReminder {
  alertToken: string;
  createdTime: string;
  updatedTime: string;
  status: 'ON' | 'COMPLETED';
  request: Record<string, unknown>;
}

export interface FiredTask {
  timer: StandInTimer;
  task: { name: string; version: string; input?: Record<string, unknown> };
}

export interface StandInOptions {
  clock: ScaledClock;
  timeZone?: string;
  /** Which permissions the user has granted. */
  permissions?: { timers?: boolean; reminders?: boolean };
}

export const TIMERS_PERMISSION = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

/** ISO-8601 duration (PT1H2M3S) to milliseconds. */
export function durationMs(iso: string): number {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return NaN;
  const [, d, h, min, s] = m;
  return (((Number(d ?? 0) * 24 + Number(h ?? 0)) * 60 + Number(min ?? 0)) * 60 + Number(s ?? 0)) * 1000;
}

export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

export class AlexaStandIn extends EventEmitter {
  readonly timers = new Map<string, StandInTimer>();
  readonly reminders = new Map<string, StandInReminder>();
  readonly directives: unknown[] = [];
  readonly calls: { method: string; path: string }[] = [];
  timeZone: string;
  permissions: { timers: boolean; reminders: boolean };
  private server: Server | undefined;
  private ticker: NodeJS.Timeout | undefined;
  endpoint = '';

  constructor(private readonly options: StandInOptions) {
    super();
    this.timeZone = options.timeZone ?? 'America/New_York';
    this.permissions = {
      timers: options.permissions?.timers ?? true,
      reminders: options.permissions?.reminders ?? true,
    };
  }

  get clock(): ScaledClock {
    return this.options.clock;
  }

  /** The permission strings to put in the envelope's context.System.user.permissions.scopes. */
  grantedScopes(): Record<string, { status: 'GRANTED' | 'DENIED' }> {
    return {
      [TIMERS_PERMISSION]: { status: this.permissions.timers ? 'GRANTED' : 'DENIED' },
      [REMINDERS_PERMISSION]: { status: this.permissions.reminders ? 'GRANTED' : 'DENIED' },
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    const { port } = this.server.address() as AddressInfo;
    this.endpoint = `http://127.0.0.1:${port}`;
    this.ticker = setInterval(() => this.fireDue(), 25);
    this.ticker.unref();
    return this.endpoint;
  }

  async stop(): Promise<void> {
    if (this.ticker) clearInterval(this.ticker);
    await new Promise<void>((done) => (this.server ? this.server.close(() => done()) : done()));
    this.server = undefined;
  }

  /** Fires every running timer whose time has come (called by the ticker, or by a test). */
  fireDue(): FiredTask[] {
    const fired: FiredTask[] = [];
    const now = this.clock.now().getTime();
    for (const timer of this.timers.values()) {
      if (timer.status !== 'ON' || Date.parse(timer.triggerTime) > now) continue;
      timer.status = 'OFF';
      this.timers.delete(timer.id);
      const operation = (
        timer.request.triggeringBehavior as { operation?: { type?: string; task?: FiredTask['task'] } }
      )?.operation;
      if (operation?.type === 'LAUNCH_TASK' && operation.task) {
        const event = { timer, task: operation.task };
        fired.push(event);
        this.emit('task', event);
      } else {
        this.emit('timerDone', timer);
      }
    }
    return fired;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    this.calls.push({ method, path });
    const body = await readBody(req);
    const send = (status: number, payload?: unknown) => {
      res.writeHead(status, payload === undefined ? {} : { 'Content-Type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    if (!/^Bearer .+/.test(req.headers.authorization ?? ''))
      return send(401, { code: 'UNAUTHORIZED', message: 'No token' });
    const now = this.clock.now();

    if (path === '/v1/directives' && method === 'POST') {
      this.directives.push(body);
      return send(204);
    }
    const tz = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(path);
    if (tz && method === 'GET') return send(200, this.timeZone);

    if (path.startsWith('/v1/alerts/timers')) {
      if (!this.permissions.timers)
        return send(401, { code: 'UNAUTHORIZED', message: 'Permission not granted' });
      const [, , , , id, action] = path.split('/');
      if (!id && method === 'POST') {
        const ms = durationMs(String(body?.duration ?? ''));
        if (!Number.isFinite(ms) || ms <= 0)
          return send(400, { code: 'INVALID_DURATION', message: 'Bad duration' });
        const timer: StandInTimer = {
          id: randomUUID(),
          status: 'ON',
          duration: String(body.duration),
          timerLabel: typeof body.timerLabel === 'string' ? body.timerLabel : undefined,
          triggerTime: new Date(now.getTime() + ms).toISOString(),
          createdTime: now.toISOString(),
          updatedTime: now.toISOString(),
          request: body,
        };
        this.timers.set(timer.id, timer);
        return send(200, publicTimer(timer));
      }
      if (!id && method === 'GET') {
        const list = [...this.timers.values()].map((t) => publicTimer(t));
        return send(200, { timers: list, totalCount: list.length, nextToken: null });
      }
      if (!id && method === 'DELETE') {
        this.timers.clear();
        return send(200);
      }
      const timer = id ? this.timers.get(id) : undefined;
      if (!timer) return send(404, { code: 'TIMER_NOT_FOUND', message: 'No such timer' });
      if (!action && method === 'GET') return send(200, publicTimer(timer));
      if (!action && method === 'DELETE') {
        this.timers.delete(timer.id);
        return send(200);
      }
      if (action === 'pause' && method === 'POST') {
        if (timer.status === 'ON') {
          timer.remainingTimeWhenPaused = isoDuration(Date.parse(timer.triggerTime) - now.getTime());
          timer.status = 'PAUSED';
          timer.updatedTime = now.toISOString();
        }
        return send(200);
      }
      if (action === 'resume' && method === 'POST') {
        if (timer.status === 'PAUSED') {
          timer.triggerTime = new Date(
            now.getTime() + durationMs(timer.remainingTimeWhenPaused ?? 'PT0S'),
          ).toISOString();
          timer.status = 'ON';
          delete timer.remainingTimeWhenPaused;
          timer.updatedTime = now.toISOString();
        }
        return send(200);
      }
      return send(405, { code: 'METHOD_NOT_ALLOWED' });
    }

    if (path.startsWith('/v1/alerts/reminders')) {
      if (!this.permissions.reminders)
        return send(401, { code: 'UNAUTHORIZED', message: 'Permission not granted' });
      const [, , , , token] = path.split('/');
      if (!token && method === 'POST') {
        const reminder: StandInReminder = {
          alertToken: randomUUID(),
          createdTime: now.toISOString(),
          updatedTime: now.toISOString(),
          status: 'ON',
          request: body,
        };
        this.reminders.set(reminder.alertToken, reminder);
        return send(201, {
          alertToken: reminder.alertToken,
          createdTime: reminder.createdTime,
          status: 'ON',
        });
      }
      if (!token && method === 'GET') {
        const alerts = [...this.reminders.values()].map((r) => ({
          alertToken: r.alertToken,
          status: r.status,
          ...r.request,
        }));
        return send(200, { alerts, totalCount: String(alerts.length) });
      }
      const reminder = token ? this.reminders.get(token) : undefined;
      if (!reminder) return send(404, { code: 'NOT_FOUND', message: 'No such reminder' });
      if (method === 'GET')
        return send(200, { alertToken: reminder.alertToken, status: reminder.status, ...reminder.request });
      if (method === 'DELETE') {
        this.reminders.delete(reminder.alertToken);
        return send(200);
      }
      return send(405, { code: 'METHOD_NOT_ALLOWED' });
    }
    return send(404, { code: 'NOT_FOUND', message: `No stand-in for ${method} ${path}` });
  }
}

/** A timer as the Timers API returns it (without the request we keep for tests). */
function publicTimer(timer: StandInTimer) {
  const { request: _request, ...rest } = timer;
  void _request;
  return rest;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}
