/**
 * The skill package checked against Amazon's own SMAPI model types (ask-smapi-model) by
 * `npm run typecheck`: a field Amazon's schema does not have, or a value of the wrong kind
 * (a string where it wants a boolean, an object where it wants a list), fails the compile.
 *
 * A JSON import is typed with its literals widened ("HUB" becomes string) and, not being an
 * object literal, escapes TypeScript's excess-property check, so plain `satisfies` would
 * either refuse every enum or pass every typo. `Checked` walks the JSON's type beside the
 * schema instead: an unknown key or a wrong kind becomes `never` and the assignment fails.
 * Enum values stay strings; test/model/skill-package.test.ts reads those.
 */
import type { v1 } from 'ask-smapi-model';
import skillJson from '../../interaction-model/skill.json';
import enAU from '../../interaction-model/interactionModels/custom/en-AU.json';
import enCA from '../../interaction-model/interactionModels/custom/en-CA.json';
import enGB from '../../interaction-model/interactionModels/custom/en-GB.json';
import enIN from '../../interaction-model/interactionModels/custom/en-IN.json';
import enUS from '../../interaction-model/interactionModels/custom/en-US.json';

/** Every key of any member of a union (a manifest interface is one of many shapes). */
type KeysOf<T> = T extends unknown ? keyof T : never;
/** The value type at K across the union's members that have it (index signatures included). */
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

type SameKind<Actual, Schema> = Actual extends string
  ? [Extract<Schema, string>] extends [never]
    ? never
    : Actual
  : Actual extends number
    ? [Extract<Schema, number>] extends [never]
      ? never
      : Actual
    : Actual extends boolean
      ? [Extract<Schema, boolean>] extends [never]
        ? never
        : Actual
      : Actual;

/** Actual's own type where it agrees with Schema; `never` at each key or value that does not. */
export type Checked<Actual, Schema> = 0 extends 1 & Schema
  ? Actual // the schema says `any` here
  : Actual extends readonly (infer Item)[]
    ? NonNullable<Schema> extends readonly (infer SchemaItem)[]
      ? Checked<Item, SchemaItem>[]
      : never
    : Actual extends object
      ? [Extract<NonNullable<Schema>, object>] extends [never]
        ? never
        : {
            [K in keyof Actual]: K extends KeysOf<Extract<NonNullable<Schema>, object>>
              ? Checked<Actual[K], ValueAt<Extract<NonNullable<Schema>, object>, K>>
              : never;
          }
      : SameKind<Actual, NonNullable<Schema>>;

type Manifest = v1.skill.Manifest.SkillManifestEnvelope;
type Model = v1.skill.interactionModel.InteractionModelData;

export const manifest: Checked<typeof skillJson, Manifest> = skillJson;
export const models: Checked<typeof enUS, Model>[] = [enUS, enGB, enCA, enAU, enIN];

// The check itself, proved: each of these must fail, or tsc reports an unused expectation.
const typo = { manifest: { privacyAndCompliance: { usesPersonalInf: true } } };
// @ts-expect-error: a field Amazon's manifest does not have
export const rejectsUnknownField: Checked<typeof typo, Manifest> = typo;
const wrongKind = { manifest: { privacyAndCompliance: { usesPersonalInfo: 'yes' } } };
// @ts-expect-error: a string where Amazon wants a boolean
export const rejectsWrongKind: Checked<typeof wrongKind, Manifest> = wrongKind;
const notAList = { manifest: { permissions: { name: 'alexa::person_id:read' } } };
// @ts-expect-error: an object where Amazon wants a list
export const rejectsObjectForList: Checked<typeof notAList, Manifest> = notAList;
const badSample = { interactionModel: { languageModel: { intents: [{ name: 'X', sample: ['hi'] }] } } };
// @ts-expect-error: "sample" is not a field of an intent ("samples" is)
export const rejectsModelTypo: Checked<typeof badSample, Model> = badSample;
