import { loadModel, Resolver } from '../../tools/console/nlu';
import { ConsoleRunner } from '../../tools/console/runner';
import type { Harness } from './harness';

/** The console's conversation logic over the real skill, the stand-in and the harness clock. */
export function consoleOn(harness: Harness) {
  const printed: string[] = [];
  const device = harness.device();
  const runner = new ConsoleRunner({
    device,
    standIn: harness.standIn,
    clock: harness.clock,
    resolver: new Resolver(loadModel('en-US')),
    print: (line) => void printed.push(line),
  });
  const say = async (...lines: string[]) => {
    for (const line of lines) await runner.handle(line);
  };
  return { printed, device, runner, say };
}
