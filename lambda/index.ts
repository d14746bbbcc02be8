import { readConfig } from './config';
import { createLambdaHandler } from './entry';
import { buildSkill } from './skill';
import { createDocumentClient, Store } from './storage/store';
import { EmfMetrics, JsonLogger, type InvocationContext } from './telemetry';

// Module singletons: built once per Lambda container, reused by every request.
const config = readConfig();
const logger = new JsonLogger(config.logLevel);
const metrics = new EmfMetrics(config.metricsEnabled);
const store = new Store({
  tableName: config.tableName,
  client: createDocumentClient({
    requestTimeoutMs: config.dbRequestTimeoutMs,
    maxAttempts: config.dbMaxAttempts,
  }),
});
const skill = buildSkill({
  store,
  logger,
  metrics,
  clock: () => new Date(),
  alexaApiTimeoutMs: config.alexaApiTimeoutMs,
});

const answer = createLambdaHandler(skill, {
  skillId: config.skillId,
  logger,
  metrics,
  // One EMF line per request that counted something; most count nothing and write nothing.
  afterRequest: () => metrics.publish(),
});

export const handler = (event: unknown, context?: InvocationContext) => {
  logger.startInvocation(context);
  return answer(event, context);
};
