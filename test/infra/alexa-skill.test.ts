import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PENDING_SKILL_ID } from '../../infra/stacks/skill-stack';
import { stringsFor } from '../../lambda/speech';
import { toPlainText } from '../../lambda/speech/ssml';
import { createHarness } from '../support/harness';
import { dependencyGraph, dependsOn, findCycle } from './graph';
import { only, props, synthesize, TEST_POLICY_URLS, TEST_SKILL_ID, type Synthesized } from './synth';

const deploySkill = {
  vendorId: 'M1EXAMPLEVENDOR',
  lwaSecretName: 'between-us/lwa',
  policyUrls: TEST_POLICY_URLS,
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function permissions(synth: Synthesized) {
  return Object.entries(synth.skill.findResources('AWS::Lambda::Permission')).map(([id, r]) => ({
    id,
    props: r.Properties as Record<string, unknown>,
  }));
}

describe('deploySkill, phase 1: the skill is created before its ID is known', () => {
  let synth: Synthesized;
  let skill: { id: string; resource: { Properties?: Record<string, unknown>; DependsOn?: string[] } };
  let fnId: string;
  beforeAll(() => {
    synth = synthesize({ skillId: undefined, deploySkill });
    skill = only(synth.skill, 'Alexa::ASK::Skill') as typeof skill;
    fnId = only(synth.skill, 'AWS::Lambda::Function').id;
  });

  it('deploys interaction-model/ as the skill package, with the endpoints overridden to the function', () => {
    const p = skill.resource.Properties!;
    expect(p.VendorId).toBe(deploySkill.vendorId);
    const pkg = p.SkillPackage as Record<string, unknown>;
    expect(pkg.S3Key).toMatch(/^[0-9a-f]{64}\.zip$/);
    expect(pkg.S3Bucket).toEqual({ 'Fn::Sub': expect.stringContaining('cdk-hnb659fds-assets') });
    expect(pkg.Overrides).toEqual({
      Manifest: {
        apis: { custom: { endpoint: { uri: { 'Fn::GetAtt': [fnId, 'Arn'] } } } },
        events: { endpoint: { uri: { 'Fn::GetAtt': [fnId, 'Arn'] } } },
        privacyAndCompliance: {
          locales: Object.fromEntries(
            ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'].map((locale) => [locale, TEST_POLICY_URLS]),
          ),
        },
      },
    });
  });

  it('zips exactly the interaction-model directory, skill.json at the root', () => {
    const assembly = synth.app.synth();
    const key = (skill.resource.Properties!.SkillPackage as { S3Key: string }).S3Key;
    const assets = JSON.parse(
      readFileSync(join(assembly.directory, 'BetweenUsSkill.assets.json'), 'utf8'),
    ) as {
      files: Record<string, { source: { path: string; packaging: string } }>;
    };
    const entry = assets.files[key.replace(/\.zip$/, '')];
    expect(entry?.source.packaging).toBe('zip');
    const staged = resolve(assembly.directory, entry!.source.path);
    const source = resolve(__dirname, '..', '..', 'interaction-model');
    const list = (dir: string) =>
      filesUnder(dir)
        .map((f) => relative(dir, f))
        .sort();
    expect(list(staged)).toEqual(list(source));
    expect(list(staged)).toContain('skill.json');
    expect(list(staged)).toContain(join('interactionModels', 'custom', 'en-US.json'));
  });

  it('keeps the skill if the stack is destroyed or the flag is forgotten', () => {
    expect(skill.resource).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('reads Login-with-Amazon credentials from Secrets Manager, never from the template', () => {
    expect(skill.resource.Properties!.AuthenticationConfiguration).toEqual({
      ClientId: '{{resolve:secretsmanager:between-us/lwa:SecretString:clientId::}}',
      ClientSecret: '{{resolve:secretsmanager:between-us/lwa:SecretString:clientSecret::}}',
      RefreshToken: '{{resolve:secretsmanager:between-us/lwa:SecretString:refreshToken::}}',
    });
  });

  it('lets Alexa read that one package object through a role only Alexa can assume', () => {
    const role = Object.entries(synth.skill.findResources('AWS::IAM::Role')).find(([id]) =>
      id.includes('PackageReader'),
    )!;
    expect((role[1].Properties as Record<string, unknown>).AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'alexa-appkit.amazon.com' } },
      ],
    });
    const pkg = skill.resource.Properties!.SkillPackage as Record<string, unknown>;
    expect(pkg.S3BucketRole).toEqual({ 'Fn::GetAtt': [role[0], 'Arn'] });
    const policy = Object.values(synth.skill.findResources('AWS::IAM::Policy')).find(
      (p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: role[0] }]),
    )!;
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: {
          'Fn::Join': [
            '',
            ['arn:', { Ref: 'AWS::Partition' }, ':s3:::', { 'Fn::Sub': expect.any(String) }, `/${pkg.S3Key}`],
          ],
        },
      },
    ]);
  });

  it('creates the skill after a bootstrap permission, then scopes a permission to the new skill ID', () => {
    const all = permissions(synth);
    expect(all).toHaveLength(2);
    const bootstrap = all.find((p) => p.props.EventSourceToken === undefined)!;
    const scoped = all.find((p) => p.props.EventSourceToken !== undefined)!;
    expect(bootstrap.props).toEqual({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
    });
    expect(scoped.props).toEqual({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      FunctionName: { 'Fn::GetAtt': [fnId, 'Arn'] },
      EventSourceToken: { Ref: skill.id },
    });
    const graph = dependencyGraph(synth.skill);
    expect(dependsOn(graph, skill.id, bootstrap.id)).toBe(true);
    expect(dependsOn(graph, scoped.id, skill.id)).toBe(true);
    expect(findCycle(graph)).toBeUndefined();
    synth.skill.hasOutput('SkillId', { Value: { Ref: skill.id } });
  });

  it('keeps the function closed until phase 2: SKILL_ID matches no skill', () => {
    const fn = props(synth.skill, 'AWS::Lambda::Function');
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables.SKILL_ID).toBe(
      PENDING_SKILL_ID,
    );
  });

  it('a function with that placeholder refuses a real skill request, kindly', async () => {
    // Prepare: the real handler, configured as phase 1 leaves it.
    const harness = await createHarness({ skillId: PENDING_SKILL_ID });
    try {
      const echo = harness.device({ skillId: 'amzn1.ask.skill.just-created' });

      // Act
      const turn = await echo.launch();

      // Assess
      expect(turn.speech).toBe(toPlainText(stringsFor('en-US').common.wrongSkill.markup).trim());
      expect(turn.ended).toBe(true);
      expect(harness.metrics).toContain('WrongSkillId');
    } finally {
      await harness.close();
    }
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged', () => {
    expect(synth.stacks.nag.validateScope(synth.app).violations.map((v) => v.ruleName)).toEqual([]);
    expect(synth.problems).toEqual([]);
  });
});

