import { z } from 'zod';
import { PLAN_PARTS } from '../draft/plan-parts';
import { ComponentId } from '../draft/schema';

/** Text in both UI/document languages. */
export const Localized = z.strictObject({ sv: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof Localized>;

/**
 * One section of an application template. Text sections hold rich text; the other kinds are
 * structured cards in the document flow (partner, core areas, team, budget).
 */
export const TemplateSection = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  kind: z.enum(['text', 'parties', 'core_areas', 'team', 'budget', 'results', 'activity_plan', 'risk_register', 'sdgs']),
  title: Localized,
  guidance: Localized,
  /** Fact-sheet source ids the guidance rests on (S1, S5 …). */
  sources: z.array(z.string().regex(/^S\d+$/)),
  /** Components whose application contains this section. */
  components: z.array(ComponentId).min(1),
  /** For a text section: the part of the structured plan that may say it instead (left out of the Word document when it does and the text is empty). */
  structuredBy: z.enum(PLAN_PARTS).optional(),
});
export type TemplateSection = z.infer<typeof TemplateSection>;

/** An application template: the ordered sections of an application, per component. */
export const ApplicationTemplate = z.strictObject({
  id: z.string().min(1),
  name: Localized,
  sections: z.array(TemplateSection).min(1),
});
export type ApplicationTemplate = z.infer<typeof ApplicationTemplate>;

/** The sections of `template` that apply to `component`, in template order. */
export function sectionsFor(template: ApplicationTemplate, component: ComponentId): TemplateSection[] {
  return template.sections.filter((s) => s.components.includes(component));
}
