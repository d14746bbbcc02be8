/**
 * What the skill may log: structured, with no dictated text, no names and no raw Alexa IDs.
 * `JsonLogger` (telemetry.ts) is the Lambda's; tests pass a capturing one.
 */
export interface LoggerLike {
  debug(message: string, ...extra: Record<string, unknown>[]): void;
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** What the skill may count. Metric names and dimensions only; never user text. */
export interface MetricsLike {
  count(name: string, value?: number): void;
}

export const silentMetrics: MetricsLike = { count: () => undefined };

/**
 * Describes an error for a log line by name only: messages from the SDKs can quote item
 * values or what was said, so they never reach the log.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return {
      errorName: error.name,
      ...(cause instanceof Error ? { causeName: cause.name } : {}),
    };
  }
  return { errorName: typeof error };
}
