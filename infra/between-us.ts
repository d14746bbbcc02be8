import { Tags, Validations, type App, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { InfraConfig } from './config';
import { DataStack } from './stacks/data-stack';
import { MonitoringStack } from './stacks/monitoring-stack';
import { SkillStack } from './stacks/skill-stack';

export interface BetweenUsStacks {
  data: DataStack;
  skill: SkillStack;
  monitoring: MonitoringStack;
  nag: AwsSolutionsChecks;
}

/**
 * The whole deployment: data (stateful), skill (stateless) and monitoring stacks, tagged,
 * with the cdk-nag AwsSolutions checks registered as a synthesis validation, so any
 * unacknowledged finding stops `cdk synth` and `cdk deploy`.
 */
export function buildApp(app: App, config: InfraConfig, env?: Environment): BetweenUsStacks {
  // Strong (export/import) references between the stacks: CloudFormation then refuses to
  // change or remove the table or key while the skill stack still uses them.
  app.node.setContext('@aws-cdk/core:defaultCrossStackReferences', 'strong');
  const data = new DataStack(app, 'BetweenUsData', {
    env,
    description: 'Between Us: household table and its encryption key (retained)',
    // A stack that holds the only copy of a couple's notes should not go by accident.
    terminationProtection: true,
  });
  const skill = new SkillStack(app, 'BetweenUsSkill', {
    env,
    description: 'Between Us: the skill function, its Alexa permission and optionally the skill',
    table: data.table,
    tableKey: data.key,
    config,
  });
  const monitoring = new MonitoringStack(app, 'BetweenUsMonitoring', {
    env,
    description: 'Between Us: alarms and dashboard',
    fn: skill.fn,
    table: data.table,
    alarmEmail: config.alarmEmail,
  });
  Tags.of(app).add('app', 'between-us');

  const nag = new AwsSolutionsChecks(app);
  Validations.of(app).addPlugins(nag);
  return { data, skill, monitoring, nag };
}
