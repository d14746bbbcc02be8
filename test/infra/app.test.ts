import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AttributeType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { buildApp } from '../../infra/between-us';
import { configFromContext, DEFAULT_LWA_SECRET_NAME, InfraConfigError } from '../../infra/config';
import { TEST_POLICY_URLS, TEST_SKILL_ID } from './synth';

const ROOT = resolve(__dirname, '..', '..');

/** Runs infra/app.ts the way `cdk synth` does: context in CDK_CONTEXT_JSON, output in CDK_OUTDIR. */
function runApp(context: Record<string, string>) {
  const outdir = mkdtempSync(join(tmpdir(), 'between-us-synth-'));
  try {
    const result = spawnSync(resolve(ROOT, 'node_modules', '.bin', 'tsx'), ['infra/app.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
    });
    return { status: result.status, stderr: result.stderr, files: readdirSync(outdir).sort() };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe('the skill ID comes from context', () => {
  const read = (context: Record<string, string>) => (key: string) => context[key];

  it('refuses to synthesize without one, naming the flag to add', () => {
    expect(() => configFromContext(read({}))).toThrow(InfraConfigError);
    expect(() => configFromContext(read({}))).toThrow(/-c skillId=amzn1\.ask\.skill\.<id>/);
  });

  it('refuses what is not a skill ID', () => {
    expect(() => configFromContext(read({ skillId: 'my-skill' }))).toThrow(
      /does not look like an Alexa skill ID/,
    );
  });

  it('takes a skill ID, an alarm email and a log level', () => {
    const config = configFromContext(
      read({ skillId: TEST_SKILL_ID, alarmEmail: 'care@example.org', logLevel: 'debug' }),
    );
    expect(config).toEqual({
      skillId: TEST_SKILL_ID,
      deploySkill: undefined,
      alarmEmail: 'care@example.org',
      logLevel: 'DEBUG',
      code: 'esbuild',
    });
  });

  it('lets the first skill deploy go without a skill ID, but not without a vendor ID', () => {
    expect(() => configFromContext(read({ deploySkill: 'true' }))).toThrow(/-c vendorId=<id>/);
    expect(
      configFromContext(read({ deploySkill: 'true', vendorId: 'M1VENDOR', ...TEST_POLICY_URLS })).deploySkill,
    ).toEqual({
      vendorId: 'M1VENDOR',
      lwaSecretName: DEFAULT_LWA_SECRET_NAME,
      policyUrls: TEST_POLICY_URLS,
    });
  });

  it('says which flag is wrong', () => {
    expect(() => configFromContext(read({ skillId: TEST_SKILL_ID, alarmEmail: 'nobody' }))).toThrow(
      /alarmEmail/,
    );
    expect(() => configFromContext(read({ skillId: TEST_SKILL_ID, logLevel: 'LOUD' }))).toThrow(/logLevel/);
    expect(() => configFromContext(read({ skillId: TEST_SKILL_ID, deploySkill: 'maybe' }))).toThrow(
      /deploySkill=maybe/,
    );
  });

  it('the app itself exits with that one-line message, and writes nothing', () => {
    const run = runApp({});
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Between Us: No skill ID: synthesize with -c skillId=/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.files).toEqual([]);
  });
});

describe('cdk-nag runs on every synth', () => {
  function acknowledgements(scope: IConstruct): string[] {
    return scope.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY))
      .flatMap((m) => Object.keys(m.data as object));
  }

  it('reports a finding the moment a resource breaks a rule, and the synth stops on errors', () => {
    // Prepare: the real app, plus one table without PITR and one function on an old runtime.
    const app = new App();
    const stacks = buildApp(app, {
      skillId: TEST_SKILL_ID,
      deploySkill: undefined,
      alarmEmail: undefined,
      logLevel: 'INFO',
      code: 'stub',
    });
    const bad = new Stack(app, 'Careless');
    new Table(bad, 'NoBackups', { partitionKey: { name: 'pk', type: AttributeType.STRING } });
    new LambdaFunction(bad, 'Old', {
      runtime: Runtime.NODEJS_18_X,
      code: Code.fromInline('x'),
      handler: 'index.h',
    });

    // Act
    const report = stacks.nag.validateScope(app);

    // Assess
    const rules = report.violations.map((v) => v.ruleName);
    expect(rules).toEqual(expect.arrayContaining(['AwsSolutions-DDB3', 'AwsSolutions-L1']));
    expect(
      report.violations.flatMap((v) =>
        v.violatingResources.map((r) => (r.constructPath ?? '').split('/')[0]),
      ),
    ).not.toContain('BetweenUsData');
    expect(() => app.synth()).toThrow(/AwsSolutions-L1/);
  });

  it('needs no acknowledged findings in any variant of the app', () => {
    for (const overrides of [
      {},
      { alarmEmail: 'care@example.org' },
      {
        skillId: undefined,
        deploySkill: { vendorId: 'M1', lwaSecretName: 'x', policyUrls: TEST_POLICY_URLS },
      },
      { deploySkill: { vendorId: 'M1', lwaSecretName: 'x', policyUrls: TEST_POLICY_URLS } },
    ]) {
      const app = new App();
      const stacks = buildApp(app, {
        skillId: TEST_SKILL_ID,
        deploySkill: undefined,
        alarmEmail: undefined,
        logLevel: 'INFO',
        code: 'stub',
        ...overrides,
      });
      expect(acknowledgements(app)).toEqual([]);
      expect(stacks.nag.validateScope(app).violations).toEqual([]);
    }
  });
});
