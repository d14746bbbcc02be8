/**
 * `npm start [-- options]`: talk to Between Us in a terminal. The real skill handler runs on
 * DynamoDB Local with Alexa's APIs stood in on loopback. See `--help` and the README.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { clearLine, cursorTo } from 'node:readline';
import { JavaMissingError } from '../dynamo-local';
import { parseArgs, USAGE, UsageError, type ConsoleArgs } from './args';
import { startConsole, type ConsoleApp } from './app';
import { runScript, scriptLines } from './script';

function runInteractive(app: ConsoleApp, setPrint: (print: (line: string) => void) => void): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'You: ' });
  let prompting = false;
  // Timers fire while the prompt is showing: print above it, then show it again.
  setPrint((line) => {
    if (prompting) {
      clearLine(process.stdout, 0);
      cursorTo(process.stdout, 0);
    }
    process.stdout.write(`${line}\n`);
    if (prompting) rl.prompt(true);
  });
  let pending = Promise.resolve();
  let queued = 0;
  rl.on('line', (line) => {
    prompting = false;
    queued += 1;
    pending = pending.then(async () => {
      await app.runner.handle(line);
      queued -= 1;
      if (app.runner.quit) rl.close();
      else if (queued === 0) {
        prompting = true;
        rl.prompt();
      }
    });
  });
  rl.on('SIGINT', () => rl.close());
  prompting = true;
  rl.prompt();
  return new Promise((done) =>
    rl.once('close', () => {
      prompting = false;
      process.stdout.write('\n');
      void pending.then(done);
    }),
  );
}

async function main(argv: string[]): Promise<number> {
  let args: ConsoleArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  let lines: string[] | undefined;
  if (args.script !== undefined) {
    if (!existsSync(args.script)) {
      console.error(`Script not found: ${args.script}`);
      return 2;
    }
    lines = scriptLines(readFileSync(args.script, 'utf8'));
  } else if (!process.stdin.isTTY) {
    // Piped in: read it like a script.
    lines = scriptLines(readFileSync(0, 'utf8'));
  }

  let print: (line: string) => void = (line) => void process.stdout.write(`${line}\n`);
  let app: ConsoleApp;
  try {
    app = await startConsole(args, (line) => print(line));
  } catch (error) {
    if (error instanceof JavaMissingError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const stop = (code: number) => () => void app.close().finally(() => process.exit(code));
  process.once('SIGINT', stop(130));
  process.once('SIGTERM', stop(143));
  try {
    if (lines) await runScript(app.runner, lines, print, { waitTimers: args.waitTimers });
    else await runInteractive(app, (p) => (print = p));
  } finally {
    await app.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
