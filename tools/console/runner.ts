/**
 * The console's conversation: it turns each typed line into what an Echo would send (a launch,
 * a one-shot, an intent in the open session, an answer to Alexa's permission question), sends
 * it through the simulated device, prints the reply, and relaunches the skill when one of its
 * timers ends. Everything that talks to the skill goes through one queue, one turn at a time.
 */
import { createHash } from 'node:crypto';
import { durationMs, type AlexaStandIn, type FiredTask, type StandInTimer } from '../alexa-standin';
import type { ScaledClock } from '../clock';
import type { Device, Slots, TurnResult } from '../device';
import { parseInvocation, type Resolution, type Resolver } from './nlu';
import { formatDuration, formatInstant, parseSpan, renderTurn, shortScope } from './render';

export interface RunnerOptions {
  device: Device;
  standIn: AlexaStandIn;
  clock: ScaledClock;
  resolver: Resolver;
  print: (line: string) => void;
  speak?: (text: string) => Promise<void>;
  showIntents?: boolean;
}

/** A stable fake Alexa personId for a name, so "--voice Sam" is the same voice every run. */
export function personIdFor(name: string): string {
  const digest = createHash('sha256').update(name.trim().toLowerCase()).digest('hex').slice(0, 24);
  return `amzn1.ask.person.console${digest}`;
}

const HELP = `Console commands:
  :wait              wait until running timers have fired and their relaunches answered
  :advance 7d        move the clock forward (w, d, h, m, s; e.g. 3h, 10m, 1h30m)
  :time              what time it is for the skill
  :timers            the skill's timers and reminders
  :voice NAME        speak as a recognized voice; ":voice off" for an unrecognized one
  :deny timers       withdraw a permission (timers or reminders); ":allow timers" grants it
  :end               the listening window closes: Alexa ends the session
  :quit              leave the console`;

interface AskFor {
  name: string;
  scope: string;
  token: string;
}

export class ConsoleRunner {
  private chain: Promise<void> = Promise.resolve();
  private busy = 0;
  private askFor: AskFor | undefined;
  private readonly fired = new Set<string>();
  /** Set by ":quit". */
  quit = false;

  constructor(private readonly options: RunnerOptions) {
    options.standIn.on('task', (event: FiredTask) => {
      this.fired.add(event.timer.id);
      void this.enqueue(() => this.relaunch(event));
    });
    options.standIn.on('timerDone', (timer: StandInTimer) => {
      this.fired.add(timer.id);
      this.print(`⏰ timer ${label(timer)} ended`);
    });
  }

  private get device(): Device {
    return this.options.device;
  }

  private print(line: string): void {
    this.options.print(line);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.busy += 1;
    const run = this.chain
      .then(job)
      .catch((error: unknown) => this.print(`(console error: ${(error as Error)?.message ?? String(error)})`))
      .finally(() => {
        this.busy -= 1;
      });
    this.chain = run;
    return run;
  }

  /** One typed line: a console command, or something said to Alexa. */
  async handle(line: string): Promise<void> {
    const text = line.trim();
    if (!text || text.startsWith('#')) return;
    if (text === ':wait') {
      await this.enqueue(async () => undefined);
      return this.waitForTimers();
    }
    return this.enqueue(() => (text.startsWith(':') ? this.command(text) : this.say(text)));
  }

  /** Waits until no timer is running and every relaunch has been answered. */
  async waitForTimers(): Promise<void> {
    const announced = new Set<string>();
    for (;;) {
      await this.chain;
      const running = this.timers('ON');
      if (running.length === 0 && this.busy === 0) break;
      for (const timer of running.filter((t) => !announced.has(t.id))) {
        announced.add(timer.id);
        const left = Date.parse(timer.triggerTime) - this.options.clock.now().getTime();
        const real = this.options.clock.scale === 1 ? '' : `, ${realTime(left / this.options.clock.scale)}`;
        this.print(`(waiting for timer ${label(timer)}: ${formatDuration(left)} left${real})`);
      }
      await new Promise((done) => setTimeout(done, 25));
    }
    const paused = this.timers('PAUSED');
    if (paused.length)
      this.print(`(${paused.length} paused timer${paused.length > 1 ? 's' : ''} not waited for)`);
  }

  /** Timers the skill has running (or paused) on the stand-in. */
  timers(status: StandInTimer['status']): StandInTimer[] {
    return [...this.options.standIn.timers.values()].filter((t) => t.status === status);
  }

