/**
 * The three builds the bench sets side by side, built and measured in one run:
 *
 *   - floor: tools/bench/floor-skill.ts (ask-sdk-core + SDK v3 document client, one GetItem and
 *     one PutItem), bundled by tools/build.mjs with the Lambda's own settings; and the same
 *     built without the Lambda's stand-ins (`--stock`), the floor as any skill gets it;
 *   - Between Us: lambda/index.ts, bundled by tools/build.mjs (dist/lambda/index.js);
 *   - conventional: tools/bench/conventional-skill.ts (ask-sdk + the stock DynamoDB persistence
 *     adapter, SDK v2), transpiled but not bundled, loading its packages from node_modules.
 *
 * Each sample is a fresh Node process (tools/bench/cold.ts) that loads one build and answers a
 * LaunchRequest for a set-up household against DynamoDB Local; the builds take turns, so all
 * three see the same machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CreateTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall, marshall } from '@aws-sdk/util-dynamodb';
import { householdPk, HOUSEHOLD_SK } from '../../lambda/storage/keys';
import { householdIdFor } from '../../lambda/domain/ids';
import { ensureTable, localClient } from '../dynamo-local';
import { benchWorld, newCouple, type BenchWorld } from './scenario';

const ROOT = resolve(__dirname, '../..');
const DIST = resolve(ROOT, 'dist/bench');
const ESBUILD = resolve(ROOT, 'node_modules/.bin/esbuild');

export type BuildName = 'floor' | 'floor-stock' | 'between-us' | 'conventional';

export interface Build {
  name: BuildName;
  label: string;
  /** The file a fresh process requires. */
  entry: string;
  /** Bundle size; undefined for the unbundled conventional build. */
  bytes?: number;
  gzipBytes?: number;
}

export const BUILD_LABELS: Record<BuildName, string> = {
  floor: 'floor skill (ask-sdk-core + SDK v3 document client, bundled the same way)',
  'floor-stock': 'floor skill, stock build (the same settings without the stand-ins)',
  'between-us': 'Between Us (dist/lambda/index.js)',
  conventional: 'conventional build (ask-sdk + DynamoDbPersistenceAdapter, unbundled)',
};

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
}

function sized(name: BuildName, entry: string): Build {
  return {
    name,
    label: BUILD_LABELS[name],
    entry,
    bytes: statSync(entry).size,
    gzipBytes: gzipSync(readFileSync(entry)).length,
  };
}

/** Builds the four and the cold-start driver; returns them in table order. */
export function buildAll(): Build[] {
  mkdirSync(DIST, { recursive: true });
  const lambda = resolve(ROOT, 'dist/lambda/index.js');
  const floor = resolve(DIST, 'floor/index.js');
  const floorStock = resolve(DIST, 'floor-stock/index.js');
  const conventional = resolve(DIST, 'conventional/index.js');
  run(process.execPath, ['tools/build.mjs']);
  run(process.execPath, ['tools/build.mjs', '--entry', 'tools/bench/floor-skill.ts', '--out', floor]);
  run(process.execPath, [
    'tools/build.mjs',
    '--stock',
    '--entry',
    'tools/bench/floor-skill.ts',
    '--out',
    floorStock,
  ]);
  // Unbundled: each import stays a require() into node_modules, as the samples deploy it.
  run(ESBUILD, [
    'tools/bench/conventional-skill.ts',
    '--platform=node',
    '--format=cjs',
    '--target=node20',
    `--outfile=${conventional}`,
    '--log-level=warning',
  ]);
  run(ESBUILD, [
    'tools/bench/cold.ts',
    '--bundle',
    '--platform=node',
    '--format=cjs',
    '--target=node20',
    `--outfile=${resolve(DIST, 'cold.js')}`,
    '--log-level=warning',
  ]);
  return [
    sized('floor', floor),
    sized('floor-stock', floorStock),
    sized('between-us', lambda),
    { name: 'conventional', label: BUILD_LABELS.conventional, entry: conventional },
  ];
}

export interface ColdSample {
  loadMs: number;
  turnMs: number;
  firstTurnMs: number;
  loadCpuMs: number;
  firstTurnCpuMs: number;
}

export interface ColdWorld {
  /** Table and the launch envelope of a set-up household, per build. */
  tables: Record<BuildName, string>;
  envelopePath: string;
  world: BenchWorld;
  close(): Promise<void>;
}

