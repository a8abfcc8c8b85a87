import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEditor, Editor, type Descendant } from 'slate';
import { MAX_DRAFT_FILE_BYTES, serializeDraft } from '../../../core/draft/file-format';
import type { RichText } from '../../../core/draft/rich-text';
import type { Draft } from '../../../core/draft/schema';
import { fromEditorValue, toEditorValue } from '../../../core/editor/convert';
import { withDraftSchema } from '../../../core/editor/with-draft-schema';
import { listBackups } from '../../../electron/services/backups';
import { readDraftFile, writeDraftFile } from '../../../electron/services/draft-files';
import { withLists } from '../../../renderer/editor/with-lists';
import { generateDraft, nestedList } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

/**
 * Property: whatever draft the editor can produce, a save either writes a file that reopens as
 * exactly that draft, or is refused before anything touches the disk (the folder, the old file
 * and the backups as they were). Drafts are built the editor's way: random structure (lists
 * nested up to 20 deep, links, marks, unknown pasted nodes) goes through the editor's
 * normalisation; some carry text large enough to pass the file limit. Some skip the editor (a
 * draft from elsewhere, lists up to 70 deep), which the save must refuse or write faithfully.
 */

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const leaf = fc.record({ text, bold: fc.constant(true as const), italic: fc.constant(true as const) }, { requiredKeys: ['text'] });
const { tree } = fc.letrec<{ tree: unknown[]; node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      type: fc.constantFrom('paragraph', 'heading-one', 'heading-two', 'block-quote', 'bulleted-list', 'numbered-list', 'list-item', 'link', 'table'),
      children: fc.array(tie('node'), { maxLength: 3 }),
    }).map((n) => (n.type === 'link' ? { ...n, url: 'https://icld.se/' } : n)),
  ),
  tree: fc.array(tie('node'), { maxLength: 4 }),
}));

/** Sizes around the file limit, in characters of one to three UTF-8 bytes. */
const largeText = fc.record({
  bytes: fc.integer({ min: MAX_DRAFT_FILE_BYTES - 200_000, max: MAX_DRAFT_FILE_BYTES + 200_000 }),
  char: fc.constantFrom('a', 'å', '€'),
}).map(({ bytes, char }) => char.repeat(Math.floor(bytes / Buffer.byteLength(char))));

// Large text is rare: each such draft costs a 25 MB write and read.
const section = fc.oneof(
  { weight: 80, arbitrary: tree },
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 20 }).map((levels) => toEditorValue([nestedList(levels)])) },
  { weight: 1, arbitrary: largeText.map((t) => [{ type: 'paragraph', children: [{ text: t }] }]) },
);

/** The value a section editor holds once its normalisation has run over `children`. */
function throughEditor(children: unknown[]): RichText {
  const editor = withDraftSchema(withLists(createEditor()));
  editor.children = structuredClone(children) as Descendant[];
  Editor.normalize(editor, { force: true });
  return fromEditorValue(editor.children);
}

const base = generateDraft({ words: 120, budgetLines: 3, seed: 5 });
const sectionIds = Object.keys(base.sections);

const draftInput = fc.record({
  title: fc.string({ maxLength: 40 }),
  sections: fc.array(fc.tuple(fc.constantFrom(...sectionIds), section), { minLength: 1, maxLength: 3 }),
  // A draft that did not come through the editor: lists as deep as anyone could send.
  foreign: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 70 }) }),
});

function buildDraft(input: { title: string; sections: Array<[string, unknown]>; foreign: number | null }): Draft {
  const sections = { ...base.sections };
  for (const [id, value] of input.sections) sections[id] = throughEditor(value as unknown[]);
  if (input.foreign !== null) sections[sectionIds[0]!] = [nestedList(input.foreign)];
  return { ...base, title: input.title, sections };
}

let dir: string;
let cleanup: () => Promise<void>;
const outcomes = new Map<string, number>();
beforeAll(async () => ({ dir, cleanup } = await tempFolder('kp-save-property-')));
afterAll(async () => {
  console.log(`save property: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  await cleanup();
});

const hashOf = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

describe('what is saved can be reopened', { timeout: 600_000 }, () => {
  it('any draft the editor can produce saves and reopens identical, or is refused before the disk is touched (2,000 drafts)', async () => {
    const docs = join(dir, 'Dokument');
    const userData = join(dir, 'userData');
    await mkdir(docs, { recursive: true });
    const path = join(docs, 'Ansökan.kpdraft');
    await writeFile(path, serializeDraft(base));
    const backups = { userDataDir: userData, keep: 2 };
    await fc.assert(
      fc.asyncProperty(draftInput, async (input) => {
        const draft = buildDraft(input);
        const before = { hash: await hashOf(path), listing: await readdir(docs), backups: await listBackups(userData, path) };
        const r = await writeDraftFile(path, draft, { backups });
        const outcome = r.ok ? 'saved' : r.error.code;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (r.ok) {
          expect(await readDraftFile(path)).toEqual({ ok: true, value: draft });
          return;
        }
        expect(['draft-too-large', 'draft-too-deep']).toContain(r.error.code);
        if (input.foreign === null) expect(r.error.code).toBe('draft-too-large'); // the editor never builds lists too deep to save
        expect(await hashOf(path)).toBe(before.hash);
        expect(await readdir(docs)).toEqual(before.listing);
        expect(await listBackups(userData, path)).toEqual(before.backups);
      }),
      { numRuns: 2000 },
    );
    expect(outcomes.get('saved') ?? 0).toBeGreaterThan(1000);
    expect(outcomes.get('draft-too-large') ?? 0).toBeGreaterThan(0);
    expect(outcomes.get('draft-too-deep') ?? 0).toBeGreaterThan(0);
  });
});
