import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { checkDraft, createIncrementalChecker, findPack, type RulePack } from '../../../core/rules';
import { decidedDraft } from '../../../core/review/decided-text';
import { acceptAll, rejectAll } from '../../../core/review/suggestions';
import { rulePacks } from '../../../templates';

const fixture = (): Draft => {
  const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const pack = findPack(rulePacks as RulePack[], 'icld-kp-2020')!;
const today = '2026-12-01';
const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');

/** A summary whose own text is within the limit, and a reviewer's suggested addition that goes past it. */
function overLimitBySuggestion(draft: Draft, limit: number): Draft {
  const author = { name: 'Karin Ek', initials: 'KE' };
  return { ...draft, sections: { ...draft.sections, summary: [{ type: 'paragraph', children: [
    { text: words(limit - 5, 'ord') },
    { text: ` ${words(20, 'tillägg')}`, suggestion: { id: 'long', kind: 'insert', author, createdAt: '2026-11-20T10:15:00+01:00' } },
  ] }] } };
}

describe('rules read the author’s text', () => {
  it('a draft without suggestions is checked as the very same object', () => {
    const d = fixture();
    const plain = { ...d, sections: { summary: rejectAll(d.sections.summary!) } };
    expect(decidedDraft(plain, 'author')).toBe(plain);
  });

  it('the findings are those of the text with every suggestion rejected; the preview’s those with every one accepted', () => {
    const d = fixture();
    const limit = pack.sections.find((s) => s.sectionId === 'summary' && s.components.includes(d.component) && s.maxWords)!.maxWords!;
    const draft = overLimitBySuggestion(d, limit);
    const rejected = { ...draft, sections: { ...draft.sections, summary: rejectAll(draft.sections.summary!) } };
    const accepted = { ...draft, sections: { ...draft.sections, summary: acceptAll(draft.sections.summary!) } };
    const summaryRules = (fs: ReturnType<typeof checkDraft>) => fs.filter((f) => f.location.kind === 'section' && f.location.sectionId === 'summary').map((f) => f.ruleId);

    expect(checkDraft(draft, pack, { today })).toEqual(checkDraft(rejected, pack, { today }));
    expect(checkDraft(draft, pack, { today, text: 'accepted' })).toEqual(checkDraft(accepted, pack, { today }));
    // The suggested words would take the summary past its limit, the author's text does not.
    expect(summaryRules(checkDraft(draft, pack, { today, text: 'accepted' })).length).toBeGreaterThan(summaryRules(checkDraft(draft, pack, { today })).length);

    const live = createIncrementalChecker(pack);
    expect(live.check(draft, { today })).toEqual(checkDraft(rejected, pack, { today }));
    // Checked again unchanged, nothing runs again: the author's text keeps its identity.
    live.check(draft, { today });
    expect(live.lastRunCount).toBe(0);
  });
});
