import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { householdIdFor } from '../../lambda/domain/ids';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * A write that fails must not lose what was said (house rule 2). A small HTTP proxy sits in
 * front of the real DynamoDB Local and, when told to, answers writes with a server error, so
 * the household read works and the save does not.
 */
class WriteFaultProxy {
  failWrites = false;
  conflictWrites = false;
  private server: Server | undefined;
  constructor(private readonly target: URL) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const op = String(req.headers['x-amz-target'] ?? '');
        if (this.conflictWrites && /(PutItem|TransactWriteItems|UpdateItem)$/.test(op)) {
          // The other Echo wrote first, every time: the condition on the version never holds.
          const transact = op.endsWith('TransactWriteItems');
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(
            JSON.stringify(
              transact
                ? {
                    __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
                    message: 'Transaction cancelled',
                    CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
                  }
                : {
                    __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
                    message: 'The conditional request failed',
                  },
            ),
          );
          return;
        }
        if (this.failWrites && /(PutItem|TransactWriteItems|UpdateItem)$/.test(op)) {
          res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(
            JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'x' }),
          );
          return;
        }
        const upstream = request(
          {
            host: this.target.hostname,
            port: this.target.port,
            path: req.url,
            method: req.method,
            headers: req.headers,
          },
          (up) => {
            res.writeHead(up.statusCode ?? 500, up.headers);
            up.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

describe('the week when a save fails', () => {
  let harness: Harness;
  let proxy: WriteFaultProxy;
  beforeEach(async () => {
    proxy = new WriteFaultProxy(new URL(process.env.DYNAMO_TEST_ENDPOINT!));
    const endpoint = await proxy.start();
    harness = await createHarness({ endpoint, maxAttempts: 1 });
  });
  afterEach(async () => {
    await harness.close();
    await proxy.stop();
  });

  it('keeps an appreciation in the session, says so plainly, and saves it on the next write', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });

    proxy.failWrites = true;
    const failed = await echo.intent('AppreciationIntent', {
      appreciation: 'Sam made soup when I was tired',
    });
    proxy.failWrites = false;
    const later = await echo.intent('SetRepairPhraseIntent', { phrase: 'pause please' });

    expect(failed.speech).toMatch(/isn't saved yet\. I'm holding on to it/);
    expect(failed.ended).toBe(false);
    expect(later.speech).toMatch(/Your repair phrase is: pause please/);
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.week.appreciations).toEqual([
      expect.objectContaining({ author: 'p1', about: 'p2', text: 'Sam made soup when I was tired' }),
    ]);
    expect(stored!.week.repairPhrase?.text).toBe('pause please');
  });

  it('keeps a small step in the session when the other Echo keeps writing first, and saves it later', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Sam' });

    proxy.conflictWrites = true;
    const conflicted = await echo.intent('SmallStepIntent', { step: 'ask before giving advice' });
    proxy.conflictWrites = false;
    const later = await echo.intent('SetRepairPhraseIntent', { phrase: 'pause please' });

    expect(conflicted.speech).toMatch(/isn't saved yet\. I'm holding on to it/);
    expect(conflicted.ended).toBe(false);
    expect(later.speech).toMatch(/Your repair phrase is: pause please/);
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.week.steps).toEqual([
      expect.objectContaining({ author: 'p2', text: 'ask before giving advice' }),
    ]);
  });

  it('holds a very long dictation at the length it would be stored, keeping the response small', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();
    await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const long = `Sam made soup when I was tired ${'and then stayed up with me '.repeat(1000)}`;

    proxy.failWrites = true;
    const failed = await echo.intent('AppreciationIntent', { appreciation: long });
    proxy.failWrites = false;
    await echo.endSession();

    expect(failed.speech).toMatch(/isn't saved yet/);
    expect(Buffer.byteLength(JSON.stringify(failed.reply))).toBeLessThan(24 * 1024);
    expect(JSON.stringify(failed.reply.sessionAttributes).length).toBeLessThan(2_000);
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.week.appreciations[0]?.text).toMatch(/^Sam made soup when I was tired and then stayed/);
  });

  it('saves what is held when the session ends', async () => {
    const echo = await setUpHousehold(harness);
    proxy.failWrites = true;
    await echo.intent('SetFocusIntent', { focusText: 'listening before fixing' });
    proxy.failWrites = false;
    await echo.endSession();

    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(stored!.week.focus?.text).toBe('listening before fixing');
    expect(JSON.stringify(harness.logs)).not.toContain('listening before fixing');
  });
});
