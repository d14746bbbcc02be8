import type { RequestEnvelope } from 'ask-sdk-model';
import { scopeGranted } from './timers';

/**
 * Whether the request's context says the user granted a permission scope (timers, reminders).
 * The one place that reads `context.System.user.permissions.scopes`.
 */
export function scopeGrantedInContext(envelope: RequestEnvelope, scope: string): boolean {
  const scopes = envelope.context?.System?.user?.permissions?.scopes as
    Record<string, { status?: string } | undefined> | undefined;
  return scopeGranted(scopes, scope);
}

/**
 * The answer to a permission asked by voice (Connections.SendRequest AskFor). `FAILED` is Alexa
 * saying the request itself went wrong (`status.code` 400 or 500, e.g. a scope the skill does
 * not declare): nobody was asked, so it is neither a no nor silence.
 */
export type VoicePermissionAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' | 'FAILED';

/** Logged (by name, as an error class) when Alexa could not put the question at all. */
export class VoicePermissionRequestError extends Error {
  override name = 'VoicePermissionRequestError';
  constructor(readonly statusCode: string) {
    super(`Alexa answered the permission request with status ${statusCode}`);
  }
}

interface ConnectionsResponseRequest {
  status?: { code?: string | number; message?: string };
  payload?: { status?: string };
}

/** Reads `status.code` first (the request), then `payload.status` (the user's answer). */
export function voicePermissionAnswer(
  envelope: RequestEnvelope,
  logger: { error(message: string, extra: Record<string, unknown>): void },
): VoicePermissionAnswer {
  const request = envelope.request as unknown as ConnectionsResponseRequest;
  const code = request.status?.code;
  if (code !== undefined && String(code) !== '200') {
    const error = new VoicePermissionRequestError(String(code));
    logger.error('voice permission request failed', {
      errorName: error.name,
      statusCode: error.statusCode,
    });
    return 'FAILED';
  }
  const status = request.payload?.status;
  return status === 'ACCEPTED' || status === 'DENIED' ? status : 'NOT_ANSWERED';
}

/** The token of a Connections.Response to AskFor, or undefined for any other request. */
export function askForToken(envelope: RequestEnvelope): string | undefined {
  const request = envelope.request as unknown as { type?: string; name?: string; token?: string };
  return request.type === 'Connections.Response' && request.name === 'AskFor'
    ? (request.token ?? '')
    : undefined;
}
