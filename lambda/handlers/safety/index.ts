import type { Feature } from '../../feature';
import { crisisHandlers } from './crisis';
import { confirmDeleteMine, dataHandlers } from './data';
import { DELETE_MINE } from './dialogs';
import { skillDisabledHandler } from './events';
import { retentionHandlers } from './retention';

/**
 * The safety feature's handlers, tried before every other feature's: the skill-disabled event,
 * the crisis gate, then deletion and retention.
 */
export function safetyFeature(): Feature {
  return {
    name: 'safety',
    handlers: [skillDisabledHandler, ...crisisHandlers, ...dataHandlers, ...retentionHandlers],
    continuations: { [DELETE_MINE]: (turn, speaker) => confirmDeleteMine(turn, speaker) },
  };
}
