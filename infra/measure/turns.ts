// Runs inside a fresh Node process (bundled by profile.ts): loads the Lambda bundle the way
// the runtime does, then sends a short conversation through it, timing each step.
import { Device } from '../../tools/device';
import type { LambdaHandler } from '../../tools/device';

interface Step {
  step: string;
  wallMs: number;
  cpuMs: number;
}

async function main(): Promise<void> {
  const bundle = process.argv[2]!;
  const steps: Step[] = [];
  const measure = async (step: string, fn: () => unknown | Promise<unknown>) => {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    const cpu = process.cpuUsage(cpu0);
    steps.push({
      step,
      wallMs: Number(process.hrtime.bigint() - t0) / 1e6,
      cpuMs: (cpu.user + cpu.system) / 1000,
    });
  };
  let handler: LambdaHandler | undefined;
  await measure('module load (init)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    handler = (require(bundle) as { handler: LambdaHandler }).handler;
  });
  const echo = new Device({ handler: handler!, skillId: process.env.SKILL_ID });
  await measure('turn 1: launch, new household (first DynamoDB call)', () => echo.launch());
  await measure('turn 2: both names (conditional put)', () =>
    echo.intent('SetupNamesIntent', { firstName: 'Alex', secondName: 'Sam' }),
  );
  echo.close();
  for (let i = 0; i < 5; i++) {
    await measure(`turn ${3 + 2 * i}: launch, known household`, () => echo.launch());
    await measure(`turn ${4 + 2 * i}: help`, () => echo.intent('AMAZON.HelpIntent'));
    echo.close();
  }
  const usage = process.resourceUsage();
  process.stdout.write(
    JSON.stringify({
      steps,
      maxRssMb: usage.maxRSS / 1024,
      heapUsedMb: process.memoryUsage().heapUsed / 2 ** 20,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
