/** --script: one utterance or console command per line, for demos and tests. */
import type { ConsoleRunner } from './runner';

/** A script's lines: blank lines and # comments are skipped. */
export function scriptLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Says each line in turn, printing it first; with waitTimers, lets running timers fire at the end. */
export async function runScript(
  runner: ConsoleRunner,
  lines: string[],
  print: (line: string) => void,
  options: { waitTimers?: boolean } = {},
): Promise<void> {
  for (const line of lines) {
    print(line.startsWith(':') ? `» ${line}` : `You: ${line}`);
    await runner.handle(line);
    if (runner.quit) return;
  }
  if (options.waitTimers) await runner.waitForTimers();
  const left = runner.timers('ON').length;
  if (left)
    print(`(${left} timer${left > 1 ? 's' : ''} still running; add :wait or --wait-timers to see them fire)`);
}