describe('deploySkill, phase 2: the skill ID from the first deploy is in context', () => {
  let phase1: Synthesized;
  let phase2: Synthesized;
  beforeAll(() => {
    phase1 = synthesize({ skillId: undefined, deploySkill });
    phase2 = synthesize({ skillId: TEST_SKILL_ID, deploySkill });
  });

  it('keeps the same skill resource, so CloudFormation updates it rather than creating another', () => {
    expect(only(phase2.skill, 'Alexa::ASK::Skill').id).toBe(only(phase1.skill, 'Alexa::ASK::Skill').id);
  });

  it('drops the bootstrap permission: only the skill-scoped one remains, and the skill waits for it', () => {
    const all = permissions(phase2);
    expect(all).toHaveLength(1);
    expect(all[0]!.props.EventSourceToken).toBe(TEST_SKILL_ID);
    const graph = dependencyGraph(phase2.skill);
    const skillId = only(phase2.skill, 'Alexa::ASK::Skill').id;
    expect(dependsOn(graph, skillId, all[0]!.id)).toBe(true);
    expect(findCycle(graph)).toBeUndefined();
  });

  it('opens the function to that skill', () => {
    const fn = props(phase2.skill, 'AWS::Lambda::Function');
    expect((fn.Environment as { Variables: Record<string, unknown> }).Variables.SKILL_ID).toBe(TEST_SKILL_ID);
  });

  it('passes cdk-nag AwsSolutions with nothing acknowledged', () => {
    expect(phase2.stacks.nag.validateScope(phase2.app).violations.map((v) => v.ruleName)).toEqual([]);
    expect(phase2.problems).toEqual([]);
  });
});
