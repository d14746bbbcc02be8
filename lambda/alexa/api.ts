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

export class AlexaApi {
  constructor(
    readonly endpoint: string,
    private readonly token: string,
    private readonly timeoutMs: number,
  ) {}

  async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(
        new URL(path, this.endpoint.endsWith('/') ? this.endpoint : `${this.endpoint}/`),
        {
          method,
          headers: {
            Authorization: `Bearer ${this.token}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.timeoutMs),
        },
      );
    } catch (error) {
      throw new AlexaApiError(`Alexa API ${method} ${path} did not answer: ${(error as Error).name}`, 0);
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!response.ok) {
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

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
