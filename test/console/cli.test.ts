import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { householdIdFor } from '../../lambda/domain/ids';
import { createDocumentClient, Store } from '../../lambda/storage/store';
import { CONSOLE_USER_ID } from '../../tools/console/app';
import { localClient } from '../../tools/dynamo-local';

const ROOT = resolve(__dirname, '../..');

/** `npm start -- <args>`, as a person runs it: tsx on tools/console/main.ts. */
function runConsole(args: string[], env: NodeJS.ProcessEnv) {
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const child = spawn(process.execPath, [tsx, 'tools/console/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.once('close', (code) => done({ code, stdout, stderr })),
  );
}

describe('npm start -- --script', () => {
  const endpoint = process.env.DYNAMO_TEST_ENDPOINT!;
  const tableName = `between-us-console-${randomUUID()}`;
  afterAll(async () => {
    const admin = localClient(endpoint);
    await admin.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
    admin.destroy();
  });

  it('runs setup, help and stop, prints what Alexa says, and leaves the profile in the table', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    const script = join(dir, 'setup.txt');
    writeFileSync(
      script,
      ['# first run', 'open between us', '', "we're Alex and Sam", 'help', 'stop'].join('\n'),
    );

    // Act
    const run = await runConsole(['--script', script], {
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      TABLE_NAME: tableName,
    });

    // Assess
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('You: open between us');
    expect(lines).not.toContain('You: # first run');
    expect(run.stdout).toMatch(/You: open between us\nAlexa: .*who are the two of you\?/i);
    expect(run.stdout).toMatch(/You: we're Alex and Sam\nAlexa: .*Alex and Sam/);
    expect(run.stdout).toMatch(/You: help\nAlexa: .*check-in/);
    expect(run.stdout).toMatch(/You: stop\nAlexa: .*Bye.*\n {2}\(session ended\)/);
    const client = createDocumentClient({ requestTimeoutMs: 2000, maxAttempts: 2, endpoint });
    const household = await new Store({ tableName, client }).loadHousehold(householdIdFor(CONSOLE_USER_ID));
    client.destroy();
    expect(household?.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
  });

  it('says clearly when the script is missing, without starting anything', async () => {
    const run = await runConsole(['--script', 'no/such/script.txt'], {});

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Script not found: no/such/script.txt');
  });

  it('explains a bad option', async () => {
    const run = await runConsole(['--time-scale', 'fast'], {});

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--time-scale takes a positive number');
  });
});
