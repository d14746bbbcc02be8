/**
 * The crisis scan's cost, for the benchmark: the first scan in a fresh process (as on a Lambda
 * cold start, on the first turn that carries words: the grammar's keys are read then, and only
 * the rules whose keys the text holds compile), for an everyday part and for a disclosure; and
 * the cost per turn of scanning one dictated part (normalize + every rule), over typical answers.
 *
 *   import { benchCrisisScan } from './crisis-scan';
 *   const figures = benchCrisisScan({ short: SHORT });
 *
 * Run alone: `npx tsx tools/bench/crisis-scan.ts [--short]`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { detectCrisis, grammarStats } from '../../lambda/domain/safety/crisis';

/** What couples dictate into a note part or a week item: short, everyday, sometimes heated. */
const TYPICAL_PARTS = [
  'Tuesday night after the school run',
  'frustrated and a bit invisible',
  'I took a breath and asked if we could start again',
  'we both went quiet and then he slammed the door',
  'how to bring up money without it turning into a fight',
  'Sam made me a coffee this morning without me asking',
  'listening without fixing',
  'can we press pause and come back in ten minutes',
  'we walked the dog together on Sunday and nobody checked their phone',
  'I felt like she was dying to get away from the conversation, and I shut down',
  'my mum is going to kill me if we are late again, so I rushed everyone and snapped',
  'it hit me that we only talk about logistics, never about us',
];

/** A long answer, near the cap a note part keeps. */
const LONG_PART = Array.from({ length: 8 }, (_, i) => TYPICAL_PARTS[i % TYPICAL_PARTS.length]).join(
  ', and then ',
);

export interface CrisisScanFigures {
  /** First scan of an everyday part in a fresh process: preparing the grammar and compiling what it needs, ms. */
  compileMs: { wall: number; cpu: number };
  /** The same for a disclosure ("he hit me"), ms. */
  firstDisclosureMs: { wall: number; cpu: number };
  /** After the typical parts: how many of the grammar's expressions were compiled, of how many. */
  compiled: { parts: number; of: number };
  /** One typical dictated part, µs: median and p99 over many scans. */
  perPartUs: { median: number; p99: number };
  /** One typical part, µs of CPU time (total CPU over all scans / scans): less sensitive to a busy machine. */
  perPartCpuUs: number;
  /** One long part (~500 characters), µs, median. */
  longPartUs: number;
  scans: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** The compile, measured in a fresh Node process so nothing is cached (median of `runs`). */
function freshCompile(runs: number, text = 'we had pasta'): { wall: number; cpu: number } {
  const module = resolve(__dirname, '../../lambda/domain/safety/crisis.ts');
  const code = `
    const { detectCrisis } = require(${JSON.stringify(module)});
    const c0 = process.cpuUsage(); const t0 = performance.now();
    detectCrisis(${JSON.stringify(text)});
    const cpu = process.cpuUsage(c0);
    console.log(JSON.stringify({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 }));`;
  const samples = Array.from({ length: runs }, () => {
    const run = spawnSync(process.execPath, [...process.execArgv, '-e', code], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`crisis-scan bench: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop()!) as { wall: number; cpu: number };
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

export function benchCrisisScan(options: { short?: boolean } = {}): CrisisScanFigures {
  const rounds = options.short ? 50 : 2000;
  const compileMs = freshCompile(options.short ? 1 : 5);
  const firstDisclosureMs = freshCompile(options.short ? 1 : 5, 'he hit me');
  detectCrisis('warm up');
  for (let i = 0; i < 200; i++) for (const part of TYPICAL_PARTS) detectCrisis(part);
  const stats = grammarStats();
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (const part of TYPICAL_PARTS) {
      const t0 = process.hrtime.bigint();
      detectCrisis(part);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const long: number[] = [];
  for (let r = 0; r < Math.max(20, rounds / 10); r++) {
    const t0 = process.hrtime.bigint();
    detectCrisis(LONG_PART);
    long.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  long.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    compileMs: { wall: round(compileMs.wall), cpu: round(compileMs.cpu) },
    firstDisclosureMs: { wall: round(firstDisclosureMs.wall), cpu: round(firstDisclosureMs.cpu) },
    compiled: { parts: stats.compiled, of: stats.parts },
    perPartUs: { median: round(quantile(times, 0.5)), p99: round(quantile(times, 0.99)) },
    perPartCpuUs: round((cpu.user + cpu.system) / times.length),
    longPartUs: round(quantile(long, 0.5)),
    scans: times.length,
  };
}

if (require.main === module) {
  console.log(JSON.stringify(benchCrisisScan({ short: process.argv.includes('--short') }), null, 2));
}
