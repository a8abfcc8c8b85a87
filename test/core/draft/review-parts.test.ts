import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import { rejectAll } from '../../../core/review/suggestions';

/** Format 5's review parts: suggestions on text leaves and proposed values on field comments. */

const text = readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8');
/** Loose view of the fixture's draft, for damaging it in tests. */
type Loose = {
  sections: { summary: Array<{ children: Array<{ suggestion: Record<string, unknown> }> }> };
  annotations: Array<Record<string, unknown>>;
};
const edit = (change: (draft: Loose) => void) => {
  const data = JSON.parse(text) as { draft: Loose };
  change(data.draft);
  return parseDraftFile(JSON.stringify(data));
};

describe('suggestions and proposals in a draft file', () => {
  it('open with their author and time, and the author’s own text is what was there before', () => {
    const r = parseDraftFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const leaves = (r.value.sections.summary![0] as { children: Array<{ text: string; suggestion?: { kind: string; author: { name: string } } }> }).children;
    expect(leaves.filter((l) => l.suggestion).map((l) => [l.text, l.suggestion!.kind, l.suggestion!.author.name]))
      .toEqual([[' och inflytande', 'insert', 'Karin Ek'], [' i Mombasa och Uppsala', 'delete', 'Karin Ek']]);
    expect(rejectAll(r.value.sections.summary!)).toEqual([{ type: 'paragraph', children: [
      { text: 'Projektet stärker ' }, { text: 'ungas delaktighet', bold: true }, { text: ' i den kommunala budgetprocessen i Mombasa och Uppsala.' },
    ] }]);
    expect(r.value.annotations[0]!.proposal).toEqual({ property: 'amount', value: '96 000', was: '84 000' });
  });

  it('refuse a suggestion of an unknown kind or without its author, naming the paragraph', () => {
    const kind = edit((d) => { d.sections.summary[0]!.children[2]!.suggestion.kind = 'replace'; });
    expect(kind.ok).toBe(false);
    if (!kind.ok) expect(kind.error.message).toMatch(/sections\.summary\[0\]/);
    const author = edit((d) => { delete d.sections.summary[0]!.children[2]!.suggestion.author; });
    expect(author.ok).toBe(false);
  });

  it('refuse a proposed value on a comment that is not on a field, where nobody could see it', () => {
    const r = edit((d) => { d.annotations[0]!.anchor = { kind: 'section', sectionId: 'summary' }; });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/proposal/);
    expect(edit((d) => { delete d.annotations[0]!.proposal; d.annotations[0]!.anchor = { kind: 'section', sectionId: 'summary' }; }).ok).toBe(true);
  });
});
