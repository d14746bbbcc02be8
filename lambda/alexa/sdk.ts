/**
 * The parts of ask-sdk-core the skill runs, imported from their own modules. The package's index
 * loads every part of it (viewport profiles, its API client, the content helpers): 13 KiB of
 * the bundle that no turn uses, and script to compile on every cold start. Types still come
 * from 'ask-sdk-core' (erased at build).
 */
export { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
export {
  getDeviceId,
  getIntentName,
  getLocale,
  getRequestType,
  getSlotValue,
  getUserId,
} from 'ask-sdk-core/dist/util/RequestEnvelopeUtils';
