import { readConfig } from '../../lambda/config';
import type { TurnResult } from '../../tools/device';
import { FlakyProxy } from '../support/flaky-proxy';
import { createHarness, type Harness } from '../support/harness';

/** The bound the product promises: the skill answers within this, whatever the database does. */
export const ANSWER_WITHIN_MS = 3_000;

/** The deployed DynamoDB client settings, read from the same code the Lambda uses. */
export const PRODUCTION = (() => {
  const config = readConfig({ TABLE_NAME: 'fault-tests' });
  return { requestTimeoutMs: config.dbRequestTimeoutMs, maxAttempts: config.dbMaxAttempts };
})();

export interface FaultRig {
  proxy: FlakyProxy;
  harness: Harness;
  /** Every turn taken through `timed`, with its wall time. */
  timings: { label: string; ms: number }[];
  timed(label: string, run: () => Promise<TurnResult>): Promise<TurnResult>;
  close(): Promise<void>;
}

/**
 * The real skill with the production client settings, its DynamoDB traffic going through a
 * proxy the test can stop, hang or throttle; the harness's own reads go straight to DynamoDB Local.
 */
export async function faultRig(): Promise<FaultRig> {
  const proxy = await FlakyProxy.start(process.env.DYNAMO_TEST_ENDPOINT!);
  const harness = await createHarness({ endpoint: proxy.endpoint, ...PRODUCTION });
  const timings: FaultRig['timings'] = [];
  return {
    proxy,
    harness,
    timings,
    async timed(label, run) {
      const started = performance.now();
      const result = await run();
      timings.push({ label, ms: Math.round(performance.now() - started) });
      return result;
    },
    async close() {
      await harness.close();
      await proxy.stop();
    },
  };
}

/** Turns that took longer than the bound, as "label: ms" (empty when every turn was in time). */
export function slowTurns(rig: FaultRig): string[] {
  return rig.timings.filter((t) => t.ms >= ANSWER_WITHIN_MS).map((t) => `${t.label}: ${t.ms} ms`);
}

/** What a kind answer to trouble must not sound like. */
export const TECHNICAL = /exception|dynamo|database|undefined|null|timeout|throttl|error code|stack/i;
/** What it must sound like: an apology, and what happened to what was said. */
export const KIND = /sorry|couldn't|can't|trouble/i;
