/**
 * `npm run bench`: one table, measured in one run on this machine.
 *
 *   - the Lambda bundle's size, and its cold start (loading it in a fresh Node process) beside a
 *     bare `node -e 0` in the same run;
 *   - for each main turn (launch, a check-in start, a relaunch by timer, one dictated note part,
 *     the recap): median and p99 latency against DynamoDB Local, DynamoDB calls, bytes read and
 *     written; the floor (the same turn's DynamoDB calls sent bare with the SDK, interleaved in
 *     the same run) and the ratio of the turn to its floor;
 *   - the same turns after one week, after ten weeks and after a simulated year of use; bytes per
 *     turn must not grow with history (asserted: the run fails if they do).
 *
 * Options: --short (few repetitions, no assertions on figures: CI checks the script works),
 *          --write (also writes the table into BENCHMARKS.md between its bench markers),
 *          --endpoint <url> (use a running DynamoDB Local instead of starting one).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  startDynamoLocal,
  ensureTable,
  localClient,
  useLocalCredentials,
  type DynamoLocal,
} from '../dynamo-local';
import { replayFloor } from './floor';
import { benchWorld, evening, MAIN_TURNS, newCouple, week, type Couple, type TurnSample } from './scenario';

const args = process.argv.slice(2);
const SHORT = args.includes('--short');
const WRITE = args.includes('--write');
const endpointArg = args.includes('--endpoint') ? args[args.indexOf('--endpoint') + 1] : undefined;

const ROOT = resolve(__dirname, '../..');
const BUNDLE = resolve(ROOT, 'dist/lambda/index.js');

/**
 * Each history gets its own couples, so the measured evenings stay close to that history. A round
 * is one evening per couple; rounds keep the history's rhythm of two evenings a week (week: 4
 * rounds of 25 couples, weeks 2-3; ten weeks: 10 rounds of 10, weeks 11-15; a year: 50 rounds
 * of 2, weeks 53-77).
 */
const PLAN = SHORT
  ? {
      coldRuns: 3,
      warmUp: 1,
      evenings: 4,
      histories: [
        { weeks: 1, couples: 1 },
        { weeks: 2, couples: 1 },
        { weeks: 3, couples: 1 },
      ],
    }
  : {
      coldRuns: 40,
      warmUp: 20,
      evenings: 100,
      histories: [
        { weeks: 1, couples: 25 },
        { weeks: 10, couples: 10 },
        { weeks: 52, couples: 2 },
      ],
    };

interface Stat {
  median: number;
  p99: number;
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p99: at(0.99) };
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function build(): { bytes: number; gzipBytes: number } {
  const result = spawnSync(process.execPath, ['tools/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stderr}`);
  const code = readFileSync(BUNDLE);
  return { bytes: statSync(BUNDLE).size, gzipBytes: gzipSync(code).length };
}

/** Wall time of a fresh Node process that loads the bundle, beside one that does nothing. */
function coldStarts(runs: number): { bundle: number[]; bare: number[] } {
  const env = { ...process.env, TABLE_NAME: 'between-us-bench', AWS_REGION: 'us-east-1' };
  const time = (argv: string[]) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, argv, { env, encoding: 'utf8' });
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`cold start failed: ${result.stderr}`);
    return elapsed;
  };
  const bundle: number[] = [];
  const bare: number[] = [];
  const load = `require(${JSON.stringify(BUNDLE)})`;
  time(['-e', '0']);
  time(['-e', load]);
  // Interleaved, so both see the same machine.
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    bundle.push(time(['-e', load]));
  }
  return { bundle, bare };
}

interface Measured {
  turn: string;
  condition: string;
  samples: TurnSample[];
  floors: number[];
}

/** Couples with `weeks` of history, then `evenings` measured evenings (one per couple per day). */
async function condition(
  endpoint: string,
  { weeks, couples: count }: { weeks: number; couples: number },
  floorTable: string,
): Promise<Measured[]> {
  const world = await benchWorld(endpoint);
  const raw = localClient(endpoint);
  try {
    const couples: Couple[] = [];
    for (let i = 0; i < count; i++) couples.push(await newCouple(world));
    for (let w = 0; w < weeks; w++) await week(world, couples);
    const byTurn = new Map<string, { samples: TurnSample[]; floors: number[] }>(
      MAIN_TURNS.map((t) => [t, { samples: [], floors: [] }]),
    );
    const pending: TurnSample[] = [];
    for (let i = 0; i < PLAN.evenings; i += couples.length) {
      const roundStart = world.clock.now().getTime();
      for (const couple of couples) {
        await evening(world, couple, (sample) => pending.push(sample));
        // Each turn's floor right after the evening, on the same items, in the same run.
        for (const sample of pending.splice(0)) {
          const slot = byTurn.get(sample.turn)!;
          slot.samples.push(sample);
          slot.floors.push(await replayFloor(raw, sample.calls, floorTable));
        }
      }
      // The same rhythm as the history: two evenings a week.
      world.clock.advance(Math.max(0, roundStart + 3.5 * 86_400_000 - world.clock.now().getTime()));
    }
    const label = weeks === 1 ? 'after 1 week' : weeks === 52 ? 'after a year' : `after ${weeks} weeks`;
    return MAIN_TURNS.map((turn) => ({ turn, condition: label, ...byTurn.get(turn)! }));
  } finally {
    raw.destroy();
    await world.close();
  }
}

