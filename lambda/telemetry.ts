import type { LoggerLike, MetricsLike } from './logging';

/**
 * The skill's log lines and metrics, as CloudWatch reads them: one JSON object per line on
 * stdout, and the request's counts as one line in the Embedded Metric Format (EMF).
 *
 * Written here rather than with Powertools: the skill uses a JSON line per call and a count per
 * event, and Powertools' logger and metrics were 31 KiB of the 523 KiB bundle and about 20 ms
 * of every cold start's module load (measured in BENCHMARKS.md, issue 15).
 *
 * Lines go to process.stdout, not console: the Lambda runtime prefixes console lines with a
 * timestamp and request ID, and a prefixed line is neither JSON nor EMF to CloudWatch.
 */
export const SERVICE_NAME = 'between-us';
export const METRICS_NAMESPACE = 'BetweenUs';

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Lambda's own level names (advanced logging controls) read as ours. */
const LAMBDA_LEVELS: Record<string, LogLevel> = { TRACE: 'DEBUG', FATAL: 'ERROR' };

function levelOf(raw: string | undefined): LogLevel | undefined {
  const name = raw?.trim().toUpperCase();
  if (!name) return undefined;
  return LAMBDA_LEVELS[name] ?? ((LOG_LEVELS as readonly string[]).find((l) => l === name) as LogLevel);
}

/**
 * The level to log at: LOG_LEVEL (INFO when unset), raised to Lambda's AWS_LAMBDA_LOG_LEVEL when
 * that is stricter (Lambda would drop the quieter lines anyway).
 */
export function logLevelFrom(env: NodeJS.ProcessEnv): LogLevel {
  const own = levelOf(env.LOG_LEVEL) ?? 'INFO';
  const lambda = levelOf(env.AWS_LAMBDA_LOG_LEVEL);
  return lambda && LOG_LEVELS.indexOf(lambda) > LOG_LEVELS.indexOf(own) ? lambda : own;
}

export type WriteLine = (line: string) => void;
const toStdout: WriteLine = (line) => void process.stdout.write(`${line}\n`);

/** The Lambda invocation a line belongs to (from the handler's context). */
export interface InvocationContext {
  awsRequestId?: string;
}

export class JsonLogger implements LoggerLike {
  private readonly threshold: number;
  private requestId: string | undefined;
  private invocations = 0;
  private coldStart = false;

  constructor(
    level: LogLevel,
    private readonly write: WriteLine = toStdout,
    private readonly clock: () => Date = () => new Date(),
    /** A provisioned-concurrency container was started before anyone asked: none of its turns is cold. */
    private readonly provisioned = process.env.AWS_LAMBDA_INITIALIZATION_TYPE === 'provisioned-concurrency',
  ) {
    this.threshold = LOG_LEVELS.indexOf(level);
  }

  /** Called once per invocation: its lines carry the request ID, and cold_start is true in the container's first. */
  startInvocation(context: InvocationContext | undefined): void {
    this.requestId = typeof context?.awsRequestId === 'string' ? context.awsRequestId : undefined;
    this.coldStart = this.invocations++ === 0 && !this.provisioned;
  }

  debug(message: string, ...extra: Record<string, unknown>[]): void {
    this.line('DEBUG', message, extra);
  }
  info(message: string, ...extra: Record<string, unknown>[]): void {
    this.line('INFO', message, extra);
  }
  warn(message: string, ...extra: Record<string, unknown>[]): void {
    this.line('WARN', message, extra);
  }
  error(message: string, ...extra: Record<string, unknown>[]): void {
    this.line('ERROR', message, extra);
  }

  private line(level: LogLevel, message: string, extra: Record<string, unknown>[]): void {
    if (LOG_LEVELS.indexOf(level) < this.threshold) return;
    // The fixed fields come last, so an extra can never pass itself off as one of them.
    const fields: Record<string, unknown> = Object.assign({}, ...extra, {
      level,
      message,
      timestamp: this.clock().toISOString(),
      service: SERVICE_NAME,
      function_request_id: this.requestId,
      cold_start: this.invocations > 0 ? this.coldStart : undefined,
    });
    let line: string;
    try {
      line = JSON.stringify(fields, (_key, value: unknown) =>
        typeof value === 'bigint' ? `${value}` : value,
      );
    } catch {
      // An extra that cannot be written (a cycle, a throwing getter) must not make logging throw,
      // least of all in the error handler: the line keeps its fixed fields.
      const { level: l, message: m, timestamp, service, function_request_id, cold_start } = fields;
      line = JSON.stringify({ level: l, message: m, timestamp, service, function_request_id, cold_start });
    }
    this.write(line);
  }
}

/** Counts per request, written as one EMF line when the request is over (none if nothing was counted). */
export class EmfMetrics implements MetricsLike {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly enabled: boolean,
    private readonly write: WriteLine = toStdout,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  count(name: string, value = 1): void {
    // The line's own keys cannot be metric names: they would overwrite the dimension or the directive.
    if (name === 'service' || name === '_aws') throw new Error(`"${name}" cannot name a metric`);
    this.counts.set(name, (this.counts.get(name) ?? 0) + value);
  }

  /** Writes what was counted since the last publish, then forgets it. */
  publish(): void {
    if (this.counts.size === 0) return;
    const names = [...this.counts.keys()];
    const line = {
      _aws: {
        Timestamp: this.clock().getTime(),
        CloudWatchMetrics: [
          {
            Namespace: METRICS_NAMESPACE,
            Dimensions: [['service']],
            Metrics: names.map((name) => ({ Name: name, Unit: 'Count' })),
          },
        ],
      },
      service: SERVICE_NAME,
      ...Object.fromEntries(this.counts),
    };
    this.counts.clear();
    if (this.enabled) this.write(JSON.stringify(line));
  }
}
