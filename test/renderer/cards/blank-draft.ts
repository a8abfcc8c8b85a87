import type { Draft } from '../../../core/draft/schema';
import { buildNewDraft } from '../../../core/draft/new-draft';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';

let n = 0;

/** A new, empty draft for the pure edits' tests (no window, no stores). */
export function blankDraft(): Draft {
  return buildNewDraft({
    template: ApplicationTemplate.parse(applicationTemplates[0]), editionId: 'icld-kp-2020', component: 'project', documentLanguage: 'sv-SE',
    now: new Date('2026-01-15T09:00:00Z'), newId: () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`,
  });
}
