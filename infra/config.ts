import { checkPolicyUrls, PolicyUrlError, type PolicyUrls } from './policy-urls';

/**
 * What the app needs to know to synthesize, read from CDK context (`-c key=value`).
 * Tests build an `InfraConfig` directly and pass it to `buildApp`.
 */
export class InfraConfigError extends Error {
  override name = 'InfraConfigError';
}

export interface SkillDeployConfig {
  /** Amazon developer vendor ID that will own the skill (`-c vendorId=...`). */
  vendorId: string;
  /**
   * Secrets Manager secret holding Login-with-Amazon credentials as JSON fields
   * `clientId`, `clientSecret`, `refreshToken` (`-c lwaSecretName=...`).
   */
  lwaSecretName: string;
  /** The privacy policy and terms of use put into the deployed manifest (never placeholders). */
  policyUrls: PolicyUrls;
}

export interface InfraConfig {
  /**
   * The Alexa skill ID. Required unless `deploySkill` is set and this is the first deploy
   * (phase 1 of the two-phase skill deployment, see README "Deploy").
   */
  skillId: string | undefined;
  /** When set, the app also deploys the skill itself (`Alexa::ASK::Skill`). */
  deploySkill: SkillDeployConfig | undefined;
  /** Alarm notifications go to this address through an encrypted SNS topic. */
  alarmEmail: string | undefined;
  /** The function's log level (LOG_LEVEL, read by lambda/config.ts). */
  logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  /**
   * How the function's code is produced. `esbuild` bundles lambda/index.ts with the local
   * esbuild (real synth, CI). `stub` uses a placeholder so unit tests skip bundling.
   */
  code: 'esbuild' | 'stub';
}

export const DEFAULT_LWA_SECRET_NAME = 'between-us/lwa';

const SKILL_ID = /^amzn1\.ask\.skill\.[0-9a-z-]+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;

type ContextReader = (key: string) => unknown;

function text(read: ContextReader, key: string): string | undefined {
  const value = read(key);
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

function flag(read: ContextReader, key: string): boolean {
  const value = text(read, key);
  if (value === undefined) return false;
  if (/^(true|1|yes)$/i.test(value)) return true;
  if (/^(false|0|no)$/i.test(value)) return false;
  throw new InfraConfigError(`-c ${key}=${value}: use true or false.`);
}

/** Reads and checks the context; every problem is one clear sentence naming the flag. */
export function configFromContext(read: ContextReader): InfraConfig {
  const skillId = text(read, 'skillId');
  if (skillId !== undefined && !SKILL_ID.test(skillId)) {
    throw new InfraConfigError(
      `-c skillId=${skillId} does not look like an Alexa skill ID (amzn1.ask.skill.<id>).`,
    );
  }
  let deploySkill: SkillDeployConfig | undefined;
  if (flag(read, 'deploySkill')) {
    const vendorId = text(read, 'vendorId');
    if (!vendorId) {
      throw new InfraConfigError(
        'deploySkill=true needs your Amazon developer vendor ID: add -c vendorId=<id> ' +
          '(Alexa developer console, Settings, My IDs; see README "Deploy").',
      );
    }
    let policyUrls: PolicyUrls;
    try {
      policyUrls = checkPolicyUrls((key) => text(read, key));
    } catch (error) {
      if (error instanceof PolicyUrlError) throw new InfraConfigError(error.message);
      throw error;
    }
    deploySkill = {
      vendorId,
      lwaSecretName: text(read, 'lwaSecretName') ?? DEFAULT_LWA_SECRET_NAME,
      policyUrls,
    };
  }
  if (skillId === undefined && deploySkill === undefined) {
    throw new InfraConfigError(
      'No skill ID: synthesize with -c skillId=amzn1.ask.skill.<id> (the ID from the Alexa developer ' +
        'console), or with -c deploySkill=true -c vendorId=<id> to create the skill first (README "Deploy").',
    );
  }
  const alarmEmail = text(read, 'alarmEmail');
  if (alarmEmail !== undefined && !EMAIL.test(alarmEmail)) {
    throw new InfraConfigError(`-c alarmEmail=${alarmEmail} is not an email address.`);
  }
  const logLevel = (text(read, 'logLevel') ?? 'INFO').toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new InfraConfigError(`-c logLevel=${logLevel}: use one of ${LOG_LEVELS.join(', ')}.`);
  }
  return {
    skillId,
    deploySkill,
    alarmEmail,
    logLevel: logLevel as InfraConfig['logLevel'],
    code: flag(read, 'skipBundling') ? 'stub' : 'esbuild',
  };
}
