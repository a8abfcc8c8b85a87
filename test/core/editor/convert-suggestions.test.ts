import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';

describe('the editor and the stored text', () => {
  it('keep a reviewer’s suggestions with their text through opening and saving', () => {
    const r = parseDraftFile(readFileSync(join(__dirname, '../../fixtures/drafts/versions/review-suggestions.v5.kpdraft'), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    const stored = r.value.sections.summary!;
    expect(fromEditorValue(toEditorValue(stored))).toEqual(stored);
  });
});
