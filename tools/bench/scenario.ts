import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AlexaApi } from '../../lambda/alexa/api';
import { householdSchema } from '../../lambda/domain/household';
import { createLambdaHandler } from '../../lambda/entry';
import { silentMetrics, type LoggerLike } from '../../lambda/logging';
import { buildSkill } from '../../lambda/skill';
import { HOUSEHOLD_SK, householdPk } from '../../lambda/storage/keys';
import { createDocumentClient, newMeter, Store, type StoreMeter } from '../../lambda/storage/store';
import { householdIdFor } from '../../lambda/domain/ids';
import { AlexaStandIn } from '../alexa-standin';
import { ManualClock } from '../clock';
import { Device, type TurnResult } from '../device';
import { ensureTable, localClient } from '../dynamo-local';

/**
 * The benchmark's world: the real skill (the same code the Lambda bundles) on its own table in
 * DynamoDB Local, the Alexa stand-in, a manual clock, and a recorder of every DynamoDB call the
 * skill makes, so each turn's calls can be replayed bare as its floor.
 */

/** One low-level DynamoDB call as the SDK sent it (already marshalled). */
export interface RecordedCall {
  command: string;
  input: Record<string, unknown>;
}

export interface TurnSample {
  turn: string;
  ms: number;
  reads: number;
  writes: number;
  bytesRead: number;
  bytesWritten: number;
  calls: RecordedCall[];
  /** Wall time inside the document client's send (marshalling, SDK pipeline, the call itself). */
  dbMs: number;
  /** Wall time inside Alexa API calls (the loopback stand-in here). */
  alexaMs: number;
  /** Validating the household item once, as every turn that reads it does (replayed after the turn). */
  validateMs: number;
}

/** Time spent in Alexa API calls, summed across the process (the bench runs one turn at a time). */
const alexaTime = { ms: 0 };
const request = AlexaApi.prototype.request;
AlexaApi.prototype.request = async function timed<T>(this: AlexaApi, ...args: Parameters<typeof request>) {
  const started = process.hrtime.bigint();
  try {
    return (await request.apply(this, args)) as T;
  } finally {
    alexaTime.ms += Number(process.hrtime.bigint() - started) / 1e6;
  }
};

const quiet: LoggerLike = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export interface BenchWorld {
  tableName: string;
  clock: ManualClock;
  standIn: AlexaStandIn;
  store: Store;
  meter: StoreMeter;
  client: DynamoDBDocumentClient;
  handler: ReturnType<typeof createLambdaHandler>;
  /** Every call since the last `take()`, and the time spent in the document client's send. */
  recorder: { calls: RecordedCall[]; dbMs: number; take(): RecordedCall[] };
  close(): Promise<void>;
}

/** The Lambda's own client settings (lambda/config.ts defaults), pointed at DynamoDB Local. */
export async function benchWorld(
  endpoint: string,
  start = new Date('2025-11-17T18:00:00.000Z'),
): Promise<BenchWorld> {
  const tableName = `between-us-bench-${randomUUID()}`;
  await ensureTable(endpoint, tableName);
  const clock = new ManualClock(start);
  const standIn = new AlexaStandIn({ clock });
  await standIn.start();
  const client = createDocumentClient({ endpoint, requestTimeoutMs: 1000, maxAttempts: 2 });
  const recorder = {
    calls: [] as RecordedCall[],
    dbMs: 0,
    take() {
      // Copied here, after the turn, so the copying is not timed as part of it.
      const taken = this.calls.map((c) => ({ ...c, input: structuredClone(c.input) }));
      this.calls = [];
      this.dbMs = 0;
      return taken;
    },
  };
  // The document client shares the low-level client's middleware stack: this sees every call.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      recorder.calls.push({
        command: String(context.commandName),
        input: args.input as Record<string, unknown>,
      });
      return next(args);
    },
    { step: 'build', name: 'benchRecorder' },
  );
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  (client as { send: unknown }).send = async (command: unknown) => {
    const started = process.hrtime.bigint();
    try {
      return await send(command);
    } finally {
      recorder.dbMs += Number(process.hrtime.bigint() - started) / 1e6;
    }
  };
  const meter = newMeter();
  const store = new Store({ tableName, client, meter });
  const skill = buildSkill({
    store,
    logger: quiet,
    metrics: silentMetrics,
    clock: () => clock.now(),
    alexaApiTimeoutMs: 1500,
  });
  const handler = createLambdaHandler(skill, { skillId: undefined, logger: quiet, metrics: silentMetrics });
  return {
    tableName,
    clock,
    standIn,
    store,
    meter,
    client,
    handler,
    recorder,
    close: async () => {
      await standIn.stop();
      client.destroy();
      const admin: DynamoDBClient = localClient(endpoint);
      await admin.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      admin.destroy();
    },
  };
}

export interface Couple {
  echo: Device;
  userId: string;
}

/** A household set up through the real first-run conversation. */
export async function newCouple(world: BenchWorld): Promise<Couple> {
  const echo = new Device({ handler: world.handler, standIn: world.standIn });
  await echo.launch();
  await echo.intent('SetupNamesIntent', { firstName: 'Alex', secondName: 'Sam' });
  echo.close();
  return { echo, userId: echo.userId };
}

