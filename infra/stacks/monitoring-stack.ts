import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  HorizontalAnnotation,
  Metric,
  TextWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { FUNCTION_TIMEOUT, METRICS_NAMESPACE, SERVICE_NAME } from '../constructs/skill-function';

/** The operations lambda/storage/store.ts performs (TransactWriteItems for household + records). */
export const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.QUERY,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/** Alexa abandons a response after 8 s; p99 above this means some turns are close to it. */
export const DURATION_ALARM_MS = 6000;

const PERIOD = Duration.minutes(5);

export interface MonitoringStackProps extends StackProps {
  fn: IFunction;
  table: ITable;
  /** When set, alarms (and their recovery) are emailed through an encrypted SNS topic. */
  alarmEmail: string | undefined;
}

/** A metric the handler emits (lambda/telemetry.ts, EMF: namespace BetweenUs, dimension service). */
export function skillMetric(metricName: string, period: Duration = PERIOD): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICE_NAME },
    statistic: 'Sum',
    period,
  });
}

/**
 * Alarms and a dashboard for one household's skill. Traffic is tiny and bursty (a couple,
 * a few sessions a week), so most alarms fire on a single occurrence and treat missing
 * data as fine: a silent week is normal, one failed turn is not.
 */
export class MonitoringStack extends Stack {
  readonly alarms: Record<string, Alarm> = {};
  readonly dashboard: Dashboard;
  readonly topic: Topic | undefined;

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props);
    const { fn, table } = props;

    const alarm = (
      name: string,
      metric: IMetric,
      threshold: number,
      description: string,
      comparison = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    ) => {
      this.alarms[name] = new Alarm(this, name, {
        metric,
        threshold,
        comparisonOperator: comparison,
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
    };

    // The function. Its entry catches every exception, so Errors means a crash or a timeout.
    alarm(
      'FunctionErrors',
      fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
      1,
      'The skill function crashed or timed out: Alexa heard no answer from us.',
    );
    alarm(
      'FunctionThrottles',
      fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
      1,
      'Lambda throttled the skill function (account concurrency exhausted?): turns were dropped.',
    );
    alarm(
      'FunctionDurationP99',
      fn.metricDuration({ period: PERIOD, statistic: 'p99' }),
      DURATION_ALARM_MS,
      `p99 duration above ${DURATION_ALARM_MS} ms: turns come close to Alexa's 8 s limit ` +
        `(the function stops at ${FUNCTION_TIMEOUT.toSeconds()} s).`,
      ComparisonOperator.GREATER_THAN_THRESHOLD,
    );

    // The table, summed over every operation the store performs.
    alarm(
      'TableSystemErrors',
      table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      1,
      'DynamoDB returned 5xx errors for the household table.',
    );
    alarm(
      'TableThrottles',
      table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
      1,
      'DynamoDB throttled requests to the household table.',
    );

    // What the handler reports.
    alarm(
      'SessionEndedWithError',
      skillMetric('SessionEndedWithError'),
      1,
      'Alexa ended a session with an error reason (e.g. an invalid response): see the function logs.',
    );
    alarm(
      'StorageUnavailable',
      skillMetric('StorageUnavailable'),
      1,
      'The skill could not reach the table; what was said is held in the session until a later save.',
    );
    alarm(
      'CorruptItem',
      skillMetric('CorruptItem'),
      1,
      'A stored item failed validation: that household cannot use the skill until it is repaired.',
    );
    alarm(
      'HandlerErrors',
      skillMetric('HandlerError', Duration.minutes(15)),
      3,
      'Three or more turns in 15 minutes ended in an apology: the couple cannot use the skill.',
    );

    if (props.alarmEmail !== undefined) {
      // CloudWatch can only publish to an encrypted topic whose key lets it.
      const topicKey = new Key(this, 'AlarmTopicKey', {
        description: 'Between Us: encrypts alarm notifications',
        enableKeyRotation: true,
      });
      topicKey.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
        }),
      );
      this.topic = new Topic(this, 'AlarmTopic', {
        displayName: 'Between Us alarms',
        masterKey: topicKey,
        enforceSSL: true,
      });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      const action = new SnsAction(this.topic);
      for (const a of Object.values(this.alarms)) {
        a.addAlarmAction(action);
        a.addOkAction(action);
      }
    }

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new TextWidget({
            markdown:
              '# Between Us\nOne household skill: the function, its table, and what the handler counts. ' +
              'Counts are per 5 minutes; a quiet week is normal.',
            width: 24,
            height: 2,
          }),
        ],
        [new AlarmStatusWidget({ alarms: Object.values(this.alarms), width: 24, height: 3 })],
        [
          new GraphWidget({
            title: 'Invocations, errors, throttles',
            left: [
              fn.metricInvocations({ period: PERIOD, statistic: 'Sum' }),
              fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
              fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
            ],
            width: 8,
          }),
          new GraphWidget({
            title: 'Duration (ms)',
            left: [
              fn.metricDuration({ period: PERIOD, statistic: 'p50' }),
              fn.metricDuration({ period: PERIOD, statistic: 'p99' }),
              fn.metricDuration({ period: PERIOD, statistic: 'Maximum' }),
            ],
            leftAnnotations: [
              { value: DURATION_ALARM_MS, label: 'alarm' } satisfies HorizontalAnnotation,
              { value: 8000, label: "Alexa's limit" } satisfies HorizontalAnnotation,
            ],
            width: 8,
          }),
          new GraphWidget({
            title: 'Table latency (ms)',
            // The operations a dialog turn makes: its one read and its one write.
            left: (['GetItem', 'PutItem', 'TransactWriteItems'] as const).map((operation) =>
              table.metricSuccessfulRequestLatency({
                dimensionsMap: { TableName: table.tableName, Operation: operation },
                period: PERIOD,
                statistic: 'p99',
              }),
            ),
            width: 8,
          }),
        ],
        [
          new GraphWidget({
            title: 'Table capacity consumed',
            left: [
              table.metricConsumedReadCapacityUnits({ period: PERIOD, statistic: 'Sum' }),
              table.metricConsumedWriteCapacityUnits({ period: PERIOD, statistic: 'Sum' }),
            ],
            width: 8,
          }),
          // Each sum is a math expression over per-operation metrics: one graph each.
          new GraphWidget({
            title: 'Table system errors',
            left: [table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD })],
            width: 4,
          }),
          new GraphWidget({
            title: 'Table throttles',
            left: [
              table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period: PERIOD }),
            ],
            width: 4,
          }),
          new GraphWidget({
            title: 'What the skill counts',
            left: [
              'HandlerError',
              'SessionEndedWithError',
              'StorageUnavailable',
              'CorruptItem',
              'ConcurrentUpdateRetry',
              'ConcurrentUpdateGaveUp',
              'AlexaApiError',
              'WrongSkillId',
              'MalformedRequest',
            ].map((name) => skillMetric(name)),
            width: 8,
          }),
        ],
      ],
    });
  }
}