  private async say(text: string): Promise<void> {
    const { resolver } = this.options;
    if (this.askFor) return this.answerPermission(text, this.askFor);
    const invocation = parseInvocation(text, resolver.invocationName);
    if (invocation.kind === 'launch') {
      await this.dropSession();
      return this.turn(() => this.device.launch());
    }
    if (invocation.kind === 'oneShot') {
      await this.dropSession();
      return this.send(resolver.resolve(invocation.utterance));
    }
    if (!this.device.inSession) {
      this.print(
        `(session closed — say 'open ${resolver.invocationName}' or 'ask ${resolver.invocationName} to …')`,
      );
      return;
    }
    return this.send(this.withElicitedSlots(resolver.resolve(text, { elicited: this.device.elicited })));
  }

  private send(resolution: Resolution): Promise<void> {
    if (this.options.showIntents) {
      const slots = Object.entries(resolution.slots).map(([name, v]) =>
        typeof v === 'string' ? `${name}="${v}"` : `${name}="${v?.value}"(${v?.id})`,
      );
      this.print(`  · ${[resolution.intent, ...slots].join(' ')}`);
    }
    return this.turn(() => this.device.intent(resolution.intent, resolution.slots));
  }

  /** Alexa sends back the slots the skill already had when it asked for one more. */
  private withElicitedSlots(resolution: Resolution): Resolution {
    const elicited = this.device.elicited;
    if (!elicited || elicited.intent !== resolution.intent) return resolution;
    const last = this.device.history[this.device.history.length - 1];
    const directive = last?.directives.find((d) => d.type === 'Dialog.ElicitSlot') as
      { updatedIntent?: { slots?: Record<string, ElicitedSlot> } } | undefined;
    const carried: Slots = {};
    for (const [name, slot] of Object.entries(directive?.updatedIntent?.slots ?? {})) {
      if (!slot?.value) continue;
      const id = slot.resolutions?.resolutionsPerAuthority?.[0]?.values?.[0]?.value?.id;
      carried[name] = id ? { value: slot.value, id } : slot.value;
    }
    return { intent: resolution.intent, slots: { ...carried, ...resolution.slots } };
  }

  /** Alexa asked, in its own voice, whether the skill may use timers or reminders. */
  private async answerPermission(text: string, pending: AskFor): Promise<void> {
    this.askFor = undefined;
    const { intent } = this.options.resolver.resolve(text);
    const status =
      intent === 'AMAZON.YesIntent' ? 'ACCEPTED' : intent === 'AMAZON.NoIntent' ? 'DENIED' : 'NOT_ANSWERED';
    if (status === 'ACCEPTED') this.setPermission(shortScope(pending.scope), true);
    this.print(`  (permission ${status})`);
    return this.turn(() =>
      this.device.connectionsResponse(
        pending.name,
        { permissionScope: pending.scope, status },
        pending.token,
      ),
    );
  }

  /** A new invocation while a session is open: that session ends first, as on a device. */
  private async dropSession(): Promise<void> {
    this.askFor = undefined;
    if (this.device.inSession) await this.device.endSession('USER_INITIATED');
  }

  /** A LAUNCH_TASK timer ended: Alexa asks to continue, the couple says yes, the skill is relaunched. */
  private async relaunch(event: FiredTask): Promise<void> {
    this.print(`⏰ timer ${label(event.timer)} ended — Alexa: (relaunches the skill)`);
    this.askFor = undefined;
    // On a device the listening window would have closed long before a timer ends.
    if (this.device.inSession) {
      this.print('  (the open session closes first)');
      await this.device.endSession('EXCEEDED_MAX_REPROMPTS');
    }
    return this.turn(() => this.device.launchTask(event.task));
  }

  /** Sends one request and prints everything the couple would notice. */
  private async turn(send: () => Promise<TurnResult>): Promise<void> {
    const { standIn } = this.options;
    const progressiveBefore = standIn.directives.length;
    const timersBefore = new Map([...standIn.timers.values()].map((t) => [t.id, t.status]));
    const remindersBefore = new Set(standIn.reminders.keys());

    const result = await send();

    for (const body of standIn.directives.slice(progressiveBefore)) {
      const said = (body as { directive?: { speech?: string } })?.directive?.speech;
      if (said) this.print(`Alexa (progressive): ${said.replace(/<[^>]+>/g, '')}`);
    }
    for (const line of renderTurn(result)) this.print(line);
    for (const timer of standIn.timers.values()) {
      const before = timersBefore.get(timer.id);
      if (!before) {
        const ms = durationMs(timer.duration);
        const scale = this.options.clock.scale;
        const real = scale === 1 ? '' : ` (${realTime(ms / scale)})`;
        this.print(`  ⏱ timer ${label(timer)} set for ${formatDuration(ms)}${real}`);
      } else if (before !== timer.status)
        this.print(`  ⏱ timer ${label(timer)} ${timer.status === 'PAUSED' ? 'paused' : 'resumed'}`);
    }
    for (const id of timersBefore.keys())
      if (!standIn.timers.has(id) && !this.fired.has(id)) this.print('  ⏱ timer cancelled');
    for (const reminder of standIn.reminders.values())
      if (!remindersBefore.has(reminder.alertToken))
        this.print(`  🔔 reminder set: ${describeReminder(reminder.request)}`);
    for (const token of remindersBefore)
      if (!standIn.reminders.has(token)) this.print('  🔔 reminder deleted');

    const ask = result.directives.find((d) => d.type === 'Connections.SendRequest' && d.name === 'AskFor');
    if (ask) {
      const scope = String((ask.payload as { permissionScope?: string } | undefined)?.permissionScope ?? '');
      this.askFor = { name: 'AskFor', scope, token: String(ask.token ?? '') };
      this.print(`Alexa: (asks) May the skill use your ${shortScope(scope)}? — answer yes or no`);
    }
    if (result.speech) await this.options.speak?.(result.speech);
  }

