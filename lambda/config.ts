import { logLevelFrom, type LogLevel } from './telemetry';

/** Configuration read once from the environment, at module load. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  tableName: string;
  /** When set, requests for any other skill ID are refused. */
  skillId: string | undefined;
  /** Milliseconds the DynamoDB client waits for one attempt before giving up. */
  dbRequestTimeoutMs: number;
  /** Attempts, including the first, for a DynamoDB call. */
  dbMaxAttempts: number;
  /** Milliseconds an Alexa API call (timers, reminders, settings) may take. */
  alexaApiTimeoutMs: number;
  /** LOG_LEVEL (INFO by default), or Lambda's own log level when that is stricter. */
  logLevel: LogLevel;
  /** METRICS_DISABLED=true keeps the EMF lines out of the log (tests, local runs). */
  metricsEnabled: boolean;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.TABLE_NAME?.trim();
  if (!tableName) {
    throw new ConfigError('TABLE_NAME is not set: point it at the Between Us DynamoDB table.');
  }
  return {
    tableName,
    skillId: env.SKILL_ID?.trim() || undefined,
    // The skill promises an answer within 3 s even when the database hangs: two 1 s attempts
    // plus the SDK's back-off leave room to speak an apology (test/faults measures it).
    dbRequestTimeoutMs: intFromEnv(env, 'DB_REQUEST_TIMEOUT_MS', 1000),
    dbMaxAttempts: intFromEnv(env, 'DB_MAX_ATTEMPTS', 2),
    alexaApiTimeoutMs: intFromEnv(env, 'ALEXA_API_TIMEOUT_MS', 1500),
    logLevel: logLevelFrom(env),
    metricsEnabled: env.METRICS_DISABLED?.trim().toLowerCase() !== 'true',
  };
}
