import type { Feature } from '../../feature';
import {
  fallbackHandler,
  helpHandler,
  nothingToRepeatHandler,
  sessionEndedHandler,
  stopHandler,
  strayYesNoHandler,
} from './basics';
import { identifyHelp } from './identify';
import { launchHandler } from './launch';
import { setupHandlers } from './setup';

export { catchAllHandler, runSessionEndHooks } from './basics';

/** The core: opening the skill, first-run setup and voices, help, stop, fallback, session end. */
export function coreFeature(): Feature {
  return {
    name: 'core',
    handlers: [
      launchHandler,
      ...setupHandlers,
      helpHandler,
      stopHandler,
      fallbackHandler,
      nothingToRepeatHandler,
      strayYesNoHandler,
      sessionEndedHandler,
    ],
    help: identifyHelp,
  };
}
