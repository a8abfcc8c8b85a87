import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import { keptSuggestionId } from '../../../core/review/kept-suggestion';
import { projectText } from '../../../core/review/plain-text';
import { suggestionConflicts } from '../../../core/review/suggestion-conflicts';
import { acceptAll, rejectAll, suggestionIds } from '../../../core/review/suggestions';
import { main } from '../../../electron/cli';
import { readDraftFile } from '../../../electron/services/draft-files';
import { suggestSplit } from '../../../core/review/block-edits';
import { suggestInsert } from '../../../core/review/suggest-edits';
import { authorsDraft, karinsCopy, lenasCopy, omar, omarsCopy, sentDraft } from '../../core/review/suggestion-copies';
import { tempFolder } from '../services/draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder('kp-merge-review-'));
  const files = { 'draft.kpdraft': authorsDraft(), 'karin.kpdraft': karinsCopy(), 'omar.kpdraft': omarsCopy(), 'lena.kpdraft': lenasCopy() };
  for (const [name, d] of Object.entries(files)) writeFileSync(join(dir, name), serializeDraft(d));
});
afterEach(() => cleanup());

async function kp(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const code = await main(args, { cwd: dir, stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s) });
  return { code, ...out };
}

const copies = ['karin.kpdraft', 'omar.kpdraft', 'lena.kpdraft'];

describe('kp merge-review', () => {
  it("merges three reviewers' overlapping suggestions and comments, printing what it did", async () => {
    const r = await kp('merge-review', 'draft.kpdraft', ...copies, '-o', 'merged.kpdraft');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      'merged.kpdraft: 2 comments added, 1 already present, 1 orphaned, 0 replies added\n' +
        'merged.kpdraft: 4 suggestions added, 2 already present, 2 conflicting, 1 orphaned\n' +
        '  orphan le-1 by Lena Ek on "ungdomsrådet i Likoni": the quoted text is no longer in the draft\n' +
        '  orphan suggestion l-2 by Lena Ek on " – ungdomsrådet i Likoni": the quoted text is no longer in the draft\n',
    );

    const merged = await readDraftFile(join(dir, 'merged.kpdraft'));
    if (!merged.ok) throw new Error(merged.error.message);
    const draft = merged.value;
    expect(suggestionIds(draft.sections.summary!)).toEqual(['s-1', 'l-1', 's-2']);
    expect(projectText(acceptAll(draft.sections.activities!)).text).toContain('Två workshoppar per år, digitalt och på plats,');
    for (const [id, v] of Object.entries(authorsDraft().sections)) expect(rejectAll(draft.sections[id]!)).toEqual(rejectAll(v));
    expect(new Set(suggestionConflicts(draft))).toEqual(new Set(['s-1', 'l-1', 's-2', 'o-1']));
    expect(draft.annotations.map((a) => a.id)).toEqual(['c-1', 'om-1', 'le-1', keptSuggestionId('o-1'), keptSuggestionId('l-2')]);
  });

  it('adds nothing when the same copies are merged again, and answers to its older name', async () => {
    await kp('merge-review', 'draft.kpdraft', ...copies, '-o', 'merged.kpdraft');
    const again = await kp('merge-comments', 'merged.kpdraft', ...copies, '-o', 'again.kpdraft');
    expect(again.stdout).toBe(
      'again.kpdraft: 0 comments added, 3 already present, 0 orphaned, 0 replies added\n' +
        'again.kpdraft: 0 suggestions added, 6 already present, 0 conflicting, 0 orphaned\n',
    );
    const json = await kp('merge-review', 'merged.kpdraft', 'omar.kpdraft', '-o', 'again.kpdraft', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ out: 'again.kpdraft', added: 0, alreadyPresent: 1, suggestions: { added: 0, alreadyPresent: 2 } });
  });

  it("carries a reviewer's new paragraph into the merged file as a suggested break with its words", async () => {
    const sent = sentDraft();
    const summary = sent.sections.summary!;
    const at = projectText([summary[0]!]).text.indexOf(' budgetprocessen');
    const m = { id: 'o-br', author: omar, createdAt: '2026-11-21T10:00:00.000Z' };
    const split = suggestSplit(summary, { block: 0, offset: at }, m);
    const copy = { ...sent, sections: { ...sent.sections, summary: suggestInsert(split, { block: 1, offset: 0 }, 'Det gäller', m) } };
    writeFileSync(join(dir, 'per.kpdraft'), serializeDraft(copy));
    const r = await kp('merge-review', 'draft.kpdraft', 'per.kpdraft', '-o', 'merged.kpdraft');
    expect(r.stdout).toContain('merged.kpdraft: 2 suggestions added, 0 already present, 0 conflicting, 0 orphaned\n');
    const merged = await readDraftFile(join(dir, 'merged.kpdraft'));
    if (!merged.ok) throw new Error(merged.error.message);
    const value = merged.value.sections.summary!;
    expect(value[1]).toMatchObject({ suggestion: { id: 'o-br', kind: 'insert', author: { name: 'Omar Said' } } });
    expect(projectText([value[1]!]).text).toMatch(/^Det gäller budgetprocessen/);
    expect(rejectAll(value)).toEqual(rejectAll(authorsDraft().sections.summary!));
  });

  it('lists the new name in the help, with the old one', async () => {
    const help = await kp('--help');
    expect(help.stdout).toContain('  kp merge-review DRAFT COPY… -o OUT [--json] [--any-draft]\n');
    expect(help.stdout).toContain('(also: kp merge-comments)');
    expect((await kp('merge-comments', '--help')).stdout).toBe('usage: kp merge-review DRAFT COPY… -o OUT [--json] [--any-draft]\n');
  });
});
