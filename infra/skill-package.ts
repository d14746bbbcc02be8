/**
 * The skill package as it is deployed, for the ASK CLI route: interaction-model/ copied to
 * .ask/skill-package/ with the same overrides the CDK applies to `Alexa::ASK::Skill` (the
 * function's ARN as both endpoints, the deploy-time privacy and terms URLs in every locale).
 * `ask-resources.json` points `ask deploy` at that copy, so the placeholders in skill.json
 * can never reach certification by either route.
 *
 *   npx tsx infra/skill-package.ts --endpoint <FunctionArn> [-c privacyPolicyUrl=https://…] [-c termsOfUseUrl=https://…]
 *
 * The URLs come from `-c` or from cdk.context.json, the same keys `cdk deploy` reads.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkPolicyUrls, policyUrlOverrides, PolicyUrlError, type PolicyUrls } from './policy-urls';

const ROOT = resolve(__dirname, '..');
export const PACKAGE_DIR = join(ROOT, 'interaction-model');
export const DEPLOYED_PACKAGE_DIR = join(ROOT, '.ask', 'skill-package');

interface SkillJson {
  manifest: {
    publishingInformation: { locales: Record<string, unknown> };
    apis: { custom: { endpoint: { uri: string } } };
    events: { endpoint: { uri: string } };
    privacyAndCompliance: { locales: Record<string, Record<string, string>> };
  };
}

function readSkillJson(packageDir: string): SkillJson {
  return JSON.parse(readFileSync(join(packageDir, 'skill.json'), 'utf8')) as SkillJson;
}

/** The locales the package publishes in (skill.json's publishingInformation). */
export function packageLocales(packageDir: string): string[] {
  return Object.keys(readSkillJson(packageDir).manifest.publishingInformation.locales);
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w-]+)?$/;

/** Writes the deployed package: the source package with the endpoints and URLs set. */
export function writeDeployedPackage(options: {
  endpointArn: string;
  policyUrls: PolicyUrls;
  from?: string;
  to?: string;
}): string {
  const from = options.from ?? PACKAGE_DIR;
  const to = options.to ?? DEPLOYED_PACKAGE_DIR;
  if (!LAMBDA_ARN.test(options.endpointArn)) {
    throw new PolicyUrlError(
      `--endpoint ${options.endpointArn} is not a Lambda function ARN: use the BetweenUsSkill.FunctionArn output.`,
    );
  }
  const skill = readSkillJson(from);
  const { manifest } = skill;
  manifest.apis.custom.endpoint.uri = options.endpointArn;
  manifest.events.endpoint.uri = options.endpointArn;
  const urls = policyUrlOverrides(options.policyUrls, packageLocales(from)).privacyAndCompliance.locales;
  for (const [locale, value] of Object.entries(urls)) {
    manifest.privacyAndCompliance.locales[locale] = {
      ...manifest.privacyAndCompliance.locales[locale],
      ...value,
    };
  }
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  writeFileSync(join(to, 'skill.json'), `${JSON.stringify(skill, null, 2)}\n`);
  return to;
}

/** `-c key=value` pairs and `--endpoint`, over cdk.context.json. */
export function parseArgs(argv: string[], contextFile = join(ROOT, 'cdk.context.json')) {
  const context: Record<string, string> = existsSync(contextFile)
    ? (JSON.parse(readFileSync(contextFile, 'utf8')) as Record<string, string>)
    : {};
  let endpoint: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--endpoint') endpoint = argv[++i];
    else if (arg === '-c' || arg === '--context') {
      const [key, ...value] = (argv[++i] ?? '').split('=');
      context[key!] = value.join('=');
    }
  }
  return { endpoint, context };
}

if (require.main === module) {
  try {
    const { endpoint, context } = parseArgs(process.argv.slice(2));
    const policyUrls = checkPolicyUrls((key) => context[key]?.trim() || undefined);
    const to = writeDeployedPackage({ endpointArn: endpoint ?? '(missing)', policyUrls });
    console.log(`Skill package for ask deploy written to ${to}`);
  } catch (error) {
    if (!(error instanceof PolicyUrlError)) throw error;
    console.error(`Between Us: ${error.message}`);
    process.exit(1);
  }
}
