import type { Response } from 'ask-sdk-model';
import type { CrisisMatch } from '../../domain/safety/crisis';
import { ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';

/**
 * MINIMAL PLACEHOLDER created by the notes feature so dictation can stop on crisis language.
 * Owned by the safety feature, which replaces this body (keeping the signature) with the
 * locale's verified resources, the offer to repeat them slowly, and its own speech strings.
 */
export function respondToCrisis(turn: Turn, _match: CrisisMatch): Response {
  turn.setDialog({ kind: 'safety.crisis' });
  const said = ssml`I'm really glad you told me. I've stopped the note. If you are in immediate danger, please call your local emergency number now. In the US or Canada you can call or text 988 any time.`;
  return turn.ask(said, ssml`Would you like me to say that again?`);
}
