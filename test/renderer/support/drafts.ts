import type { Draft } from '../../../core/draft/schema';
import { buildNewDraft, type NewDraftOptions } from '../../../core/draft/new-draft';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';
import { startDraft } from '../../../renderer/actions/draft-commands';
import { installLiveChecks } from '../../../renderer/findings/live-checks';

let n = 0;
const nextId = () => `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`;

/** A new, empty draft (one empty partner, no budget), as "Skapa ansökan" makes it. */
export function newDraft(o: Partial<Omit<NewDraftOptions, 'template' | 'now' | 'newId'>> = {}): Draft {
  return buildNewDraft({
    template: ApplicationTemplate.parse(applicationTemplates[0]),
    editionId: 'icld-kp-2020', component: 'project', documentLanguage: 'sv-SE',
    now: new Date('2026-01-15T09:00:00Z'), newId: nextId, ...o,
  });
}

const uninstall: Array<() => void> = [];

/** Opens a draft as the window does (editors, review role, stores) and checks it live after every change. */
export function openDraft(draft: Draft, path: string | null = null): void {
  uninstall.push(installLiveChecks());
  startDraft(draft, path);
}

/** Stops the live checks of drafts opened by the test (run after each test). */
export function closeOpenDrafts(): void {
  for (const fn of uninstall.splice(0)) fn();
}
