import type { Feature } from '../../skill';
import type { SkillDeps } from '../../turn';

/** The notes feature's handlers, in the order they are tried. */
export function notesFeature(_deps: SkillDeps): Feature {
  return { handlers: [] };
}
