import type { Finding } from '../../core/rules/finding';
import { sectionOf } from './locations';

/** One group of the problems panel: a section (or "general") and its findings with their indexes. */
export interface FindingGroup {
  sectionId: string;
  items: Array<{ finding: Finding; index: number }>;
}

/**
 * Findings grouped by section: the draft's header ("general") first, then the sections in template
 * order, anything unknown last. Within a group they keep the rule engine's order. The panel lists
 * them so, and F8 walks them in the same order.
 */
export function groupBySection(findings: readonly Finding[], sectionIds: readonly string[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  findings.forEach((finding, index) => {
    const sectionId = sectionOf(finding.location);
    let g = groups.get(sectionId);
    if (!g) groups.set(sectionId, (g = { sectionId, items: [] }));
    g.items.push({ finding, index });
  });
  const order = ['general', ...sectionIds];
  const rank = (id: string) => (order.indexOf(id) + 1 || order.length + 1);
  return [...groups.values()].sort((a, b) => rank(a.sectionId) - rank(b.sectionId));
}

/** The finding indexes in panel order. */
function panelOrder(findings: readonly Finding[], sectionIds: readonly string[]): number[] {
  return groupBySection(findings, sectionIds).flatMap((g) => g.items.map((i) => i.index));
}

/** The index of the finding after `cursor` in panel order, wrapping around; the first when `cursor` is none of them. */
export function nextInPanelOrder(findings: readonly Finding[], sectionIds: readonly string[], cursor: number): number | null {
  const order = panelOrder(findings, sectionIds);
  if (order.length === 0) return null;
  return order[(order.indexOf(cursor) + 1) % order.length]!;
}
