import { describe, expect, it } from 'vitest';
import { buildNewDraft } from '../../../core/draft/new-draft';
import { parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';

const template = ApplicationTemplate.parse(applicationTemplates[0]);
let n = 0;
const draft = buildNewDraft({
  template, editionId: 'icld-kp-2020', component: 'project', documentLanguage: 'sv-SE',
  now: new Date('2026-01-02T03:04:05Z'), newId: () => `id${++n}`,
});

describe('draft file format', () => {
  it('round-trips a new draft', () => {
    const back = parseDraftFile(serializeDraft(draft));
    expect(back).toEqual({ ok: true, value: draft });
  });
  it('refuses a file from a newer version with a coded error', () => {
    const text = serializeDraft(draft).replace('"version": 2', '"version": 99');
    const r = parseDraftFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('draft-too-new');
  });
  it('reports truncated JSON as a corrupt file', () => {
    const text = serializeDraft(draft);
    const r = parseDraftFile(text.slice(0, text.length / 2));
    expect(r.ok ? 'ok' : r.error.code).toBe('file-corrupt');
  });
});
