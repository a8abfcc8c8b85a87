import { localDay } from '../../core/draft/date-text';
import { findPack, type Finding } from '../../core/rules';
import { buildSubmitCheck, parseOnlineForm, submitSummary, type OnlineForm, type SubmitCheck, type SubmitSummary } from '../../core/submit';
import { onlineFormData } from '../../templates';
import { currentDraft } from '../actions/draft-commands';
import { focusFinding } from '../findings/navigation';
import { loadedPacks } from '../rules/engine';
import { templateSections } from '../template';
import type { FindingLocation } from '../../core/rules/finding';

let form: OnlineForm | null = null;
/** ICLD's online form as data, validated once. */
export function onlineForm(): OnlineForm {
  return (form ??= parseOnlineForm(onlineFormData));
}

export interface SubmitView {
  check: SubmitCheck;
  summary: SubmitSummary;
  editionName: { sv: string; en: string };
  today: string;
}

/** The ready-to-submit list of the open draft as it is now, for today (the window's clock). */
export function submitView(findings: readonly Finding[]): SubmitView | null {
  const draft = currentDraft();
  const pack = draft ? findPack(loadedPacks(), draft.editionId) : undefined;
  if (!draft || !pack) return null;
  const today = localDay(new Date());
  const check = buildSubmitCheck({ draft, pack, form: onlineForm(), findings, sections: templateSections(draft.component), today });
  return { check, summary: submitSummary(draft, pack), editionName: pack.name, today };
}

/** Shows an item's place and puts the keyboard there, as the problems panel does for a finding. */
export function goToPlace(location: FindingLocation): void {
  focusFinding({ location } as Finding);
}
