import { createHash, randomUUID } from 'node:crypto';

/** The household is the Alexa account; only this digest of its user ID is ever stored or logged. */
export function householdIdFor(alexaUserId: string): string {
  return createHash('sha256').update(alexaUserId, 'utf8').digest('hex');
}

/** A recognized voice (Alexa personId), kept only as a digest. */
export function voiceIdFor(alexaPersonId: string): string {
  return createHash('sha256').update(`person:${alexaPersonId}`, 'utf8').digest('hex');
}

export function newId(): string {
  return randomUUID();
}
