import { startDynamoLocal, useLocalCredentials, type DynamoLocal } from '../../tools/dynamo-local';

/** One DynamoDB Local for the whole run; each test file makes its own table in it. */
export default async function globalSetup(): Promise<void> {
  useLocalCredentials();
  const db: DynamoLocal = await startDynamoLocal({ quiet: true });
  (globalThis as { __dynamoLocal?: DynamoLocal }).__dynamoLocal = db;
  process.env.DYNAMO_TEST_ENDPOINT = db.endpoint;
  // If jest dies without running teardown, do not leave Java behind.
  process.once('exit', () => db.process.kill('SIGKILL'));
}
