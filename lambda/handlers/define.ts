import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../alexa/sdk';
import type { Response } from 'ask-sdk-model';
import * as z from 'zod/mini';
import type { Household } from '../domain/household';
import { turnOf, type Turn } from '../turn';
import { askSetupFirst } from './flow';

/**
 * The one way to declare a handler: its name (it appears in the logs), what it answers
 * (intents or request types, optionally only in one of its feature's dialog kinds), and what it
 * needs. The guard for what it needs runs once, here: a handler that needs the household is
 * answered "first, your two names" until setup is done, and never sees an undefined household.
 */
/** What a handler needs before it runs: the set-up household, or nothing. */
export type Needs = 'household' | 'nothing';

export interface HandlerSpec<D extends { kind: string }, K extends D['kind'], N extends Needs> {
  name: string;
  /** Intent names answered (IntentRequest). */
  intents?: readonly string[];
  /** Request types answered (LaunchRequest, Connections.Response, ...). */
  requestTypes?: readonly string[];
  /** Answers only while the turn's dialog parses as `schema` (and is one of `kinds`, when given). */
  dialog?: { schema: z.core.$ZodType<D>; kinds?: readonly K[] };
  /** Any further condition (checked after the ones above). */
  when?: (turn: Turn, input: HandlerInput) => boolean | Promise<boolean>;
  /** 'household': the couple is set up (else they are asked for their two names first). */
  needs: N;
  handle(request: HandlerRequest<Extract<D, { kind: K }>, N>): Promise<Response> | Response;
}

export interface HandlerRequest<D, N extends Needs> {
  turn: Turn;
  input: HandlerInput;
  /** The dialog the handler answers in (parsed once per turn, one of its kinds), when it declared one. */
  dialog: D;
  household: N extends 'household' ? Household : undefined;
}

export function defineHandler<
  D extends { kind: string } = { kind: string },
  K extends D['kind'] = D['kind'],
  N extends Needs = Needs,
>(spec: HandlerSpec<D, K, N>): RequestHandler {
  return {
    canHandle: async (input) => {
      const type = getRequestType(input.requestEnvelope);
      if (spec.requestTypes && !spec.requestTypes.includes(type)) return false;
      if (
        spec.intents &&
        !(type === 'IntentRequest' && spec.intents.includes(getIntentName(input.requestEnvelope)))
      )
        return false;
      const turn = turnOf(input);
      if (spec.dialog) {
        const dialog = turn.dialogOf(spec.dialog.schema);
        if (!dialog || (spec.dialog.kinds && !(spec.dialog.kinds as readonly string[]).includes(dialog.kind)))
          return false;
      }
      return spec.when ? spec.when(turn, input) : true;
    },
    handle: async (input) => {
      const turn = turnOf(input);
      turn.handlerName = spec.name;
      turn.logger.debug('handling', { handler: spec.name });
      const dialog = (spec.dialog ? turn.dialogOf(spec.dialog.schema) : undefined) as Extract<D, { kind: K }>;
      let household: Household | undefined;
      if (spec.needs === 'household') {
        household = await turn.setUpHousehold();
        if (!household) return askSetupFirst(turn);
      }
      return spec.handle({ turn, input, dialog, household } as HandlerRequest<Extract<D, { kind: K }>, N>);
    },
  };
}

/**
 * A dialog field read back from the session: absent or unreadable reads as undefined, so a
 * dialog of the right kind always parses (an older session may lack the field) and the
 * handler that answers in it decides what a missing value means.
 */
export function lenient<T extends z.core.$ZodType>(schema: T) {
  // Not z.catch: it brings zod's error formatting into the bundle (measured: +8 KiB).
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((value): z.output<T> | undefined => {
        const parsed = z.safeParse(schema, value);
        return parsed.success ? (parsed.data as z.output<T>) : undefined;
      }),
    ),
  );
}