/** Runs one turn, measuring its wall time and its DynamoDB calls and bytes. */
export async function measure(
  world: BenchWorld,
  turn: string,
  run: () => Promise<TurnResult>,
): Promise<TurnSample> {
  const before = { ...world.meter };
  world.recorder.take();
  const alexaBefore = alexaTime.ms;
  const started = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const alexaMs = alexaTime.ms - alexaBefore;
  const dbMs = world.recorder.dbMs;
  if (/something went wrong|trouble reaching/i.test(result.speech)) {
    throw new Error(`benchmark turn "${turn}" failed: ${result.speech}`);
  }
  const calls = world.recorder.take();
  return {
    dbMs,
    alexaMs,
    validateMs: world.meter.reads > before.reads ? await validationMs(world, result.envelope) : 0,
    turn,
    ms,
    reads: world.meter.reads - before.reads,
    writes: world.meter.writes - before.writes,
    bytesRead: world.meter.bytesRead - before.bytesRead,
    bytesWritten: world.meter.bytesWritten - before.bytesWritten,
    calls,
  };
}

/**
 * What validating the household item costs: the item as stored after the turn, validated once
 * through the schema's Standard Schema interface (so it measures zod classic or zod/mini alike).
 */
async function validationMs(world: BenchWorld, envelope: TurnResult['envelope']): Promise<number> {
  const key = { pk: householdPk(householdIdFor(envelope.context.System.user.userId)), sk: HOUSEHOLD_SK };
  world.recorder.take();
  const { Item } = await world.client.send(new GetCommand({ TableName: world.tableName, Key: key }));
  world.recorder.take();
  if (!Item) return 0;
  const value = { ...(Item.data as Record<string, unknown>), version: Item.version };
  const started = process.hrtime.bigint();
  const outcome = householdSchema['~standard'].validate(value);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (outcome instanceof Promise || outcome.issues) throw new Error('the household item did not validate');
  return ms;
}

const MINUTE = 60_000;

/** Moves the clock past the running check-in timer and relaunches the skill as Alexa would. */
async function relaunchByTimer(world: BenchWorld, echo: Device): Promise<TurnResult> {
  world.clock.advance(5 * MINUTE + 1_000);
  const fired = world.standIn.fireDue();
  const task = fired[0]?.task;
  if (!task) throw new Error('no check-in timer fired');
  return echo.launchTask(task);
}

const NOTE = [
  'after dinner when the dishes piled up',
  'tired and a bit unseen',
  'I named the pattern out loud',
  'when my voice got sharper',
  'how to ask for a pause kindly',
];

/**
 * One evening of use: open the skill, a whole check-in (start, relaunch by the first timer, close
 * by the second), a whole pattern note, an appreciation, and the recap. `measured` receives the
 * five main turns; everything else is run unmeasured.
 */
export async function evening(
  world: BenchWorld,
  couple: Couple,
  measured?: (sample: TurnSample) => void,
): Promise<void> {
  const { echo } = couple;
  const take = async (turn: string, run: () => Promise<TurnResult>) => {
    if (measured) measured(await measure(world, turn, run));
    else await run();
  };
  echo.close();
  await take('launch', () => echo.launch());
  echo.close();

  await echo.intent('StartCheckinIntent');
  // "Are you both here?" — yes starts it (and sets the first timer).
  await take('check-in start', () => echo.intent('AMAZON.YesIntent'));
  for (let i = 0; i < 2 && echo.inSession; i++) await echo.intent('AMAZON.YesIntent');
  await take('relaunch by timer', () => relaunchByTimer(world, echo));
  echo.close();
  await relaunchByTimer(world, echo);
  echo.close();

  await echo.intent('StartPatternNoteIntent');
  await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
  await echo.intent('NotePartIntent', { text: NOTE[0] });
  await take('note part', () => echo.intent('NotePartIntent', { text: NOTE[1] }));
  for (const text of NOTE.slice(2)) await echo.intent('NotePartIntent', { text });
  echo.close();

  await echo.intent('AppreciationIntent', { appreciation: 'Sam made coffee this morning' });
  if (echo.inSession) await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
  echo.close();

  await take('recap', () => echo.intent('RecapLastWeekIntent'));
  echo.close();
}

/**
 * A week of use: a focus, one or two evenings (each a check-in, a note, an appreciation and the
 * recap), then the clock moves on to the same hour a week later. Several couples share the clock,
 * so `week` runs each couple's week and moves the clock once.
 */
export async function week(world: BenchWorld, couples: Couple[], evenings: 1 | 2 = 2): Promise<void> {
  const started = world.clock.now().getTime();
  const each = async (run: (c: Couple) => Promise<void>) => {
    for (const couple of couples) await run(couple);
  };
  await each(async (c) => {
    await c.echo.intent('SetFocusIntent', { focusText: 'pausing before we pursue' });
    c.echo.close();
  });
  await each((c) => evening(world, c));
  if (evenings === 2) {
    world.clock.advance(3 * 86_400_000);
    await each((c) => evening(world, c));
  }
  world.clock.advance(Math.max(0, started + 7 * 86_400_000 - world.clock.now().getTime()));
}

export const MAIN_TURNS = ['launch', 'check-in start', 'relaunch by timer', 'note part', 'recap'] as const;
