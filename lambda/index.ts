import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { readConfig } from './config';
import { createLambdaHandler } from './entry';
import type { MetricsLike } from './logging';
import { buildSkill } from './skill';
import { createDocumentClient, Store } from './storage/store';

// Module singletons: built once per Lambda container, reused by every request.
const config = readConfig();
const logger = new Logger({ serviceName: 'between-us' });
const powertoolsMetrics = new Metrics({ namespace: 'BetweenUs', serviceName: 'between-us' });
const metrics: MetricsLike = {
  count: (name, value = 1) => powertoolsMetrics.addMetric(name, MetricUnit.Count, value),
};
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

export const handler = createLambdaHandler(skill, {
  skillId: config.skillId,
  logger,
  metrics,
  // Most turns count nothing; publishing then would only log Powertools' "no metrics" warning.
  afterRequest: () => {
    if (powertoolsMetrics.hasStoredMetrics()) powertoolsMetrics.publishStoredMetrics();
  },
});
