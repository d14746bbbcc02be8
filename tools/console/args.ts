/** The console's command line, read into options (pure, so it is easy to test). */
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';

export interface ConsoleArgs {
  voice?: string;
  locale: string;
  screen: boolean;
  tz?: string;
  script?: string;
  waitTimers: boolean;
  speak: boolean;
  timeScale: number;
  inMemory: boolean;
  start?: Date;
  /** Print the intent and slots each line resolved to. */
  showIntents: boolean;
  /** Print all of the skill's log lines, not only errors. */
  logs: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm start -- [options]

Talk to Between Us in your terminal: the real skill, on DynamoDB Local, with Alexa's APIs stood in.

Options:
  --voice NAME       speak as a recognized voice (a stable fake personId for NAME)
  --locale LOCALE    ${SUPPORTED_LOCALES.join(', ')} (default en-US)
  --screen           an Echo Show: the device supports APL
  --tz ZONE          the device's time zone, e.g. Europe/London (default America/New_York)
  --script FILE      read one utterance per line from FILE instead of the keyboard
  --wait-timers      after the script, wait for running timers to fire and their relaunches
  --time-scale N     time passes N times faster (timers too), e.g. --time-scale 60
  --start ISO        start the clock at this instant, e.g. 2026-11-23T19:00:00Z
  --in-memory        keep nothing: DynamoDB Local in memory instead of .data/
  --speak            also speak through espeak-ng, when it is installed
  --intents          show the intent and slots each line resolved to
  --logs             show every log line the skill writes (errors are always shown)
  --help             this text

Environment: AWS_ENDPOINT_URL_DYNAMODB uses that DynamoDB instead of starting one;
TABLE_NAME names the table (default between-us).`;

const FLAGS = new Set([
  '--screen',
  '--wait-timers',
  '--speak',
  '--in-memory',
  '--intents',
  '--logs',
  '--help',
  '-h',
]);
const VALUED = new Set(['--voice', '--locale', '--tz', '--script', '--time-scale', '--start']);

export function parseArgs(argv: string[]): ConsoleArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (FLAGS.has(name) && inline === undefined) flags.add(name);
    else if (VALUED.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else throw new UsageError(`Unknown option: ${argv[i]}`);
  }

  const locale = values.get('--locale') ?? 'en-US';
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale))
    throw new UsageError(`--locale must be one of ${SUPPORTED_LOCALES.join(', ')}`);
  const tz = values.get('--tz');
  if (tz !== undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw new UsageError(`--tz: unknown time zone "${tz}" (try e.g. Europe/London)`);
    }
  }
  const timeScale = Number(values.get('--time-scale') ?? 1);
  if (!Number.isFinite(timeScale) || timeScale <= 0)
    throw new UsageError('--time-scale takes a positive number, e.g. --time-scale 60');
  const startText = values.get('--start');
  const start = startText === undefined ? undefined : new Date(startText);
  if (start && Number.isNaN(start.getTime()))
    throw new UsageError(`--start: "${startText}" is not a date and time (try 2026-11-23T19:00:00Z)`);
  const voice = values.get('--voice')?.trim();

  return {
    ...(voice ? { voice } : {}),
    locale,
    screen: flags.has('--screen'),
    ...(tz ? { tz } : {}),
    ...(values.has('--script') ? { script: values.get('--script') } : {}),
    waitTimers: flags.has('--wait-timers'),
    speak: flags.has('--speak'),
    timeScale,
    inMemory: flags.has('--in-memory'),
    ...(start ? { start } : {}),
    showIntents: flags.has('--intents'),
    logs: flags.has('--logs'),
    help: flags.has('--help') || flags.has('-h'),
  };
}
