// The CDK app (`cdk.json`: `npx tsx infra/app.ts`). Synthesizes without Docker or AWS
// credentials; account and region come from the CLI's environment when deploying.
import { App } from 'aws-cdk-lib';
import { buildApp } from './between-us';
import { configFromContext, InfraConfigError } from './config';

const app = new App();
try {
  const config = configFromContext((key) => app.node.tryGetContext(key));
  buildApp(app, config, {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION,
  });
} catch (error) {
  if (error instanceof InfraConfigError) {
    console.error(`Between Us: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
app.synth();
