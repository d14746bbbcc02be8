import {
  createServer,
  request as httpRequest,
  Agent,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An HTTP proxy in front of DynamoDB Local that a test can turn into a faulty database:
 *
 *   pass      every request goes through to DynamoDB Local (the default);
 *   down      the port refuses connections, like a stopped database (ECONNREFUSED);
 *   hang      connections are accepted and requests read, but never answered;
 *   throttle  the next N requests are answered with DynamoDB's own HTTP 400 throttling error.
 *
 * The skill's Store points at `proxy.endpoint`; the test's own reads go to DynamoDB Local directly.
 */
export type ProxyMode = 'pass' | 'down' | 'hang';

export type ThrottleError = 'ProvisionedThroughputExceededException' | 'ThrottlingException';

export interface ProxyStats {
  /** Requests that reached the proxy, in any mode. */
  requests: number;
  forwarded: number;
  throttled: number;
  hung: number;
}

export class FlakyProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private currentMode: ProxyMode = 'pass';
  private throttleLeft = 0;
  private throttleError: ThrottleError = 'ProvisionedThroughputExceededException';
  private port = 0;
  readonly stats: ProxyStats = { requests: 0, forwarded: 0, throttled: 0, hung: 0 };
  private readonly upstream: URL;

  private constructor(target: string) {
    this.upstream = new URL(target);
  }

  /** Starts a proxy to `target` (e.g. process.env.DYNAMO_TEST_ENDPOINT) on a free loopback port. */
  static async start(target: string): Promise<FlakyProxy> {
    const proxy = new FlakyProxy(target);
    await proxy.listen();
    return proxy;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get mode(): ProxyMode {
    return this.currentMode;
  }

  /** Back to a healthy database (re-opens the port if it was down). */
  async pass(): Promise<void> {
    this.throttleLeft = 0;
    await this.setMode('pass');
  }

  /** The database stops: open connections are cut and new ones refused. */
  async down(): Promise<void> {
    await this.setMode('down');
  }

  /** The database accepts connections and never answers. */
  async hang(): Promise<void> {
    await this.setMode('hang');
  }

  /** The next `count` requests get DynamoDB's HTTP 400 throttling answer; then requests pass again. */
  async throttle(
    count: number,
    error: ThrottleError = 'ProvisionedThroughputExceededException',
  ): Promise<void> {
    await this.setMode('pass');
    this.throttleLeft = count;
    this.throttleError = error;
  }

  /** Throttling answers still owed. */
  get throttlesLeft(): number {
    return this.throttleLeft;
  }

  async stop(): Promise<void> {
    this.releaseHanging();
    await this.closeServer();
    this.agent.destroy();
  }

  private async setMode(mode: ProxyMode): Promise<void> {
    const previous = this.currentMode;
    this.currentMode = mode;
    if (previous === 'hang' && mode !== 'hang') this.releaseHanging();
    if (mode === 'down' && previous !== 'down') await this.closeServer();
    if (mode !== 'down' && previous === 'down') await this.listen(this.port);
    if (mode === 'hang' && previous !== 'hang') {
      // Keep-alive connections would otherwise keep answering; cut them so the next request hangs.
      this.agent.destroy();
    }
  }

  private releaseHanging(): void {
    for (const response of this.hanging) response.socket?.destroy();
    this.hanging.clear();
  }

  private listen(port = 0): Promise<void> {
    const server = createServer((req, res) => this.onRequest(req, res));
    server.keepAliveTimeout = 5000;
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    // Clients that give up mid-request are normal here.
    server.on('clientError', (_error, socket) => socket.destroy());
    this.server = server;
    return new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', fail);
        this.port = (server.address() as AddressInfo).port;
        done();
      });
    });
  }

  private closeServer(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return Promise.resolve();
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    return closed;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    this.stats.requests += 1;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (this.currentMode === 'hang') {
        this.stats.hung += 1;
        this.hanging.add(res);
        res.once('close', () => this.hanging.delete(res));
        return;
      }
      if (this.currentMode === 'down') {
        res.socket?.destroy();
        return;
      }
      if (this.throttleLeft > 0) {
        this.throttleLeft -= 1;
        this.stats.throttled += 1;
        this.answerThrottled(res);
        return;
      }
      this.forward(req, Buffer.concat(chunks), res);
    });
  }

  private answerThrottled(res: ServerResponse): void {
    const body = JSON.stringify({
      __type: `com.amazonaws.dynamodb.v20120810#${this.throttleError}`,
      message:
        this.throttleError === 'ThrottlingException'
          ? 'Rate of requests exceeds the allowed throughput.'
          : 'The level of configured provisioned throughput for the table was exceeded.',
    });
    res.writeHead(400, {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': Buffer.byteLength(body),
      'x-amzn-requestid': `flaky-proxy-${this.stats.requests}`,
    });
    res.end(body);
  }

  private forward(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const upstream = httpRequest(
      {
        host: this.upstream.hostname,
        port: this.upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: this.upstream.host, 'content-length': String(body.length) },
        agent: this.agent,
      },
      (answer) => {
        this.stats.forwarded += 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    upstream.end(body);
  }
}
