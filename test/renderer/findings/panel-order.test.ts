import { describe, expect, it } from 'vitest';
import type { Finding, FindingLocation } from '../../../core/rules/finding';
import { groupBySection, nextInPanelOrder } from '../../../renderer/findings/panel-order';

const finding = (ruleId: string, location: FindingLocation): Finding => ({
  ruleId, severity: 'warning', message: { sv: ruleId, en: ruleId }, location, editionId: 'icld-kp-2020', sources: [],
});
const sectionIds = ['summary', 'parties', 'team', 'budget'];
// In rule-engine order, which is not the template's.
const findings = [
  finding('BUD-04', { kind: 'budget-total' }),
  finding('CTY-03', { kind: 'partner', partnerId: 'p1' }),
  finding('XYZ-01', { kind: 'section', sectionId: 'no_such_section' }),
  finding('PRE-01', { kind: 'field', field: 'annexes.planning_tool' }),
  finding('TEAM-04', { kind: 'team' }),
  finding('CTY-02', { kind: 'partner', partnerId: 'p2' }),
];

describe('problems panel order', () => {
  it('groups by section: the draft\'s own fields first, then template order, unknown sections last', () => {
    expect(groupBySection(findings, sectionIds).map((g) => [g.sectionId, g.items.map((i) => i.finding.ruleId)])).toEqual([
      ['general', ['PRE-01']], ['parties', ['CTY-03', 'CTY-02']], ['team', ['TEAM-04']], ['budget', ['BUD-04']], ['no_such_section', ['XYZ-01']],
    ]);
  });

  it('F8 starts at the top of the panel, walks it in order and wraps around', () => {
    const walk: string[] = [];
    let cursor = -1;
    for (let i = 0; i < 7; i++) {
      cursor = nextInPanelOrder(findings, sectionIds, cursor)!;
      walk.push(findings[cursor]!.ruleId);
    }
    expect(walk).toEqual(['PRE-01', 'CTY-03', 'CTY-02', 'TEAM-04', 'BUD-04', 'XYZ-01', 'PRE-01']);
    // A cursor left over from findings that have since changed starts again at the top.
    expect(nextInPanelOrder(findings, sectionIds, 99)).toBe(3);
    expect(nextInPanelOrder([], sectionIds, -1)).toBeNull();
  });
});
