/**
 * `npm run db [-- --in-memory] [-- --port N]`: Amazon DynamoDB Local with the skill's table.
 * Data lives in .data/ unless --in-memory. Ctrl-C stops the Java process cleanly.
 */
import { ensureTable, JavaMissingError, startDynamoLocal } from './dynamo-local';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const inMemory = args.includes('--in-memory');
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 8000;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error('--port takes a port number, e.g. --port 8000');
    process.exit(2);
  }
  const tableName = process.env.TABLE_NAME ?? 'between-us';
  const db = await startDynamoLocal({ port, dbPath: inMemory ? undefined : '.data', quiet: true });
  const shutdown = async (code: number) => {
    await db.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('uncaughtException', (error) => {
    console.error(error);
    void shutdown(1);
  });
  db.process.once('exit', (code) => {
    console.error(`DynamoDB Local stopped (code ${code}).`);
    process.exit(code ?? 1);
  });
  await ensureTable(db.endpoint, tableName);
  console.log(`DynamoDB Local is running at ${db.endpoint} (${inMemory ? 'in memory' : 'data in .data/'}).`);
  console.log(`Table: ${tableName}. Use it with:`);
  console.log(`  export AWS_ENDPOINT_URL_DYNAMODB=${db.endpoint} TABLE_NAME=${tableName}`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((error) => {
  if (error instanceof JavaMissingError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
