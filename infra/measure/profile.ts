// `npx tsx infra/measure/profile.ts`: the measurement behind the function's memory size.
// Bundles lambda/index.ts with tools/build.mjs (the CDK construct's settings), starts
// DynamoDB Local, and in fresh Node processes (run with --enable-source-maps, as deployed)
// times the module load and a short conversation. Lambda gives a function CPU in
// proportion to memory (1 vCPU at 1,769 MB), so CPU milliseconds measured here on one
// core translate to roughly cpuMs * 1769 / memoryMb on Lambda for CPU-bound work.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { ensureTable, startDynamoLocal } from '../../tools/dynamo-local';

const ROOT = resolve(__dirname, '..', '..');
const RUNS = Number(process.env.RUNS ?? 5);
const MEMORY_SIZES = [128, 256, 512, 1024, 1769];

interface Result {
  steps: { step: string; wallMs: number; cpuMs: number }[];
  maxRssMb: number;
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'between-us-profile-'));
  const db = await startDynamoLocal({ quiet: true });
  try {
    const lambdaBundle = join(out, 'lambda', 'index.js');
    // The very bundle `npm run build` and the CDK construct make (tools/build.mjs: module-first
    // resolution and the bundle's stand-ins included), so the profile measures what ships.
    const built = spawnSync(process.execPath, ['tools/build.mjs', '--out', lambdaBundle], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`bundle failed: ${built.stderr}`);
    const driver = join(out, 'turns.js');
    await build({
      entryPoints: [resolve(__dirname, 'turns.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: driver,
      logLevel: 'warning',
    });
    const tableName = 'between-us-profile';
    await ensureTable(db.endpoint, tableName);
    const runs: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      const child = spawnSync(process.execPath, ['--enable-source-maps', driver, lambdaBundle], {
        encoding: 'utf8',
        env: {
          ...process.env,
          TABLE_NAME: tableName,
          SKILL_ID: 'amzn1.ask.skill.profile',
          AWS_ENDPOINT_URL_DYNAMODB: db.endpoint,
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
          AWS_REGION: 'us-east-1',
          LOG_LEVEL: 'ERROR',
          METRICS_DISABLED: 'true',
          AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
          NODE_NO_WARNINGS: '1',
        },
      });
      if (child.status !== 0) throw new Error(`profile run failed: ${child.stderr}`);
      runs.push(JSON.parse(child.stdout) as Result);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const names = runs[0]!.steps.map((s) => s.step);
    console.log(
      `bundle ${(statSync(lambdaBundle).size / 1024).toFixed(0)} KiB; ${RUNS} fresh processes; medians`,
    );
    console.log(
      ['step', 'wall ms', 'cpu ms', ...MEMORY_SIZES.map((m) => `~${m} MB`)]
        .map((c) => c.padStart(10))
        .join(''),
      '',
    );
    for (const [i, name] of names.entries()) {
      const wall = median(runs.map((r) => r.steps[i]!.wallMs));
      const cpu = median(runs.map((r) => r.steps[i]!.cpuMs));
      const scaled = MEMORY_SIZES.map((m) => (cpu * 1769) / m);
      console.log(
        [wall, cpu, ...scaled]
          .map((n) => n.toFixed(1).padStart(10))
          .join('')
          .padStart(10),
        ` ${name}`,
      );
    }
    console.log(`max RSS ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB`);
  } finally {
    await db.stop();
    rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