/**
 * One set-up household (the real first-run conversation, on today's clock), its launch envelope,
 * and the same household item copied for the floor (same key, same bytes) and for the
 * conventional build (its adapter's layout: { id: userId, attributes }).
 */
export async function coldWorld(endpoint: string): Promise<ColdWorld> {
  const world = await benchWorld(endpoint, new Date());
  const couple = await newCouple(world);
  couple.echo.close();
  // The launch a couple's first "Alexa, open Between Us" of the evening sends.
  const { envelope } = await couple.echo.launch();
  couple.echo.close();
  // Per run: two benches at once (a Node 24 and a Node 20 run) must not share a household.
  const envelopePath = resolve(DIST, `launch-${process.pid}.json`);
  writeFileSync(envelopePath, JSON.stringify(envelope));

  const raw = localClient(endpoint);
  const key = { pk: { S: householdPk(householdIdFor(couple.userId)) }, sk: { S: HOUSEHOLD_SK } };
  const { Item } = await raw.send(new GetItemCommand({ TableName: world.tableName, Key: key }));
  if (!Item) throw new Error('the bench household was not saved');
  const tables: Record<BuildName, string> = {
    'between-us': world.tableName,
    floor: `${world.tableName}-floor`,
    'floor-stock': `${world.tableName}-floor`,
    conventional: `${world.tableName}-conventional`,
  };
  await ensureTable(endpoint, tables.floor);
  await raw.send(new PutItemCommand({ TableName: tables.floor, Item }));
  await raw.send(
    new CreateTableCommand({
      TableName: tables.conventional,
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  const data = unmarshall(Item).data as Record<string, unknown>;
  await raw.send(
    new PutItemCommand({
      TableName: tables.conventional,
      Item: marshall({ id: couple.userId, attributes: data }, { removeUndefinedValues: true }),
    }),
  );
  raw.destroy();
  return {
    tables,
    envelopePath,
    world,
    close: async () => {
      rmSync(envelopePath, { force: true });
      await world.close();
    },
  };
}

/** One fresh process under `node`: load `build`, answer the launch; what it timed. */
export function coldSample(
  node: string,
  build: Build,
  cold: ColdWorld,
  endpoint: string,
): Promise<ColdSample> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    TABLE_NAME: cold.tables[build.name],
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_REGION: 'us-east-1',
    // As deployed (infra/constructs/skill-function.ts): INFO logs and metrics on.
    LOG_LEVEL: 'INFO',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
  };
  // Asynchronous: the parent's Alexa stand-in must stay able to answer the child.
  return new Promise((done, fail) => {
    const child = spawn(node, [resolve(DIST, 'cold.js'), build.entry, cold.envelopePath], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      // The skill's own log and metric lines come first; the driver's line is the last.
      const line = out
        .trim()
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{"loadMs"'));
      if (code !== 0 || !line) {
        fail(new Error(`cold start of ${build.name} failed (exit ${code}):\n${err}\n${out}`));
        return;
      }
      const sample = JSON.parse(line) as ColdSample & { speech: unknown };
      const said = JSON.stringify(sample.speech);
      // A first-run welcome would mean the household was not found: not the turn measured here.
      if (/something went wrong|trouble reaching|Welcome to Between Us/i.test(said))
        fail(
          new Error(`cold launch of ${build.name} did not answer normally: ${JSON.stringify(sample.speech)}`),
        );
      else {
        const { loadMs, turnMs, firstTurnMs, loadCpuMs, firstTurnCpuMs } = sample;
        done({ loadMs, turnMs, firstTurnMs, loadCpuMs, firstTurnCpuMs });
      }
    });
  });
}

/** `rounds` samples per build, the builds taking turns (the order rotates every round). */
export async function coldStarts(
  node: string,
  builds: Build[],
  endpoint: string,
  rounds: number,
): Promise<Map<BuildName, ColdSample[]>> {
  const cold = await coldWorld(endpoint);
  const samples = new Map<BuildName, ColdSample[]>(builds.map((b) => [b.name, []]));
  try {
    // One unmeasured round: the file cache and DynamoDB Local's first requests.
    for (const build of builds) await coldSample(node, build, cold, endpoint);
    for (let i = 0; i < rounds; i++) {
      for (let j = 0; j < builds.length; j++) {
        const build = builds[(i + j) % builds.length]!;
        samples.get(build.name)!.push(await coldSample(node, build, cold, endpoint));
      }
    }
  } finally {
    await cold.close();
  }
  return samples;
}
