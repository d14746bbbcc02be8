import { resolve } from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { CfnPermission } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import type { InfraConfig } from '../config';
import { AlexaSkill } from '../constructs/alexa-skill';
import { SkillFunction } from '../constructs/skill-function';

const ROOT = resolve(__dirname, '..', '..');

/**
 * SKILL_ID during phase 1 of a skill deploy, before the skill's ID exists: it matches no
 * real skill, so the function refuses every request until phase 2 sets the real ID.
 */
export const PENDING_SKILL_ID = 'pending-second-deploy';

export interface SkillStackProps extends StackProps {
  table: ITable;
  tableKey: IKey;
  config: InfraConfig;
}

/**
 * The stateless half: the function, Alexa's permission to call it, and optionally the
 * skill itself. Safe to destroy and redeploy at any time; it holds no data.
 */
export class SkillStack extends Stack {
  readonly fn: SkillFunction;
  /** The permission scoped to the skill ID (event source token). */
  readonly alexaPermission: CfnPermission;
  /** Phase 1 of a skill deploy only: the permission without a token the skill's creation needs. */
  readonly bootstrapPermission: CfnPermission | undefined;
  readonly alexaSkill: AlexaSkill | undefined;

  constructor(scope: Construct, id: string, props: SkillStackProps) {
    super(scope, id, props);
    const { config } = props;
    if (config.skillId === undefined && config.deploySkill === undefined) {
      throw new Error('SkillStack needs a skill ID unless it deploys the skill');
    }

    this.fn = new SkillFunction(this, 'SkillFunction', {
      entry: resolve(ROOT, 'lambda', 'index.ts'),
      table: props.table,
      tableKey: props.tableKey,
      skillId: config.skillId ?? PENDING_SKILL_ID,
      logLevel: config.logLevel,
      code: config.code,
    });

    new CfnOutput(this, 'FunctionArn', {
      value: this.fn.functionArn,
      description: "The skill's endpoint: apis.custom.endpoint.uri and events.endpoint.uri in skill.json",
    });

    if (config.deploySkill === undefined) {
      // The skill lives in the developer console or the ASK CLI; its ID came from context.
      this.alexaPermission = this.fn.allowAlexa('AlexaPermission', config.skillId);
      return;
    }

    this.alexaSkill = new AlexaSkill(this, 'AlexaSkill', {
      packageDir: resolve(ROOT, 'interaction-model'),
      vendorId: config.deploySkill.vendorId,
      lwaSecretName: config.deploySkill.lwaSecretName,
      endpointArn: this.fn.functionArn,
      policyUrls: config.deploySkill.policyUrls,
    });
    new CfnOutput(this, 'SkillId', {
      value: this.alexaSkill.skillId,
      description: 'Deploy again with -c skillId=<this value> to finish (phase 2)',
    });

    if (config.skillId === undefined) {
      // Phase 1. Alexa refuses to create a skill whose endpoint it may not invoke, and a
      // permission scoped to the skill needs the skill's ID: a bootstrap permission without
      // a token comes first, the skill after it, the scoped permission after the skill.
      // SKILL_ID is a placeholder, so the function answers no skill until phase 2.
      this.bootstrapPermission = this.fn.allowAlexa('AlexaBootstrapPermission', undefined);
      this.alexaSkill.skill.node.addDependency(this.bootstrapPermission);
      this.alexaPermission = this.fn.allowAlexa('AlexaPermission', this.alexaSkill.skillId);
    } else {
      // Phase 2 (and every deploy after): the skill exists and its ID is in context. The
      // bootstrap permission is gone; any update to the skill waits for the scoped one.
      this.alexaPermission = this.fn.allowAlexa('AlexaPermission', config.skillId);
      this.alexaSkill.skill.node.addDependency(this.alexaPermission);
    }
  }
}
