import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Architecture, CfnPermission, Code, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { resolve } from 'node:path';
import bundleAliases from '../../tools/bundle-stubs/aliases.json';

/** The principal Alexa uses to invoke a skill's endpoint (requests and skill events). */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

/** The handler's metric names (lambda/telemetry.ts); the monitoring stack's alarms use them. */
export { METRICS_NAMESPACE, SERVICE_NAME } from '../../lambda/telemetry';

/**
 * Exactly the DynamoDB actions `lambda/storage/store.ts` sends: GetCommand, PutCommand,
 * QueryCommand, DeleteCommand, BatchWriteCommand; TransactWriteCommand is authorized per
 * item as PutItem / DeleteItem (its condition sits on a Put, so no ConditionCheckItem).
 * test/infra keeps this list equal to the commands the store uses.
 */
export const TABLE_ACTIONS = [
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
] as const;

/** What DynamoDB asks of the caller's principal to use the table's customer-managed key. */
export const KEY_ACTIONS = ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey'] as const;

/** Alexa gives up on a response after 8 s; the function stops first, so it never times out silently. */
export const FUNCTION_TIMEOUT = Duration.seconds(7);

/**
 * Memory, chosen from a measurement: `npx tsx infra/measure/profile.ts` (numbers in README
 * "Deploy"). On one local core (AMD EPYC, Node 20, source maps on) loading the 1.1 MB bundle
 * takes ~128 ms of CPU, the first turn (SDK warm-up, one GetItem) ~29 ms, later turns
 * 3-11 ms; peak RSS is 86 MB. Memory is not the constraint, CPU is: Lambda gives 1 vCPU
 * at 1,769 MB and a proportional share below, so a cold start costs about
 * (128 + 29) ms x 1769 / memory: ~2.2 s at 128 MB, ~1.1 s at 256, ~0.54 s at 512,
 * ~0.27 s at 1024, before any allowance for a Graviton core being slower than this one.
 * CPU-bound time costs the same GB-seconds at any size; only time spent waiting on
 * DynamoDB and Alexa's APIs (tens of ms a turn) costs more at a larger size, about
 * $0.0002 per thousand turns between 512 and 1024 MB. So: 1024 MB, cold starts near a
 * quarter of a second, for a cost difference nobody will see on a bill.
 */
export const FUNCTION_MEMORY_MB = 1024;

export const LOG_RETENTION = RetentionDays.ONE_MONTH;

export interface SkillFunctionProps {
  /** Path of lambda/index.ts. */
  entry: string;
  table: ITable;
  tableKey: IKey;
  /** Value of SKILL_ID: the function refuses requests for any other skill. */
  skillId: string;
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /** `stub` skips esbuild (unit tests); `esbuild` bundles `entry` with the local esbuild. */
  code: 'esbuild' | 'stub';
}

/**
 * The house Lambda function: Node.js 24 on arm64, bundled by the local esbuild (no Docker),
 * minified with source maps, an explicit log group with retention, a role that can write
 * only to that log group, and its log level. Table and key access are granted
 * statement by statement, to exactly the table and key given.
 */
export class SkillFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: LOG_RETENTION,
      // Logs carry no dictated text or names; they are operational and go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role, so the broad AWSLambdaBasicExecutionRole managed policy is never attached.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Between Us skill function: its own log group, the household table and its key',
    });
    const common: NodejsFunctionProps = {
      description: 'Between Us Alexa skill endpoint',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: FUNCTION_MEMORY_MB,
      timeout: FUNCTION_TIMEOUT,
      role,
      logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        SKILL_ID: props.skillId,
        LOG_LEVEL: props.logLevel,
        NODE_OPTIONS: '--enable-source-maps',
      },
    };
    const code: Partial<NodejsFunctionProps> =
      props.code === 'stub'
        ? {
            code: Code.fromInline('exports.handler = async () => { throw new Error("test stub"); };'),
            handler: 'index.handler',
          }
        : {
            entry: props.entry,
            handler: 'handler',
            bundling: {
              forceDockerBundling: false,
              minify: true,
              sourceMap: true,
              // Stack traces need the mappings, not the sources: a smaller map loads faster.
              sourcesContent: false,
              target: 'node24',
              format: OutputFormat.CJS,
              // The same resolution as `npm run build` (tools/build.mjs): ES module builds first.
              mainFields: ['module', 'main'],
              // Bundle the SDK too: the version we test against, and no runtime lookup cost.
              bundleAwsSDK: true,
              externalModules: [],
              // The same stand-ins as `npm run build` for what the Lambda never uses (the SDK's
              // non-environment credential providers, ask-sdk-model's service clients, event streams).
              esbuildArgs: {
                '--alias': Object.entries(bundleAliases).map(
                  ([pkg, stub]) => `${pkg}=${resolve(__dirname, '../..', stub)}`,
                ),
              },
            },
          };
    super(scope, id, { ...common, ...code });

    logGroup.grantWrite(role);
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...TABLE_ACTIONS], resources: [props.table.tableArn] }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...KEY_ACTIONS],
        resources: [props.tableKey.keyArn],
        // Only when DynamoDB uses the key on the function's behalf, never directly.
        conditions: { StringEquals: { 'kms:ViaService': `dynamodb.${Stack.of(this).region}.amazonaws.com` } },
      }),
    );
  }

  /**
   * Lets Alexa invoke the function. With a skill ID (the normal case) only that skill may;
   * without one the permission is the bootstrap one the first skill deploy needs.
   */
  allowAlexa(id: string, skillId: string | undefined): CfnPermission {
    const permission = new CfnPermission(this, id, {
      action: 'lambda:InvokeFunction',
      functionName: this.functionArn,
      principal: ALEXA_PRINCIPAL,
      ...(skillId === undefined ? {} : { eventSourceToken: skillId }),
    });
    return permission;
  }
}
