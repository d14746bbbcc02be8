import type { Response } from 'ask-sdk-model';
import { partner, type Household } from '../../domain/household';
import { currentSpeaking } from '../../domain/checkin/machine';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { questionText } from './shared';

/** The check-in on an Echo Show: whose turn, the question, a countdown; and the answer that shows it. */

/** Whether this device has a screen that speaks APL. */
export function hasScreen(turn: Turn): boolean {
  const interfaces = turn.input.requestEnvelope.context?.System?.device?.supportedInterfaces as
    Record<string, unknown> | undefined;
  return Boolean(interfaces?.['Alexa.Presentation.APL']);
}

/**
 * A small APL document for an Echo Show: whose turn, the question, and a countdown bound to
 * the turn's end time (APL's utcTime ticks, so the screen counts down without the skill).
 */
export function aplDirective(turn: Turn, household: Household, active: ActiveCheckin) {
  const { checkin } = turn.t;
  const current = currentSpeaking(active);
  const speaker = partner(household, current.partner);
  const listener = partner(household, current.partner === 'p1' ? 'p2' : 'p1');
  const endsAt = current.endsAt ? Date.parse(current.endsAt) : 0;
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: 'checkin',
    document: {
      type: 'APL',
      version: '2023.3',
      mainTemplate: {
        parameters: ['payload'],
        items: [
          {
            type: 'Container',
            width: '100vw',
            height: '100vh',
            justifyContent: 'center',
            alignItems: 'center',
            paddingLeft: '8vw',
            paddingRight: '8vw',
            items: [
              { type: 'Text', text: '${payload.checkin.title}', fontSize: '40dp', fontWeight: 'bold' },
              {
                type: 'Text',
                text: '${payload.checkin.question}',
                fontSize: '30dp',
                textAlign: 'center',
                paddingTop: '24dp',
              },
              {
                type: 'Text',
                text: "${payload.checkin.paused ? payload.checkin.pausedText : (payload.checkin.endsAt > 0 ? Time.format('mm:ss', Math.max(0, payload.checkin.endsAt - utcTime)) : '')}",
                fontSize: '64dp',
                paddingTop: '32dp',
              },
              { type: 'Text', text: '${payload.checkin.listening}', fontSize: '24dp', paddingTop: '16dp' },
            ],
          },
        ],
      },
    },
    datasources: {
      checkin: {
        title: checkin.screenTurnTitle(speaker.name),
        question: questionText(turn, current.questionId),
        listening: active.selfTimed ? '' : checkin.screenListening(listener.name),
        endsAt: active.selfTimed ? 0 : endsAt,
        paused: active.state === 'turn-paused',
        pausedText: checkin.screenPaused,
      },
    },
  };
}

/** Ends the session with speech, showing the turn on a screen when there is one. */
export function tellWithScreen(
  turn: Turn,
  speech: Ssml,
  household: Household,
  active: ActiveCheckin | undefined,
  extraDirectives: Record<string, unknown>[] = [],
): Response {
  turn.setDialog(undefined);
  const builder = turn.input.responseBuilder.speak(speech.markup).withShouldEndSession(true);
  if (active && active.state !== 'awaiting-permission' && hasScreen(turn)) {
    builder.addDirective(aplDirective(turn, household, active) as never);
  }
  for (const d of extraDirectives) builder.addDirective(d as never);
  return builder.getResponse();
}
