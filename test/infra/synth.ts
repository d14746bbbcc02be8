import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { buildApp, type BetweenUsStacks } from '../../infra/between-us';
import type { InfraConfig } from '../../infra/config';

export const TEST_SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
/** Real-looking policy URLs for synthesizing a skill deploy (placeholders are refused). */
export const TEST_POLICY_URLS = {
  privacyPolicyUrl: 'https://care.between-us.app/privacy',
  termsOfUseUrl: 'https://care.between-us.app/terms',
};

export interface Synthesized {
  app: App;
  stacks: BetweenUsStacks;
  data: Template;
  skill: Template;
  monitoring: Template;
  /** Every error and warning annotation on the three stacks (cdk-nag's and CDK's own). */
  problems: string[];
}

/**
 * Synthesizes the whole app once, with a stub in place of the esbuild bundle so unit tests
 * stay fast (`cdk synth` in CI bundles for real). Template parsing also fails on any
 * circular dependency inside a stack.
 */
export function synthesize(overrides: Partial<InfraConfig> = {}): Synthesized {
  const app = new App();
  const config: InfraConfig = {
    skillId: TEST_SKILL_ID,
    deploySkill: undefined,
    alarmEmail: undefined,
    logLevel: 'INFO',
    code: 'stub',
    ...overrides,
  };
  const stacks = buildApp(app, config);
  const problems = [stacks.data, stacks.skill, stacks.monitoring].flatMap((stack) => {
    const annotations = Annotations.fromStack(stack);
    return [
      ...annotations.findError('*', Match.anyValue()),
      ...annotations.findWarning('*', Match.anyValue()),
    ].map((m) => `${m.id}: ${String(m.entry.data)}`);
  });
  return {
    app,
    stacks,
    data: Template.fromStack(stacks.data),
    skill: Template.fromStack(stacks.skill),
    monitoring: Template.fromStack(stacks.monitoring),
    problems,
  };
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; [k: string]: unknown }>;

/** The one resource of a type; fails the test when there is not exactly one. */
export function only(template: Template, type: string): { id: string; resource: Resources[string] } {
  const found = Object.entries(template.findResources(type) as Resources);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  const [id, resource] = found[0]!;
  return { id, resource };
}

export function props(template: Template, type: string): Record<string, unknown> {
  return only(template, type).resource.Properties ?? {};
}
