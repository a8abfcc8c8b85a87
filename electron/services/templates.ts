import { ApplicationTemplate } from '../../core/template/schema';
import { applicationTemplates } from '../../templates';

/** The application template, validated once when first needed. */
let cached: ApplicationTemplate | undefined;
export function loadApplicationTemplate(): ApplicationTemplate {
  cached ??= ApplicationTemplate.parse(applicationTemplates[0]);
  return cached;
}

/** The edition a new draft targets unless the user picks another. */
export const DEFAULT_EDITION_ID = 'icld-kp-2020';
