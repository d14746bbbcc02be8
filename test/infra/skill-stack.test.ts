import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { configFromContext } from '../../infra/config';
import { FUNCTION_MEMORY_MB, KEY_ACTIONS, TABLE_ACTIONS } from '../../infra/constructs/skill-function';
import { only, props, synthesize, TEST_SKILL_ID, type Synthesized } from './synth';

describe('skill stack: the function, its permissions and Alexa trigger', () => {
  let synth: Synthesized;
  let fn: Record<string, unknown>;
  beforeAll(() => {
    synth = synthesize();
    fn = props(synth.skill, 'AWS::Lambda::Function');
  });

  it('runs Node.js 24 on arm64, stops before Alexa gives up at 8 s, with the measured memory', () => {
    expect(fn.Runtime).toBe('nodejs24.x');
    expect(fn.Architectures).toEqual(['arm64']);
    expect(fn.Timeout).toBe(7);
    expect(fn.Timeout as number).toBeLessThan(8);
    expect(fn.MemorySize).toBe(FUNCTION_MEMORY_MB);
    expect(fn.MemorySize).toBe(1024);
  });

  it('carries the table name, skill ID, log level and source maps in its environment', () => {
    const tableId = only(synth.data, 'AWS::DynamoDB::Table').id;
    expect((fn.Environment as { Variables: unknown }).Variables).toEqual({
      TABLE_NAME: { 'Fn::ImportValue': expect.stringMatching(new RegExp(`^BetweenUsData:.*Ref${tableId}`)) },
      SKILL_ID: TEST_SKILL_ID,
      LOG_LEVEL: 'INFO',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  it('the environment names match what the handler reads', () => {
    const source = ['lambda/config.ts', 'lambda/telemetry.ts']
      .map((f) => readFileSync(resolve(__dirname, '..', '..', f), 'utf8'))
      .join('\n');
    expect(source).toContain('env.TABLE_NAME');
    expect(source).toContain('env.SKILL_ID');
    expect(source).toContain('env.LOG_LEVEL');
    expect(source).toContain('env.METRICS_DISABLED');
  });

  it('logs to an explicit log group with a retention period', () => {
    const logs = only(synth.skill, 'AWS::Logs::LogGroup');
    expect(logs.resource.Properties?.RetentionInDays).toBe(30);
    expect(fn.LoggingConfig).toEqual({ LogGroup: { Ref: logs.id } });
  });

  it('has a role with no managed policies and exactly three statements: its logs, the table, the key', () => {
    const role = only(synth.skill, 'AWS::IAM::Role');
    expect(role.resource.Properties?.ManagedPolicyArns).toBeUndefined();
    expect(fn.Role).toEqual({ 'Fn::GetAtt': [role.id, 'Arn'] });
    const policy = props(synth.skill, 'AWS::IAM::Policy');
    expect(policy.Roles).toEqual([{ Ref: role.id }]);
    const logs = only(synth.skill, 'AWS::Logs::LogGroup');
    const tableId = only(synth.data, 'AWS::DynamoDB::Table').id;
    const keyId = only(synth.data, 'AWS::KMS::Key').id;
    expect((policy.PolicyDocument as { Statement: unknown[] }).Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: { 'Fn::GetAtt': [logs.id, 'Arn'] },
      },
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:BatchWriteItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
        ],
        Resource: { 'Fn::ImportValue': expect.stringMatching(new RegExp(`${tableId}Arn`)) },
      },
      {
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'],
        Resource: { 'Fn::ImportValue': expect.stringMatching(new RegExp(`${keyId}Arn`)) },
        Condition: {
          StringEquals: {
            'kms:ViaService': { 'Fn::Join': ['', ['dynamodb.', { Ref: 'AWS::Region' }, '.amazonaws.com']] },
          },
        },
      },
    ]);
  });

  it('grants exactly the DynamoDB actions the store sends, no more and no fewer', () => {
    // Each SDK command the store constructs, mapped to the IAM action it is authorized by.
    const needs: Record<string, string[]> = {
      Get: ['dynamodb:GetItem'],
      Put: ['dynamodb:PutItem'],
      Delete: ['dynamodb:DeleteItem'],
      Update: ['dynamodb:UpdateItem'],
      Query: ['dynamodb:Query'],
      Scan: ['dynamodb:Scan'],
      BatchGet: ['dynamodb:BatchGetItem'],
      BatchWrite: ['dynamodb:BatchWriteItem'],
      // Authorized per item: the store's transactions hold Puts (one conditional) and Deletes.
      TransactWrite: ['dynamodb:PutItem', 'dynamodb:DeleteItem'],
      TransactGet: ['dynamodb:GetItem'],
    };
    const store = readFileSync(resolve(__dirname, '..', '..', 'lambda', 'storage', 'store.ts'), 'utf8');
    const commands = [...new Set([...store.matchAll(/new (\w+)Command\(/g)].map((m) => m[1]!))];
    expect(commands.length).toBeGreaterThan(0);
    const unknown = commands.filter((c) => !(c in needs));
    expect(unknown).toEqual([]);
    const required = [...new Set(commands.flatMap((c) => needs[c]!))].sort();
    expect([...TABLE_ACTIONS].sort()).toEqual(required);
    // A TransactWriteItems with a ConditionCheck item would need dynamodb:ConditionCheckItem.
    expect(store).not.toMatch(/ConditionCheck\s*:/);
    expect(KEY_ACTIONS).toEqual(['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey']);
  });

  it('lets only this skill invoke it: alexa-appkit with the skill ID as event source token', () => {
    const fnId = only(synth.skill, 'AWS::Lambda::Function').id;
    expect(props(synth.skill, 'AWS::Lambda::Permission')).toEqual({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: TEST_SKILL_ID,
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
    });
    synth.skill.resourceCountIs('AWS::Lambda::Permission', 1);
  });

  it("outputs the function's ARN, the endpoint a console- or ASK-CLI-managed skill points to", () => {
    const fnId = only(synth.skill, 'AWS::Lambda::Function').id;
    synth.skill.hasOutput('FunctionArn', { Value: { 'Fn::GetAtt': [fnId, 'Arn'] } });
  });

  it('refers to the table and key across stacks, and holds no data of its own', () => {
    synth.skill.resourceCountIs('AWS::DynamoDB::Table', 0);
    synth.skill.resourceCountIs('AWS::KMS::Key', 0);
    expect(synth.stacks.skill.dependencies).toContain(synth.stacks.data);
    synth.skill.resourceCountIs('Alexa::ASK::Skill', 0);
    synth.skill.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: { TABLE_NAME: { 'Fn::ImportValue': Match.stringLikeRegexp('BetweenUsData') } },
      },
    });
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged, and CDK reports no problems', () => {
    const report = synth.stacks.nag.validateScope(synth.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`)).toEqual(
      [],
    );
    expect(synth.problems).toEqual([]);
  });
});

describe('bundling is on by default and skippable for unit tests only', () => {
  it('bundles with esbuild unless -c skipBundling=true', () => {
    const context: Record<string, string> = { skillId: TEST_SKILL_ID };
    expect(configFromContext((k) => context[k]).code).toBe('esbuild');
    context.skipBundling = 'true';
    expect(configFromContext((k) => context[k]).code).toBe('stub');
  });
});
