/**
 * The fresh process of a cold-start measurement, bundled by the bench into dist/bench/cold.js so
 * that any Node binary can run it (`--node PATH`). It loads one build's entry and, with an
 * envelope, answers it once, then prints what it timed as one JSON line:
 *
 *   node dist/bench/cold.js <entry.js>                  → {"loadMs": …}
 *   node dist/bench/cold.js <entry.js> <envelope.json>  → {"loadMs": …, "turnMs": …, "firstTurnMs": …}
 *
 * `loadMs` is the module load (require of the entry: SDK clients, the skill built); `turnMs` the
 * first request's handler time (the SDK's first connection, credentials, the first DynamoDB
 * calls); `firstTurnMs` both, from before the require to the answer. `loadCpuMs` and
 * `firstTurnCpuMs` are the CPU time the process spent on the same spans (all its threads): on a
 * shared machine they move far less with other work than wall time does.
 */
import { readFileSync } from 'node:fs';

type Handler = (event: unknown, context: unknown) => Promise<{ response?: { outputSpeech?: unknown } }>;

async function main(): Promise<void> {
  const [entry, envelopePath] = process.argv.slice(2);
  if (!entry) throw new Error('usage: cold.js <entry.js> [envelope.json]');
  const envelope = envelopePath ? (JSON.parse(readFileSync(envelopePath, 'utf8')) as unknown) : undefined;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(entry) as { handler: Handler };
  const loaded = performance.now();
  const cpu1 = process.cpuUsage();
  const cpuMs = (from: NodeJS.CpuUsage, to: NodeJS.CpuUsage) =>
    (to.user - from.user + to.system - from.system) / 1000;
  if (!envelope) {
    process.stdout.write(`${JSON.stringify({ loadMs: loaded - started, loadCpuMs: cpuMs(cpu0, cpu1) })}\n`);
    return;
  }
  const reply = await handler(envelope, {});
  const answered = performance.now();
  const cpu2 = process.cpuUsage();
  if (!reply?.response?.outputSpeech) throw new Error(`no speech in the reply: ${JSON.stringify(reply)}`);
  process.stdout.write(
    `${JSON.stringify({
      loadMs: loaded - started,
      turnMs: answered - loaded,
      firstTurnMs: answered - started,
      loadCpuMs: cpuMs(cpu0, cpu1),
      firstTurnCpuMs: cpuMs(cpu0, cpu2),
      speech: reply.response.outputSpeech,
    })}\n`,
  );
}

main().then(
  // Open keep-alive sockets must not hold the process: the measurement is done.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