  private setPermission(which: string, granted: boolean): boolean {
    if (which !== 'timers' && which !== 'reminders') return false;
    this.options.standIn.permissions[which] = granted;
    return true;
  }

  private async command(text: string): Promise<void> {
    const [name, ...rest] = text.split(/\s+/);
    const arg = rest.join(' ');
    const { clock, standIn } = this.options;
    switch (name) {
      case ':advance': {
        const ms = parseSpan(arg);
        if (ms === undefined) return this.print('(:advance takes a span like 7d, 3h, 10m or 1h30m)');
        clock.advance(ms);
        this.print(
          `(clock moved forward ${formatDuration(ms)}: now ${formatInstant(clock.now(), standIn.timeZone)})`,
        );
        // Timers that are now due fire before the next line is read.
        standIn.fireDue();
        return;
      }
      case ':time':
        return this.print(`(now ${formatInstant(clock.now(), standIn.timeZone)}, time ×${clock.scale})`);
      case ':timers': {
        const now = clock.now().getTime();
        const timers = [...standIn.timers.values()].map(
          (t) =>
            `timer ${label(t)} ${t.status}${t.status === 'ON' ? `, ${formatDuration(Date.parse(t.triggerTime) - now)} left` : ''}`,
        );
        const reminders = [...standIn.reminders.values()].map(
          (r) => `reminder: ${describeReminder(r.request)}`,
        );
        const all = [...timers, ...reminders];
        return this.print(all.length ? all.map((l) => `  ${l}`).join('\n') : '(no timers or reminders)');
      }
      case ':voice':
        if (!arg) return this.print('(:voice NAME, or :voice off)');
        this.device.personId = arg === 'off' ? undefined : personIdFor(arg);
        return this.print(
          arg === 'off' ? '(voice not recognized from now on)' : `(speaking as a recognized voice: ${arg})`,
        );
      case ':allow':
      case ':deny': {
        const granted = name === ':allow';
        if (!this.setPermission(arg, granted)) return this.print(`(${name} timers, or ${name} reminders)`);
        return this.print(`(${arg} permission ${granted ? 'granted' : 'denied'})`);
      }
      case ':end': {
        if (!this.device.inSession) return this.print('(no open session)');
        this.askFor = undefined;
        const result = await this.device.endSession('EXCEEDED_MAX_REPROMPTS');
        this.print('(the listening window closed: session ended)');
        for (const line of result ? renderTurn(result) : []) this.print(line);
        return;
      }
      case ':quit':
      case ':exit':
        this.quit = true;
        return;
      case ':help':
        return this.print(HELP);
      default:
        return this.print(`(unknown command ${name}; :help lists them)`);
    }
  }
}

interface ElicitedSlot {
  value?: string;
  resolutions?: { resolutionsPerAuthority?: { values?: { value?: { id?: string } }[] }[] };
}

function realTime(ms: number): string {
  return ms < 1000 ? 'under a second of real time' : `about ${formatDuration(ms)} real time`;
}

function label(timer: StandInTimer): string {
  return timer.timerLabel ? `'${timer.timerLabel}'` : '(no label)';
}

function describeReminder(request: Record<string, unknown>): string {
  const r = request as {
    alertInfo?: { spokenInfo?: { content?: { text?: string }[] } };
    trigger?: {
      scheduledTime?: string;
      recurrence?: { recurrenceRules?: string[]; freq?: string; byDay?: string[] };
    };
  };
  const text = r.alertInfo?.spokenInfo?.content?.[0]?.text ?? '';
  const when = [r.trigger?.scheduledTime, ...(r.trigger?.recurrence?.recurrenceRules ?? [])]
    .filter(Boolean)
    .join(', ');
  return `"${text}"${when ? ` (${when})` : ''}`;
}
