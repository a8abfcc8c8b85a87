import type { ComponentId } from '../core/draft/schema';
import { ApplicationTemplate, sectionsFor, type TemplateSection } from '../core/template/schema';
import { applicationTemplates } from '../templates';
import { prevalidatedTemplate } from './validated-data';

let cached: ApplicationTemplate | undefined;

/** The application template (validated once, by the build when there was one). */
export function applicationTemplate(): ApplicationTemplate {
  cached ??= prevalidatedTemplate ?? ApplicationTemplate.parse(applicationTemplates[0]);
  return cached;
}

/** The sections of a component's application, in order. */
export function templateSections(component: ComponentId): TemplateSection[] {
  return sectionsFor(applicationTemplate(), component);
}
