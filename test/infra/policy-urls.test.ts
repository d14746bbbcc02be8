import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configFromContext, InfraConfigError } from '../../infra/config';
import { checkPolicyUrls, policyUrlProblem } from '../../infra/policy-urls';
import { PACKAGE_DIR, parseArgs, writeDeployedPackage } from '../../infra/skill-package';
import { TEST_POLICY_URLS, TEST_SKILL_ID } from './synth';

const ROOT = resolve(__dirname, '..', '..');
const TSX = resolve(ROOT, 'node_modules', '.bin', 'tsx');
const read = (values: Record<string, string>) => (key: string) => values[key];

const placeholders = JSON.parse(readFileSync(join(PACKAGE_DIR, 'skill.json'), 'utf8')).manifest
  .privacyAndCompliance.locales['en-US'] as { privacyPolicyUrl: string; termsOfUseUrl: string };

describe('the privacy and terms URLs, set at deploy time', () => {
  it("refuses skill.json's own placeholders, plain http, and nothing at all", () => {
    expect(policyUrlProblem(placeholders.privacyPolicyUrl)).toMatch(/placeholder/);
    expect(policyUrlProblem(placeholders.termsOfUseUrl)).toMatch(/placeholder/);
    expect(policyUrlProblem('https://www.example.com/privacy')).toMatch(/placeholder/);
    expect(policyUrlProblem('https://localhost/privacy')).toMatch(/placeholder/);
    expect(policyUrlProblem('http://care.between-us.app/privacy')).toMatch(/https/);
    expect(policyUrlProblem('privacy page')).toMatch(/not a URL/);
    expect(policyUrlProblem(undefined)).toMatch(/not set/);
    expect(policyUrlProblem(TEST_POLICY_URLS.privacyPolicyUrl)).toBeUndefined();
    expect(checkPolicyUrls(read(TEST_POLICY_URLS))).toEqual(TEST_POLICY_URLS);
  });

  it('a skill deploy without real URLs stops at the context, naming both settings', () => {
    const deploy = { deploySkill: 'true', vendorId: 'M1VENDOR' };
    expect(() => configFromContext(read(deploy))).toThrow(InfraConfigError);
    expect(() => configFromContext(read(deploy))).toThrow(
      /privacyPolicyUrl is not set and termsOfUseUrl is not set.*-c privacyPolicyUrl=https/,
    );
    expect(() => configFromContext(read({ ...deploy, ...placeholders }))).toThrow(
      /privacyPolicyUrl is still a placeholder/,
    );
  });

  it("CI's synth (a test skill ID, the skill left to the console) needs no URLs", () => {
    expect(configFromContext(read({ skillId: TEST_SKILL_ID })).deploySkill).toBeUndefined();
  });

  it('`cdk deploy -c deploySkill=true` with the placeholders exits with one line and writes nothing', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'between-us-urls-'));
    try {
      const run = spawnSync(TSX, ['infra/app.ts'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: {
          ...process.env,
          CDK_CONTEXT_JSON: JSON.stringify({ deploySkill: 'true', vendorId: 'M1VENDOR', ...placeholders }),
          CDK_OUTDIR: outdir,
        },
      });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(/^Between Us: The skill's privacyPolicyUrl is still a placeholder/);
      expect(readdirSync(outdir)).toEqual([]);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('the package for `ask deploy`', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'between-us-package-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:BetweenUsSkill-SkillFunction-abc';

  it('is the source package with the endpoints and every locale’s URLs set, the source untouched', () => {
    const before = readFileSync(join(PACKAGE_DIR, 'skill.json'), 'utf8');
    const to = writeDeployedPackage({ endpointArn: ARN, policyUrls: TEST_POLICY_URLS, to: join(dir, 'pkg') });
    const deployed = JSON.parse(readFileSync(join(to, 'skill.json'), 'utf8'));

    expect(deployed.manifest.apis.custom.endpoint.uri).toBe(ARN);
    expect(deployed.manifest.events.endpoint.uri).toBe(ARN);
    for (const locale of ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']) {
      expect(deployed.manifest.privacyAndCompliance.locales[locale]).toEqual(TEST_POLICY_URLS);
    }
    expect(readdirSync(join(to, 'assets', 'images')).sort()).toEqual([
      'large-icon-512.png',
      'small-icon-108.png',
    ]);
    expect(readdirSync(join(to, 'interactionModels', 'custom'))).toHaveLength(5);
    expect(readFileSync(join(PACKAGE_DIR, 'skill.json'), 'utf8')).toBe(before);
  });

  it('refuses an endpoint that is not a Lambda ARN', () => {
    expect(() =>
      writeDeployedPackage({
        endpointArn: 'my-function',
        policyUrls: TEST_POLICY_URLS,
        to: join(dir, 'pkg'),
      }),
    ).toThrow(/not a Lambda function ARN/);
  });

  it('reads -c flags over cdk.context.json', () => {
    const contextFile = join(dir, 'cdk.context.json');
    writeFileSync(
      contextFile,
      JSON.stringify({ ...placeholders, termsOfUseUrl: TEST_POLICY_URLS.termsOfUseUrl }),
    );
    const { endpoint, context } = parseArgs(
      ['--endpoint', ARN, '-c', `privacyPolicyUrl=${TEST_POLICY_URLS.privacyPolicyUrl}`],
      contextFile,
    );
    expect(endpoint).toBe(ARN);
    expect(checkPolicyUrls((key) => context[key])).toEqual(TEST_POLICY_URLS);
  });

  it('the command stops loudly on placeholders', () => {
    const run = spawnSync(
      TSX,
      [
        'infra/skill-package.ts',
        '--endpoint',
        ARN,
        ...Object.entries(placeholders).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Between Us: The skill's privacyPolicyUrl is still a placeholder/);
  });
});
