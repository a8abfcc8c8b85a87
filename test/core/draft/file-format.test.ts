import { describe, expect, it } from 'vitest';
import { buildNewDraft } from '../../../core/draft/new-draft';
import {
  CURRENT_VERSION,
  hasDraftExtension,
  parseDraftData,
  parseDraftFile,
  serializeDraft,
} from '../../../core/draft/file-format';
import type { ListElement } from '../../../core/draft/rich-text';
import { formatIssuePath } from '../../../core/draft/validation-message';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';

const template = ApplicationTemplate.parse(applicationTemplates[0]);
let n = 0;
const draft = buildNewDraft({
  template, editionId: 'icld-kp-2020', component: 'project', documentLanguage: 'sv-SE',
  now: new Date('2026-01-02T03:04:05Z'), newId: () => `id${++n}`,
});
const file = (d: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'kp-drafter/draft', version: CURRENT_VERSION, draft: d, ...extra });
const failure = (text: string) => {
  const r = parseDraftFile(text);
  return r.ok ? { code: 'ok', message: '' } : r.error;
};

describe('draft file format', () => {
  it('round-trips a new draft', () => {
    const back = parseDraftFile(serializeDraft(draft));
    expect(back).toEqual({ ok: true, value: draft });
  });

  it('writes UTF-8 JSON with the format marker and the current version', () => {
    const data = JSON.parse(serializeDraft(draft)) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'draft']);
    expect(data).toMatchObject({ format: 'kp-drafter/draft', version: CURRENT_VERSION });
  });

  it('refuses a file from a newer version with a message saying what to do', () => {
    const r = failure(serializeDraft(draft).replace(`"version": ${CURRENT_VERSION}`, '"version": 99'));
    expect(r.code).toBe('draft-too-new');
    expect(r.message).toMatch(/format 99.*update KP Drafter/);
  });

  it.each([
    ['truncated JSON', serializeDraft(draft).slice(0, 200), 'file-corrupt', /truncated or damaged/],
    ['an empty file', '', 'file-corrupt', /empty/],
    ['only whitespace', ' \n\t', 'file-corrupt', /empty/],
    ['a JSON array', '[1,2]', 'file-not-draft', /not a KP Drafter draft/],
    ['JSON without the marker', JSON.stringify({ version: 2, draft }), 'file-not-draft', /marker/],
    ['a version that is not a whole number', file(draft).replace(`"version":${CURRENT_VERSION}`, '"version":"2"'), 'file-corrupt', /format version/],
    ['version 0', file(draft).replace(`"version":${CURRENT_VERSION}`, '"version":0'), 'file-corrupt', /format version/],
    ['version 1.5', file(draft).replace(`"version":${CURRENT_VERSION}`, '"version":1.5'), 'file-corrupt', /format version/],
    ['an unknown field in the header', file(draft, { savedBy: 'x' }), 'draft-unknown-field', /"savedBy" in the file header/],
    ['no draft', JSON.stringify({ format: 'kp-drafter/draft', version: 2 }), 'draft-invalid', /holds no draft/],
    ['an unknown field in the draft', file({ ...draft, wordCount: 0 }), 'draft-unknown-field', /unknown field "wordCount" in the draft/],
    ['a wrong type', file({ ...draft, title: 42 }), 'draft-invalid', /at title: expected text/],
    ['a missing field', file({ ...draft, title: undefined }), 'draft-invalid', /at title: missing \(expected text\)/],
    ['an unknown component', file({ ...draft, component: 'pilot' }), 'draft-invalid', /at component: expected one of "inception"/],
    ['a bad date', file({ ...draft, period: { start: '1 maj 2026', end: null } }), 'draft-invalid', /period\.start: expected a date as YYYY-MM-DD/],
  ])('reports %s with a coded one-line message', (_, text, code, message) => {
    const r = failure(text);
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
    expect(r.message).not.toMatch(/\n/);
  });

  it('counts further problems instead of listing them', () => {
    expect(failure(file({ ...draft, title: 1, id: 2 })).message).toMatch(/\(and 1 more problem\)$/);
  });

  it('refuses absurdly deep nesting without exhausting the stack', () => {
    let deep: unknown = { text: 'x' };
    for (let i = 0; i < 100_000; i++) deep = { type: 'bulleted-list', children: [{ type: 'list-item', children: [deep] }] };
    const r = parseDraftData({ format: 'kp-drafter/draft', version: 2, draft: { ...draft, sections: { summary: [deep] } } });
    expect(r).toMatchObject({ ok: false, error: { code: 'draft-invalid', message: expect.stringMatching(/nested too deeply/) } });
  });

  it('keeps lists nested ten deep (real drafts are far below the nesting limit)', () => {
    let list: ListElement = { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'nivå 10' }] }] };
    for (let i = 9; i >= 1; i--) list = { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: `nivå ${i}` }, list] }] };
    const d = { ...draft, sections: { ...draft.sections, summary: [list] } };
    expect(parseDraftFile(serializeDraft(d))).toEqual({ ok: true, value: d });
  });

  it('never modifies the data it checks', () => {
    const data = JSON.parse(serializeDraft(draft));
    const copy = structuredClone(data);
    parseDraftData(data);
    expect(data).toEqual(copy);
  });

  it('recognises the .kpdraft extension in any letter case', () => {
    expect(['a.kpdraft', 'C:\\Ansökan.KPDRAFT', '/x/y.KpDraft'].map(hasDraftExtension)).toEqual([true, true, true]);
    expect(['a.json', 'a.kpdraft.txt', 'kpdraft', 'a.kpdraf'].map(hasDraftExtension)).toEqual([false, false, false, false]);
  });

  it('formats issue paths as a person would search the JSON', () => {
    expect(formatIssuePath(['budget', 3, 'amountOre'])).toBe('budget[3].amountOre');
    expect(formatIssuePath(['sections', 'egen sektion\n', 0])).toBe('sections["egen sektion\\n"][0]');
  });
});
