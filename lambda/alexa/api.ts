import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * Alexa's own APIs (timers, reminders, settings) over HTTP at context.System.apiEndpoint.
 * Tests and the local console point that endpoint at a stand-in on loopback.
 */
export class AlexaApiError extends Error {
  override name = 'AlexaApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** 401/403: the user has not granted the permission this call needs. */
export class AlexaPermissionError extends AlexaApiError {
  override name = 'AlexaPermissionError';
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

// Keep-alive, like the SDK's own DynamoDB connections: a turn's second call to Alexa (a timer
// after the time zone) reuses the first one's connection.
const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };

/**
 * One HTTP exchange with node:http(s), the whole of it (connect, send, read the body) within
 * `timeoutMs`. Not fetch: Node's fetch costs about three times the CPU per call, and loading it
 * is a cold start's first-turn cost, while node:http is already loaded for DynamoDB.
 */
function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const https = url.protocol === 'https:';
    const request = (https ? httpsRequest : httpRequest)(
      url,
      { method, headers, agent: https ? agents['https:'] : agents['http:'] },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    const timer = setTimeout(() => request.destroy(new TimeoutError('no answer in time')), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      reject(error);
    }
    request.on('error', fail);
    request.end(body);
  });
}

export class AlexaApi {
  constructor(
    readonly endpoint: string,
    private readonly token: string,
    private readonly timeoutMs: number,
  ) {}

  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    let response: { status: number; text: string };
    try {
      response = await send(
        new URL(path, this.endpoint.endsWith('/') ? this.endpoint : `${this.endpoint}/`),
        method,
        {
          Authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body === undefined ? undefined : JSON.stringify(body),
        this.timeoutMs,
      );
    } catch (error) {
      throw new AlexaApiError(`Alexa API ${method} ${path} did not answer: ${(error as Error).name}`, 0);
    }
    const { text } = response;
    const ok = response.status >= 200 && response.status < 300;
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!ok) {
      const code = (parsed as { code?: string } | undefined)?.code;
      const ErrorClass =
        response.status === 401 || response.status === 403 ? AlexaPermissionError : AlexaApiError;
      throw new ErrorClass(`Alexa API ${method} ${path} answered ${response.status}`, response.status, code);
    }
    return parsed as T;
  }

  /** The device's IANA time zone, or undefined when it cannot be read. */
  async deviceTimeZone(deviceId: string): Promise<string | undefined> {
    try {
      const zone = await this.request<unknown>(
        'GET',
        `/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`,
      );
      return typeof zone === 'string' && isValidTimeZone(zone) ? zone : undefined;
    } catch {
      return undefined;
    }
  }
}

// Checked once per zone: making an Intl.DateTimeFormat is the expensive part of a check.
const checkedZones = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = checkedZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (checkedZones.size < 500) checkedZones.set(zone, valid);
  }
  return valid;
}
