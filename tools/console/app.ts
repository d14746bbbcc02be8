/**
 * Everything the console runs on: DynamoDB Local (or the endpoint in AWS_ENDPOINT_URL_DYNAMODB),
 * the real skill handler, the Alexa API stand-in on loopback, one clock shared by all of them,
 * and a simulated Echo for one household that stays the same from run to run.
 */
import { resolve } from 'node:path';
import { createLambdaHandler } from '../../lambda/entry';
import { silentMetrics, type LoggerLike } from '../../lambda/logging';
import { buildSkill } from '../../lambda/skill';
import { createDocumentClient, Store } from '../../lambda/storage/store';
import { AlexaStandIn } from '../alexa-standin';
import { ScaledClock } from '../clock';
import { DEFAULT_SKILL_ID, Device } from '../device';
import { ensureTable, startDynamoLocal, useLocalCredentials, type DynamoLocal } from '../dynamo-local';
import type { ConsoleArgs } from './args';
import { loadModel, Resolver } from './nlu';
import { formatInstant } from './render';
import { ConsoleRunner, personIdFor } from './runner';
import { espeakSpeaker } from './speak';

const ROOT = resolve(__dirname, '../..');

/** The console is one household: the same Alexa account and Echo every run, so .data/ carries over. */
export const CONSOLE_USER_ID = 'amzn1.ask.account.between-us-console';
export const CONSOLE_DEVICE_ID = 'amzn1.ask.device.between-us-console';
export const DEFAULT_TABLE_NAME = 'between-us';

export interface ConsoleApp {
  runner: ConsoleRunner;
  device: Device;
  standIn: AlexaStandIn;
  clock: ScaledClock;
  store: Store;
  endpoint: string;
  tableName: string;
  close(): Promise<void>;
}

/** The skill's own log lines: errors always, everything with --logs. Never user text (house rule 5). */
function consoleLogger(print: (line: string) => void, all: boolean): LoggerLike {
  const at =
    (level: string, shown: boolean) =>
    (message: string, ...extra: Record<string, unknown>[]) => {
      if (shown)
        print(
          `  ! ${level}: ${message}${extra.length ? ` ${JSON.stringify(Object.assign({}, ...extra))}` : ''}`,
        );
    };
  return { debug: at('debug', all), info: at('info', all), warn: at('warn', all), error: at('error', true) };
}

export async function startConsole(
  args: ConsoleArgs,
  print: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ConsoleApp> {
  useLocalCredentials(env);
  const cleanups: (() => Promise<void> | void)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    let endpoint = env.AWS_ENDPOINT_URL_DYNAMODB?.trim();
    let db: DynamoLocal | undefined;
    if (!endpoint) {
      db = await startDynamoLocal({
        dbPath: args.inMemory ? undefined : resolve(ROOT, '.data'),
        quiet: true,
      });
      const child = db.process;
      // Never leave Java behind, even on an abrupt exit.
      const kill = () => child.kill('SIGKILL');
      process.once('exit', kill);
      cleanups.push(async () => {
        process.removeListener('exit', kill);
        await db!.stop();
      });
      endpoint = db.endpoint;
    }
    const tableName = env.TABLE_NAME?.trim() || DEFAULT_TABLE_NAME;
    await ensureTable(endpoint, tableName);

    const clock = new ScaledClock(args.start ?? new Date(), args.timeScale);
    const standIn = new AlexaStandIn({ clock, ...(args.tz ? { timeZone: args.tz } : {}) });
    await standIn.start();
    cleanups.push(() => standIn.stop());

    const client = createDocumentClient({ requestTimeoutMs: 2000, maxAttempts: 2, endpoint });
    cleanups.push(() => client.destroy());
    const store = new Store({ tableName, client });
    const logger = consoleLogger(print, args.logs);
    const skill = buildSkill({
      store,
      logger,
      metrics: silentMetrics,
      clock: () => clock.now(),
      alexaApiTimeoutMs: 1500,
    });
    const handler = createLambdaHandler(skill, { skillId: DEFAULT_SKILL_ID, logger, metrics: silentMetrics });
    const device = new Device({
      handler,
      standIn,
      skillId: DEFAULT_SKILL_ID,
      userId: CONSOLE_USER_ID,
      deviceId: CONSOLE_DEVICE_ID,
      ...(args.voice ? { personId: personIdFor(args.voice) } : {}),
      locale: args.locale,
      screen: args.screen,
    });
    const resolver = new Resolver(loadModel(args.locale, ROOT));
    const speak = args.speak ? espeakSpeaker(args.locale) : undefined;
    if (args.speak && !speak) print('(espeak-ng is not installed: --speak is ignored)');
    const runner = new ConsoleRunner({
      device,
      standIn,
      clock,
      resolver,
      print,
      ...(speak ? { speak } : {}),
      showIntents: args.showIntents,
    });

    print(
      [
        `Between Us — local console (${args.locale}${args.screen ? ', screen' : ''}${args.voice ? `, voice ${args.voice}` : ''})`,
        `DynamoDB ${db ? `Local at ${endpoint} (${args.inMemory ? 'in memory' : 'data in .data/'})` : `at ${endpoint}`}, table ${tableName}`,
        `Clock: ${formatInstant(clock.now(), standIn.timeZone)}${args.timeScale !== 1 ? `, ×${args.timeScale}` : ''}`,
        `Say "open ${resolver.invocationName}" or "ask ${resolver.invocationName} to …"; :help lists console commands.`,
      ].join('\n'),
    );
    return { runner, device, standIn, clock, store, endpoint, tableName, close };
  } catch (error) {
    await close();
    throw error;
  }
}