function callsOf(samples: TurnSample[]): string {
  const kinds = new Map<string, number>();
  for (const s of samples) {
    const key = s.calls
      .map((c) => c.command.replace(/Command$/, '').replace('TransactWriteItems', 'TransactWrite'))
      .join(' + ');
    kinds.set(key, (kinds.get(key) ?? 0) + 1);
  }
  // The most common sequence, and how many sequences were seen (week roll-overs add a write).
  const [top] = [...kinds].sort((a, b) => b[1] - a[1]);
  return `${top?.[0] || 'none'}${kinds.size > 1 ? ` (${kinds.size} variants)` : ''}`;
}

async function main(): Promise<void> {
  useLocalCredentials();
  const startedAt = new Date();
  const { bytes, gzipBytes } = build();
  const cold = coldStarts(PLAN.coldRuns);

  let db: DynamoLocal | undefined;
  const endpoint = endpointArg ?? (db = await startDynamoLocal({ quiet: true })).endpoint;
  const floorTable = `between-us-bench-floor-${process.pid}`;
  await ensureTable(endpoint, floorTable);
  const results: Measured[] = [];
  try {
    // Warm the JVM and Node's JIT before anything is measured.
    const warm = await benchWorld(endpoint);
    const warmCouple = await newCouple(warm);
    for (let i = 0; i < PLAN.warmUp; i++) await evening(warm, warmCouple);
    await warm.close();
    for (const history of PLAN.histories) results.push(...(await condition(endpoint, history, floorTable)));
  } finally {
    await db?.stop();
  }

  const bundleStat = stat(cold.bundle);
  const bareStat = stat(cold.bare);
  const rows: string[][] = [
    ['bundle size (dist/lambda/index.js)', '', kib(bytes), `gzip ${kib(gzipBytes)}`, '', '', '', '', ''],
    [
      'cold start: load the bundle in a fresh node',
      `${PLAN.coldRuns} runs`,
      ms(bundleStat.median),
      ms(bundleStat.p99),
      '',
      '',
      '',
      `\`node -e 0\`: ${ms(bareStat.median)}`,
      `${(bundleStat.median / bareStat.median).toFixed(2)}×`,
    ],
  ];
  for (const r of results) {
    const latency = stat(r.samples.map((s) => s.ms));
    const floor = stat(r.floors);
    rows.push([
      r.turn,
      r.condition,
      ms(latency.median),
      ms(latency.p99),
      callsOf(r.samples),
      String(Math.round(stat(r.samples.map((s) => s.bytesRead)).median)),
      String(Math.round(stat(r.samples.map((s) => s.bytesWritten)).median)),
      ms(floor.median),
      `${(latency.median / floor.median).toFixed(1)}×`,
    ]);
  }
  const header = [
    'measure',
    'history',
    'median ms',
    'p99 ms',
    'DynamoDB calls',
    'bytes read',
    'bytes written',
    'floor median ms',
    'turn / floor',
  ];
  const table = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const samplesPerTurn = results[0]?.samples.length ?? 0;
  const about = [
    `Measured ${startedAt.toISOString()} on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}),`,
    `Node ${process.version}, DynamoDB Local (in memory) on loopback;`,
    `${samplesPerTurn} samples per turn and history (couples per history: ${PLAN.histories.map((h) => h.couples).join(', ')}), ${PLAN.coldRuns} cold starts each.${SHORT ? ' SHORT MODE: figures are not meaningful.' : ''}`,
  ].join(' ');
  console.log(`\n${about}\n\n${table}\n`);

  // Bytes per turn must not grow with history: the longest history against the one before it.
  const problems: string[] = [];
  if (!SHORT) {
    // The last two histories (e.g. ten weeks and a year), each MAIN_TURNS.length rows.
    const n = MAIN_TURNS.length;
    const before = results.slice(-2 * n, -n);
    const after = results.slice(-n);
    for (const turn of MAIN_TURNS) {
      const a = before.find((r) => r.turn === turn)!;
      const b = after.find((r) => r.turn === turn)!;
      for (const key of ['bytesRead', 'bytesWritten', 'reads', 'writes'] as const) {
        const was = stat(a.samples.map((s) => s[key])).median;
        const now = stat(b.samples.map((s) => s[key])).median;
        // Identical item shapes differ by a few bytes of timestamps and counters.
        if (now > was * 1.05 + 64)
          problems.push(`${turn}: ${key} grew from ${was} (${a.condition}) to ${now} (${b.condition})`);
      }
    }
  }
  if (WRITE) {
    const path = resolve(ROOT, 'BENCHMARKS.md');
    const doc = readFileSync(path, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (!doc.includes(start) || !doc.includes(end)) throw new Error('BENCHMARKS.md has no bench markers');
    const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${about}\n\n${table}\n${doc.slice(doc.indexOf(end))}`;
    writeFileSync(path, next);
    // Keep the repository's formatting check clean (it aligns the table's columns).
    spawnSync(resolve(ROOT, 'node_modules/.bin/prettier'), ['--write', path], { stdio: 'ignore' });
    console.log('BENCHMARKS.md updated.');
  }
  if (problems.length > 0) {
    console.error(`Bytes per turn grew with history:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else if (!SHORT) {
    console.log('Bytes and calls per turn do not grow with history: ok.');
  } else {
    console.log('bench --short: ok (the script works; figures from a short run are not meaningful).');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
