import type { Feature } from '../../skill';
import type { SkillDeps } from '../../turn';
import { crisisHandlers } from './crisis';
import { dataHandlers } from './data';
import { skillDisabledHandler } from './events';
import { retentionHandlers } from './retention';

/**
 * The safety feature's handlers, tried before every other feature's: the skill-disabled event,
 * the crisis gate, then deletion and retention.
 */
export function safetyFeature(_deps: SkillDeps): Feature {
  return {
    handlers: [skillDisabledHandler, ...crisisHandlers, ...dataHandlers, ...retentionHandlers],
  };
}
