import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/draft/annotation';
import { sampleApplication } from '../../export/sample-application';
import { decodeXml, exportParts, paragraphs } from './helpers';

/** The text between a comment's range start and end in document.xml. */
function rangeText(doc: string, id: number): string {
  const m = new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(doc);
  return m ? [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join('') : '';
}

const reviewer = { name: 'Karin Holm', initials: 'KH' };

describe('Word comments from review annotations', () => {
  it('are left out unless asked for', async () => {
    const parts = await exportParts(sampleApplication());
    expect(parts['word/comments.xml']).toBeUndefined();
    expect(parts['word/document.xml']).not.toContain('commentRangeStart');
  });

  it('anchor text comments on their exact words, with replies on the same words', async () => {
    const parts = await exportParts(sampleApplication(), { withComments: true });
    const doc = parts['word/document.xml']!;
    expect(rangeText(doc, 0)).toBe('utvärderingar i Västerås (2023) och');
    expect(rangeText(doc, 1)).toBe('utvärderingar i Västerås (2023) och');
    expect(rangeText(doc, 2)).toBe('Budget'); // a section comment sits on the section heading
    expect(rangeText(doc, 4)).toBe('Tolkning engelska–svenska och engelska–dholuo'); // a field comment on its budget line
    for (const id of [0, 1, 2, 3, 4]) expect(doc).toContain(`<w:commentReference w:id="${id}"/>`);
  });

  it('keep authors, initials, dates, threads and resolved state', async () => {
    const parts = await exportParts(sampleApplication(), { withComments: true });
    const comments = [...parts['word/comments.xml']!.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
      attrs: m[1]!,
      text: paragraphs(m[2]!).map((p) => p.text).join('\n'),
    }));
    expect(comments.map((c) => c.text)).toEqual([
      'Kan vi ange källan till utvärderingen i Västerås?',
      'Ja, rapporten från demokratiberedningen. Jag lägger till den.',
      'Kontrollera att resorna ryms inom taket per år.',
      'Kontrollerat: 432 150 kr år 1, under taket på 500 000 kr.',
      'Behövs tolkning till dholuo vid alla möten?',
    ]);
    expect(comments[0]!.attrs).toMatch(/w:initials="KH" w:author="Karin Holm" w:date="2026-03-02T10:00:00.000Z"/);
    const ex = [...parts['word/commentsExtended.xml']!.matchAll(/<w15:commentEx ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(ex).toEqual([
      'w15:paraId="00000001" w15:done="0"',
      'w15:paraId="00000002" w15:paraIdParent="00000001" w15:done="0"',
      'w15:paraId="00000003" w15:done="1"',
      'w15:paraId="00000004" w15:paraIdParent="00000003" w15:done="1"',
      'w15:paraId="00000005" w15:done="0"',
    ]);
  });

  it('never lose a comment: those that cannot be placed go on the title, orphans with their quote', async () => {
    const draft = sampleApplication();
    const extra: Annotation[] = [
      {
        id: 'gone', author: reviewer, body: 'Stämmer siffran?', createdAt: '2026-03-04T10:00:00Z', editedAt: null, resolved: false, replies: [],
        anchor: { kind: 'text', sectionId: 'challenge', anchor: { path: [40, 0], offset: 0 }, focus: { path: [40, 0], offset: 5 }, quote: { exact: 'tolv procent', prefix: '', suffix: '' } },
      },
      {
        id: 'other-component', author: reviewer, body: 'Gäller förberedelsen.', createdAt: '2026-03-04T10:05:00Z', editedAt: null, resolved: false, replies: [],
        anchor: { kind: 'section', sectionId: 'background' },
      },
    ];
    draft.annotations = [...draft.annotations, ...extra];
    const parts = await exportParts(draft, { withComments: true });
    const doc = parts['word/document.xml']!;
    expect(rangeText(doc, 5)).toBe(draft.title);
    expect(rangeText(doc, 6)).toBe(draft.title);
    expect(parts['word/comments.xml']).toContain('Kommentaren gällde text som inte längre finns: «tolv procent»');
    expect(parts['word/comments.xml']).toContain('Gäller förberedelsen.');
  });

  it('say a proposed value and the value it would replace, on the field they are on', async () => {
    const draft = sampleApplication();
    draft.annotations = draft.annotations.map((a) => (a.id === 'a3' ? { ...a, proposal: { property: 'amount', value: '18 000', was: '12 000' } } : a));
    const parts = await exportParts(draft, { withComments: true });
    const texts = [...parts['word/comments.xml']!.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => paragraphs(m[2]!).map((p) => p.text).join('\n'));
    expect(texts).toContain('Behövs tolkning till dholuo vid alla möten?\n\nFöreslaget värde: 18 000 (nu 12 000)');
    expect(rangeText(parts['word/document.xml']!, 4)).toBe('Tolkning engelska–svenska och engelska–dholuo');
  });
  it('say a proposed new row and a proposed removal in the comment, and leave the author’s table as it is', async () => {
    const draft = sampleApplication();
    const line = draft.budget[0]!;
    const reviewer = { name: 'Karin Ek', initials: 'KE' };
    const extra: Annotation[] = [
      { id: 'add', author: reviewer, body: 'Saknas.', createdAt: '2026-03-04T10:00:00Z', editedAt: null, resolved: false, replies: [], anchor: { kind: 'field', field: 'budget' },
        proposal: { kind: 'add-row', table: 'budget', row: { ...line, id: 'new-line', description: 'Översättning av rapporten', year: 2, amountOre: 1_500_000 } } },
      { id: 'rm', author: reviewer, body: 'Behövs inte.', createdAt: '2026-03-04T10:01:00Z', editedAt: null, resolved: false, replies: [], anchor: { kind: 'field', field: `budget:${line.id}` },
        proposal: { kind: 'remove-row', table: 'budget', row: line } },
    ];
    draft.annotations = [...draft.annotations, ...extra];
    const parts = await exportParts(draft, { withComments: true });
    const comments = decodeXml(parts['word/comments.xml']!);
    expect(comments).toMatch(/Saknas\.[\s\S]*Föreslagen ny rad: Översättning av rapporten · [^<]* · år 2 · 15\u00a0000 kr/);
    expect(comments).toContain(`Föreslås att raden tas bort: ${line.description}`);
    const doc = decodeXml(parts['word/document.xml']!);
    expect(doc).not.toContain('Översättning av rapporten');
    expect(doc).toContain(line.description);
  });
});

describe('Word comments on proposed activities and risks', () => {
  it('say a proposed activity and proposed removals, on the risk’s text in the register and the activity’s title in the plan', async () => {
    const draft = sampleApplication();
    const risk = draft.risks[0]!;
    const planned = draft.activities.find((a) => a.startMonth !== null && a.endMonth !== null)!;
    const activity = { ...draft.activities[0]!, id: 'new-activity', title: 'Studiebesök i Uppsala', startMonth: 5, endMonth: 6, place: 'sweden' as const };
    draft.annotations = [
      { id: 'add-activity', author: reviewer, body: 'Ett studiebesök till.', createdAt: '2026-03-04T10:00:00Z', editedAt: null, resolved: false, replies: [],
        anchor: { kind: 'field', field: 'activity' }, proposal: { kind: 'add-row', table: 'activity', row: activity } },
      { id: 'rm-risk', author: reviewer, body: 'Inte trolig.', createdAt: '2026-03-04T10:01:00Z', editedAt: null, resolved: false, replies: [],
        anchor: { kind: 'field', field: `risk:${risk.id}` }, proposal: { kind: 'remove-row', table: 'risk', row: risk } },
      { id: 'rm-activity', author: reviewer, body: 'Ryms inte.', createdAt: '2026-03-04T10:02:00Z', editedAt: null, resolved: false, replies: [],
        anchor: { kind: 'field', field: `activity:${planned.id}` }, proposal: { kind: 'remove-row', table: 'activity', row: planned } },
    ];
    const parts = await exportParts(draft, { withComments: true });
    const comments = decodeXml(parts['word/comments.xml']!);
    expect(comments).toContain('Föreslagen ny rad: Studiebesök i Uppsala · månad 5–6 · Sverige');
    expect(comments).toContain(`Föreslås att raden tas bort: ${[risk.text.trim(), risk.owner.trim()].filter(Boolean).join(' · ')}`);
    const doc = parts['word/document.xml']!;
    expect(rangeText(doc, 1)).toBe(risk.text.trim());
    expect(rangeText(doc, 2)).toBe(planned.title.trim());
    // The table is the author's: the proposed activity is only in the comment.
    expect(decodeXml(doc)).not.toContain('Studiebesök i Uppsala');
  });
});
