import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../core/draft/schema';
import type { CheckOptions } from '../../../core/rules';
import { findingsOf, pack, sample } from './helpers';

const steeringGroup = (budget = [{ year: 1, amountOre: 300_000_00 }, { year: 2, amountOre: 250_000_00 }]) =>
  ({ title: 'Styrgrupp Växjö–Kisumu', component: 'steering_group', budget }) as const;

/** The 2020 project sample without its steering-group annex, linked to `styrgrupp.kpdraft`. */
function linkedProject(edition = 'icld-kp-2020'): Draft {
  const d = sample(edition);
  d.annexes = d.annexes.filter((a) => a.kind !== 'steering_group_application');
  d.linkedDraft = { file: 'styrgrupp.kpdraft', title: 'Styrgrupp (sparad titel)' };
  return d;
}

const yearTotal = (d: Draft, year: number) => d.budget.filter((l) => l.year === year).reduce((a, l) => a + l.amountOre, 0);

describe('a project linked to its steering-group application', () => {
  it.each(['icld-kp-2020', 'icld-kp-2023', 'icld-kp-2023b'])('PRE-03 is satisfied by a linked steering-group draft (%s)', (edition) => {
    const d = linkedProject(edition);
    expect(findingsOf(d, pack(edition), 'PRE-03')).toHaveLength(1);
    expect(findingsOf(d, pack(edition), 'PRE-03', { linked: steeringGroup() })).toEqual([]);
    expect(findingsOf(d, pack(edition), 'LNK-01', { linked: steeringGroup() })).toEqual([]);
  });

  it('a linked draft of another component does not satisfy PRE-03 and is named in a warning', () => {
    const d = linkedProject();
    const linked: CheckOptions['linked'] = { ...steeringGroup(), title: 'Förberedelse Kisumu', component: 'inception' };
    expect(findingsOf(d, pack('icld-kp-2020'), 'PRE-03', { linked })).toHaveLength(1);
    const [w, ...rest] = findingsOf(d, pack('icld-kp-2020'), 'LNK-01', { linked });
    expect(rest).toEqual([]);
    expect(w!.severity).toBe('warning');
    expect(w!.message.sv).toContain('”Förberedelse Kisumu” är ingen styrgruppsansökan');
    expect(w!.message.en).toContain('“Förberedelse Kisumu” is not a steering-group application');
    expect(w!.location).toEqual({ kind: 'field', field: 'linkedDraft' });
  });

  it('a linked file that cannot be read keeps PRE-03 and warns, naming the draft by its remembered title', () => {
    const d = linkedProject();
    expect(findingsOf(d, pack('icld-kp-2020'), 'PRE-03', { linked: 'missing' })).toHaveLength(1);
    const [w] = findingsOf(d, pack('icld-kp-2020'), 'LNK-01', { linked: 'missing' });
    expect(w!.severity).toBe('warning');
    expect(w!.message.sv).toContain('”Styrgrupp (sparad titel)” går inte att läsa');
  });

  it('names an unreadable linked file by its file name when no title was remembered', () => {
    const d = linkedProject();
    d.linkedDraft = { file: '/hem/utkast/styrgrupp-2024.kpdraft', title: '' };
    expect(findingsOf(d, pack('icld-kp-2020'), 'LNK-01', { linked: 'missing' })[0]!.message.en).toContain('“styrgrupp-2024.kpdraft”');
  });

  it('shows the combined total per year as information, never as an error, marked as inferred', () => {
    const d = linkedProject();
    const [i, ...rest] = findingsOf(d, pack('icld-kp-2020'), 'LNK-02', { linked: steeringGroup() });
    expect(rest).toEqual([]);
    expect(i!.severity).toBe('info');
    const kr = (ore: number) => `${Math.round(ore / 100).toLocaleString('sv-SE').replace(/\s/g, '\u00a0')}\u00a0kr`;
    expect(i!.message.sv).toBe(`Tillsammans med styrgruppsansökan ”Styrgrupp Växjö–Kisumu”: år 1 ${kr(yearTotal(d, 1) + 300_000_00)}, år 2 ${kr(yearTotal(d, 2) + 250_000_00)}, år 3 ${kr(yearTotal(d, 3))}.`);
    expect(pack('icld-kp-2020').rules.find((r) => r.id === 'LNK-02')!.confidence).toBe('I');
  });

  it('says nothing about a link when the draft names none or the caller read none', () => {
    const d = sample('icld-kp-2020');
    for (const id of ['LNK-01', 'LNK-02']) {
      expect(findingsOf(d, pack('icld-kp-2020'), id, { linked: steeringGroup() })).toEqual([]);
      expect(findingsOf(linkedProject(), pack('icld-kp-2020'), id)).toEqual([]);
    }
  });

  it('a steering-group draft linked to its project sees the combined total, and a wrong link warns', () => {
    const d = linkedProject();
    d.component = 'steering_group';
    d.budget = [{ ...d.budget[0]!, year: 1, amountOre: 200_000_00 }];
    const project = { title: 'Projekt Kisumu', component: 'project', budget: [{ year: 1, amountOre: 450_000_00 }] };
    expect(findingsOf(d, pack('icld-kp-2020'), 'LNK-02', { linked: project })[0]!.message.en).toMatch(/^Together with the project application “Projekt Kisumu”: year 1 SEK\s650,000\.$/);
    expect(findingsOf(d, pack('icld-kp-2020'), 'LNK-01', { linked: steeringGroup() })[0]!.message.sv).toContain('är ingen projektansökan');
  });
});
