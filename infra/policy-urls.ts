/**
 * The skill's privacy policy and terms of use are set at deploy time, not in skill.json:
 * skill.json keeps placeholders (example.org), and a deploy that would publish the skill
 * package refuses to go ahead until both are real https addresses. One setting serves both
 * routes: CDK context (`-c privacyPolicyUrl=… -c termsOfUseUrl=…`, or `cdk.context.json`)
 * for `deploySkill`, and the same keys for `npm run skill-package` before `ask deploy`.
 */
export interface PolicyUrls {
  privacyPolicyUrl: string;
  termsOfUseUrl: string;
}

export class PolicyUrlError extends Error {
  override name = 'PolicyUrlError';
}

export const POLICY_URL_KEYS = ['privacyPolicyUrl', 'termsOfUseUrl'] as const;

// Hosts that can never be a real policy page (RFC 2606 / 6761 names, loopback).
const PLACEHOLDER_HOST =
  /(^|\.)(example\.(org|com|net)|example|invalid|test|localhost)$|^127\.|^\[?::1\]?$|^0\.0\.0\.0$/i;

/** Why a URL cannot go to certification, or undefined when it can. */
export function policyUrlProblem(url: string | undefined): string | undefined {
  if (url === undefined || url.trim() === '') return 'is not set';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `is not a URL (${url})`;
  }
  if (parsed.protocol !== 'https:') return `must be an https address (${url})`;
  if (PLACEHOLDER_HOST.test(parsed.hostname)) return `is still a placeholder (${url})`;
  return undefined;
}

/** Both URLs, checked; any problem is one loud sentence naming the setting. */
export function checkPolicyUrls(read: (key: string) => string | undefined): PolicyUrls {
  const problems = POLICY_URL_KEYS.flatMap((key) => {
    const problem = policyUrlProblem(read(key));
    return problem ? [`${key} ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new PolicyUrlError(
      `The skill's ${problems.join(' and ')}. Certification needs a reachable privacy policy and terms ` +
        'of use: set -c privacyPolicyUrl=https://… -c termsOfUseUrl=https://… (or put them in ' +
        'cdk.context.json); see CERTIFICATION.md.',
    );
  }
  return { privacyPolicyUrl: read('privacyPolicyUrl')!, termsOfUseUrl: read('termsOfUseUrl')! };
}

/** The manifest fragment that puts the URLs in every locale the package lists. */
export function policyUrlOverrides(urls: PolicyUrls, locales: readonly string[]) {
  return {
    privacyAndCompliance: {
      locales: Object.fromEntries(
        locales.map((locale) => [
          locale,
          { privacyPolicyUrl: urls.privacyPolicyUrl, termsOfUseUrl: urls.termsOfUseUrl },
        ]),
      ),
    },
  };
}
