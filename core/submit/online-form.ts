import { z } from 'zod';
import { Localized } from '../template/schema';
import { Confidence, SourceId } from '../rules/pack-schema';
import type { ComponentId } from '../draft/schema';
import type { CountUnit, LineBreakCost } from './counting';

/**
 * ICLD's online application form as data (templates/forms/online-form.json): the order of its
 * fields per component, how it counts text per edition, the usual length of a section where it is
 * known, and which uploads it requires. Where ICLD has not said, the data says `unknown` (or
 * leaves the entry out) and the app invents nothing.
 */

const sourced = { sources: z.array(SourceId), confidence: Confidence, note: Localized.optional() };
const FieldId = z.string().regex(/^[a-z][a-zA-Z0-9_]*$/);

export const FormCounting = z.strictObject({
  editions: z.array(z.string().min(1)).min(1),
  unit: z.enum(['charactersWithSpaces', 'charactersWithoutSpaces', 'words', 'unknown']),
  lineBreak: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal('unknown')]),
  ...sourced,
});
export type FormCounting = z.infer<typeof FormCounting>;

/** A section's usual length in words, below a fraction of which it is worth a second look. */
export const UsualLength = z.strictObject({
  editions: z.array(z.string().min(1)).min(1),
  field: FieldId,
  words: z.number().int().positive(),
  /** Below this share of `words` the section is "far under" its usual length. */
  farUnder: z.number().gt(0).lt(1),
  ...sourced,
});
export type UsualLength = z.infer<typeof UsualLength>;

/** An upload the form asks for, and the rules whose findings say it is missing. */
export const FormUpload = z.strictObject({ id: FieldId, ruleIds: z.array(z.string().min(1)).min(1), ...sourced });
export type FormUpload = z.infer<typeof FormUpload>;

export const OnlineForm = z.strictObject({
  format: z.literal('kp-drafter/online-form'),
  name: Localized,
  ...sourced,
  counting: z.array(FormCounting),
  /** Field ids in the form's order: header fields, template section ids, and "annexes". */
  order: z.record(z.string(), z.array(FieldId).min(1)).refine((o) => 'default' in o, 'order needs a "default" list'),
  usualLength: z.array(UsualLength),
  uploads: z.array(FormUpload),
});
export type OnlineForm = z.infer<typeof OnlineForm>;

/** Validates the form data; throws with the data's problems (the data ships with the app). */
export const parseOnlineForm = (data: unknown): OnlineForm => OnlineForm.parse(data);

/** The form's fields in order for a component. */
export const formOrder = (form: OnlineForm, component: ComponentId | string): readonly string[] => form.order[component] ?? form.order.default!;

/** How the form counts in an edition: both unknown when the data does not say. */
export function formCounting(form: OnlineForm, editionId: string): { unit: CountUnit | 'unknown'; lineBreak: LineBreakCost | 'unknown'; entry: FormCounting | null } {
  const entry = form.counting.find((c) => c.editions.includes(editionId)) ?? null;
  return { unit: entry?.unit ?? 'unknown', lineBreak: entry?.lineBreak ?? 'unknown', entry };
}
