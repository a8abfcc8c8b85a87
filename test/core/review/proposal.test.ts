import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { applyProposal, proposalCurrentValue } from '../../../core/review/proposal';

const fixture = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('proposed values on fields', () => {
  it('a budget line’s amount is shown and taken as Swedes type it', () => {
    const d = fixture();
    expect(proposalCurrentValue(d, 'budget:b1', 'amount')).toBe('84\u00a0000');
    const next = applyProposal(d, 'budget:b1', { property: 'amount', value: '96 000' })!;
    expect(next.budget.find((b) => b.id === 'b1')!.amountOre).toBe(9_600_000);
    expect(next.budget.filter((b) => b.id !== 'b1')).toEqual(d.budget.filter((b) => b.id !== 'b1'));
    expect(d.budget.find((b) => b.id === 'b1')!.amountOre).toBe(8_400_000);
  });

  it('a description, a dated field and the title take the proposed text', () => {
    const d = fixture();
    expect(applyProposal(d, 'budget:b1', { property: 'description', value: 'Resa, 5 personer' })!.budget[0]!.description).toBe('Resa, 5 personer');
    expect(applyProposal(d, 'title', { value: 'Nytt namn' })!.title).toBe('Nytt namn');
  });

  it('nothing changes for an amount that is not one, a line that is gone or a field that takes no text', () => {
    const d = fixture();
    expect(applyProposal(d, 'budget:b1', { property: 'amount', value: 'nittiosex' })).toBeNull();
    expect(applyProposal(d, 'budget:gone', { property: 'amount', value: '1' })).toBeNull();
    expect(applyProposal(d, 'budget', { value: '1' })).toBeNull();
  });

  it('a date is taken written either way the interface shows dates, and never as text the draft could not hold', () => {
    const d = fixture();
    expect(d.period.start).not.toBeNull();
    expect(applyProposal(d, 'period.start', { value: '2027-03-01' })!.period.start).toBe('2027-03-01');
    expect(applyProposal(d, 'period.start', { value: '01/03/2027' })!.period.start).toBe('2027-03-01');
    expect(applyProposal(d, 'period.start', { value: 'nästa vår' })).toBeNull();
    expect(applyProposal(d, 'period.start', { value: '2027-02-30' })).toBeNull();
  });

  it('a partner’s country takes the proposed code, and a value no draft holds is refused', () => {
    const d = fixture();
    const partner = d.partners[0]!;
    expect(applyProposal(d, `partner:${partner.id}`, { property: 'country', value: 'TZ' })!.partners[0]!.country).toBe('TZ');
    expect(applyProposal(d, 'title', { value: 'x'.repeat(5000) })).toBeNull();
  });
});
