// Stands in for @aws-sdk/credential-provider-node in the Lambda bundle (tools/build.mjs aliases it).
// Lambda hands the function its role's credentials in environment variables
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the environment provider is
// the whole chain there. The SSO, INI, process, web-identity, container/IMDS and login providers,
// with the STS, SSO and SSO-OIDC clients they carry, can never run in the Lambda and stay out.
// Tests and `npm start` run the sources, not the bundle, and keep the SDK's full default chain.
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init = {}) => fromEnv(init);
export const credentialsWillNeedRefresh = (credentials) => credentials?.expiration !== undefined;
export const credentialsTreatedAsExpired = (credentials) =>
  credentials?.expiration !== undefined && credentials.expiration.getTime() - Date.now() < 300_000;
