import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createLambdaHandler } from '../../lambda/entry';
import type { LoggerLike, MetricsLike } from '../../lambda/logging';
import type { Feature } from '../../lambda/feature';
import { buildSkill } from '../../lambda/skill';
import { createDocumentClient, Store } from '../../lambda/storage/store';
import { AlexaStandIn } from '../../tools/alexa-standin';
import { ManualClock, type ScaledClock } from '../../tools/clock';
import { DEFAULT_SKILL_ID, Device, type DeviceOptions } from '../../tools/device';
import { ensureTable, localClient } from '../../tools/dynamo-local';

/** Every log line the skill wrote, as the JSON it would have become. */
export interface CapturedLog {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  extra: Record<string, unknown>[];
}

export function capturingLogger(lines: CapturedLog[]): LoggerLike {
  const at =
    (level: CapturedLog['level']) =>
    (message: string, ...extra: Record<string, unknown>[]) =>
      void lines.push({ level, message, extra });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface HarnessOptions {
  /** 2026-11-18 is a Wednesday. */
  start?: Date;
  clock?: ScaledClock;
  skillId?: string;
  timeZone?: string;
  permissions?: { timers?: boolean; reminders?: boolean };
  requestTimeoutMs?: number;
  maxAttempts?: number;
  /** Point the skill at another DynamoDB endpoint (fault tests). */
  endpoint?: string;
  /** Features this skill has besides its own (tried just before the core handlers). */
  features?: Feature[];
}

export interface Harness {
  tableName: string;
  endpoint: string;
  store: Store;
  clock: ScaledClock;
  standIn: AlexaStandIn;
  logs: CapturedLog[];
  metrics: string[];
  handler: ReturnType<typeof createLambdaHandler>;
  /** This skill's source of chance (its `random` dep): a seeded one, or Math.random with undefined. */
  setRandom(next: (() => number) | undefined): void;
  /** A new simulated Echo in a household (same userId = same household). */
  device(options?: Partial<DeviceOptions>): Device;
  close(): Promise<void>;
}

export const TEST_START = new Date('2026-11-18T18:00:00.000Z');

/**
 * The real skill, on a fresh table in the shared DynamoDB Local, with the Alexa stand-in
 * on loopback and a clock the test moves by hand.
 */
export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const endpoint = options.endpoint ?? process.env.DYNAMO_TEST_ENDPOINT;
  if (!endpoint)
    throw new Error('DYNAMO_TEST_ENDPOINT is not set: run the tests through jest (global setup).');
  const tableName = `between-us-test-${randomUUID()}`;
  await ensureTable(process.env.DYNAMO_TEST_ENDPOINT ?? endpoint, tableName);
  const clock = options.clock ?? new ManualClock(options.start ?? TEST_START);
  const standIn = new AlexaStandIn({ clock, timeZone: options.timeZone, permissions: options.permissions });
  await standIn.start();
  const logs: CapturedLog[] = [];
  const metricNames: string[] = [];
  const metrics: MetricsLike = { count: (name) => void metricNames.push(name) };
  const logger = capturingLogger(logs);
  const client = createDocumentClient({
    requestTimeoutMs: options.requestTimeoutMs ?? 2000,
    maxAttempts: options.maxAttempts ?? 2,
    endpoint,
  });
  const store = new Store({ tableName, client });
  let random: () => number = Math.random;
  const skill = buildSkill(
    { store, logger, metrics, clock: () => clock.now(), random: () => random(), alexaApiTimeoutMs: 1500 },
    options.features,
  );
  const skillId = options.skillId ?? DEFAULT_SKILL_ID;
  const handler = createLambdaHandler(skill, { skillId, logger, metrics });
  const userId = `amzn1.ask.account.${randomUUID()}`;
  return {
    tableName,
    endpoint,
    store,
    clock,
    standIn,
    logs,
    metrics: metricNames,
    handler,
    setRandom: (next) => void (random = next ?? Math.random),
    device: (deviceOptions = {}) => new Device({ handler, standIn, skillId, userId, ...deviceOptions }),
    close: async () => {
      await standIn.stop();
      client.destroy();
      const admin = localClient(process.env.DYNAMO_TEST_ENDPOINT ?? endpoint);
      await admin.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      admin.destroy();
    },
  };
}

/** Sets up a household through the real first-run conversation. Returns the device, session closed. */
export async function setUpHousehold(
  harness: Harness,
  names: [string, string] = ['Alex', 'Sam'],
  device = harness.device(),
) {
  await device.launch();
  await device.intent('SetupNamesIntent', { firstName: names[0], secondName: names[1] });
  device.close();
  return device;
}
