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
