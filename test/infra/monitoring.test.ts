import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { only, synthesize, type Synthesized } from './synth';

type Alarm = Record<string, unknown>;

function alarms(synth: Synthesized): Record<string, Alarm> {
  const found = synth.monitoring.findResources('AWS::CloudWatch::Alarm');
  return Object.fromEntries(
    Object.entries(found).map(([id, r]) => [id.replace(/[0-9A-F]{8}$/, ''), r.Properties as Alarm]),
  );
}

const quietIsFine = { EvaluationPeriods: 1, DatapointsToAlarm: 1, TreatMissingData: 'notBreaching' };

describe('monitoring: alarms and a dashboard, no notifications unless asked', () => {
  let synth: Synthesized;
  let byName: Record<string, Alarm>;
  let functionName: unknown;
  beforeAll(() => {
    synth = synthesize();
    byName = alarms(synth);
    const fnId = only(synth.skill, 'AWS::Lambda::Function').id;
    functionName = { 'Fn::ImportValue': expect.stringContaining(fnId) };
  });

  it('has exactly the alarms below', () => {
    expect(Object.keys(byName).sort()).toEqual([
      'CorruptItem',
      'FunctionDurationP99',
      'FunctionErrors',
      'FunctionThrottles',
      'HandlerErrors',
      'SessionEndedWithError',
      'StorageUnavailable',
      'TableSystemErrors',
      'TableThrottles',
    ]);
  });

  it('alarms on any function error or throttle', () => {
    for (const [name, metric] of [
      ['FunctionErrors', 'Errors'],
      ['FunctionThrottles', 'Throttles'],
    ]) {
      expect(byName[name]).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: metric,
        Dimensions: [{ Name: 'FunctionName', Value: functionName }],
        Statistic: 'Sum',
        Period: 300,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        ...quietIsFine,
      });
    }
  });

  it("alarms when p99 duration passes 6 s, near Alexa's 8 s limit", () => {
    expect(byName.FunctionDurationP99).toMatchObject({
      Namespace: 'AWS/Lambda',
      MetricName: 'Duration',
      Dimensions: [{ Name: 'FunctionName', Value: functionName }],
      ExtendedStatistic: 'p99',
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 6000,
      ...quietIsFine,
    });
  });

  it('alarms on DynamoDB system errors and throttles, summed over every operation the store uses', () => {
    const operations = ['GetItem', 'PutItem', 'Query', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'];
    const tableId = only(synth.data, 'AWS::DynamoDB::Table').id;
    for (const [name, metricName] of [
      ['TableSystemErrors', 'SystemErrors'],
      ['TableThrottles', 'ThrottledRequests'],
    ]) {
      const alarm = byName[name]!;
      expect(alarm).toMatchObject({
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        ...quietIsFine,
      });
      const metrics = alarm.Metrics as {
        Id: string;
        Expression?: string;
        MetricStat?: { Metric: unknown };
      }[];
      expect(metrics.find((m) => m.Expression)!.Expression).toBe(
        operations.map((o) => o.toLowerCase()).join(' + '),
      );
      expect(metrics.filter((m) => m.MetricStat).map((m) => m.MetricStat!.Metric)).toEqual(
        operations.map((operation) => ({
          Namespace: 'AWS/DynamoDB',
          MetricName: metricName,
          Dimensions: [
            { Name: 'Operation', Value: operation },
            { Name: 'TableName', Value: { 'Fn::ImportValue': expect.stringContaining(tableId) } },
          ],
        })),
      );
    }
  });

  it('alarms on what the handler counts, in the namespace and dimension the handler emits', () => {
    const expected: [string, string, number, number][] = [
      ['SessionEndedWithError', 'SessionEndedWithError', 1, 300],
      ['StorageUnavailable', 'StorageUnavailable', 1, 300],
      ['CorruptItem', 'CorruptItem', 1, 300],
      ['HandlerErrors', 'HandlerError', 3, 900],
    ];
    for (const [alarm, metricName, threshold, period] of expected) {
      expect(byName[alarm]).toMatchObject({
        Namespace: 'BetweenUs',
        MetricName: metricName,
        Dimensions: [{ Name: 'service', Value: 'between-us' }],
        Statistic: 'Sum',
        Period: period,
        Threshold: threshold,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        ...quietIsFine,
      });
    }
  });

  it('only alarms on metrics the handler really emits', () => {
    const sources = [
      'lambda/entry.ts',
      'lambda/handlers/core/basics.ts',
      'lambda/handlers/core/errors.ts',
    ].map((f) => readFileSync(resolve(__dirname, '..', '..', f), 'utf8'));
    const custom = Object.values(byName)
      .filter((a) => a.Namespace === 'BetweenUs')
      .map((a) => a.MetricName as string);
    expect(custom).toHaveLength(4);
    for (const name of custom) {
      expect(sources.some((s) => s.includes(`count('${name}')`))).toBe(true);
    }
  });

  it('has a dashboard with the function, the table and the skill metrics', () => {
    const dashboard = only(synth.monitoring, 'AWS::CloudWatch::Dashboard').resource.Properties!;
    const body = JSON.stringify(dashboard.DashboardBody);
    for (const text of [
      'AWS/Lambda',
      'Duration',
      'AWS/DynamoDB',
      'ConsumedReadCapacityUnits',
      'BetweenUs',
      'SessionEndedWithError',
    ]) {
      expect(body).toContain(text);
    }
    // An alarm status widget shows every alarm.
    for (const id of Object.keys(synth.monitoring.findResources('AWS::CloudWatch::Alarm'))) {
      expect(body).toContain(`{"Fn::GetAtt":["${id}","Arn"]}`);
    }
  });

  it('sends no notifications when no email is given', () => {
    synth.monitoring.resourceCountIs('AWS::SNS::Topic', 0);
    for (const alarm of Object.values(byName)) expect(alarm.AlarmActions).toBeUndefined();
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged', () => {
    expect(synth.stacks.nag.validateScope(synth.app).violations.map((v) => v.ruleName)).toEqual([]);
    expect(synth.problems).toEqual([]);
  });
});

describe('monitoring with -c alarmEmail: an encrypted topic emails every alarm', () => {
  let synth: Synthesized;
  beforeAll(() => {
    synth = synthesize({ alarmEmail: 'care-team@example.org' });
  });

  it('subscribes the address to a KMS-encrypted, TLS-only topic', () => {
    const topic = only(synth.monitoring, 'AWS::SNS::Topic');
    const key = only(synth.monitoring, 'AWS::KMS::Key');
    expect(topic.resource.Properties?.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [key.id, 'Arn'] });
    expect(key.resource.Properties?.EnableKeyRotation).toBe(true);
    synth.monitoring.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'care-team@example.org',
      TopicArn: { Ref: topic.id },
    });
    const policy = only(synth.monitoring, 'AWS::SNS::TopicPolicy').resource.Properties!;
    const statements = (policy.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('lets CloudWatch, and only for this account, use the topic key', () => {
    const key = only(synth.monitoring, 'AWS::KMS::Key').resource.Properties!;
    const statements = (key.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
    expect(statements).toContainEqual({
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
    });
  });

  it('notifies on alarm and on recovery, for every alarm', () => {
    const topicId = only(synth.monitoring, 'AWS::SNS::Topic').id;
    const all = Object.values(alarms(synth));
    expect(all).toHaveLength(9);
    for (const alarm of all) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
    }
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged', () => {
    expect(synth.stacks.nag.validateScope(synth.app).violations.map((v) => v.ruleName)).toEqual([]);
    expect(synth.problems).toEqual([]);
  });
});
