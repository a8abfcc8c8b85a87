import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../../core/draft/schema';
import { buildImportedDraft } from '../../../../core/import/build-draft';
import { authorsDraft } from '../../../../core/review/suggestion-drafts';
import { sectionsFor } from '../../../../core/template/schema';
import { readDraftFile } from '../../../../electron/services/draft-files';
import { exportDocx, stopExportWorker } from '../../../../electron/services/export-docx';
import { importDocx } from '../../../../electron/services/import-docx';
import { loadApplicationTemplate } from '../../../../electron/services/templates';

// A document this app exported imports back into the same sections with the same text and budget,
// and exporting that draft again and importing it gives the same once more.

const samples = join(__dirname, '../../../fixtures/samples');
type Node = { text?: string; children?: Node[] };
const flat = (n: Node): string => (typeof n.text === 'string' ? n.text : (n.children ?? []).map(flat).join(' '));
const plain = (blocks: readonly unknown[] | undefined) => (blocks ?? []).map((b) => flat(b as Node)).join(' ').replace(/\s+/g, ' ').trim();

/** Each text section's words, the sections with text only (the export leaves empty ones out or marks them). */
function sectionTexts(d: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sectionsFor(loadApplicationTemplate(), d.component)) {
    const t = plain(d.sections[s.id]);
    if (s.kind === 'text' && t !== '') out[s.id] = t;
  }
  return out;
}

const sideName = (d: Draft, side: string) => (side === 'swedish' ? 'swedish' : d.partners.find((p) => p.id === side)?.organisation ?? side);
const budget = (d: Draft) => d.budget.map((l) => [l.year, l.category, l.amountOre, l.description, sideName(d, l.side)].join(' | ')).sort();

async function exportAndImport(d: Draft, dir: string, name: string): Promise<Draft> {
  const path = join(dir, `${name}.docx`);
  const w = await exportDocx(d, path, { allowErrors: true });
  if (!w.ok) throw new Error(`export of ${name} failed: ${w.error.message}`);
  const r = await importDocx(path);
  if (!r.ok || r.value.kind !== 'plan') throw new Error(`${name} was not imported: ${JSON.stringify(r)}`);
  const plan = r.value.plan;
  expect(plan.ownExport).toBe(true);
  return buildImportedDraft(plan, {
    editionId: d.editionId,
    component: d.component,
    documentLanguage: d.documentLanguage,
    acceptedBudget: plan.budget.map((b) => b.id),
    importComments: false,
  }, { template: loadApplicationTemplate(), now: new Date('2026-05-01T10:00:00Z'), newId: randomUUID });
}

describe('export → import → export of every sample application', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kp-roundtrip-'));
  });
  afterAll(async () => {
    stopExportWorker();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([['icld-kp-2016'], ['icld-kp-2019'], ['icld-kp-2020'], ['icld-kp-2020-inception'], ['icld-kp-2023'], ['icld-kp-2023-inception'], ['icld-kp-2023b']])('%s keeps its sections’ text and its budget', async (name) => {
    const r = await readDraftFile(join(samples, `${name}.kpdraft`));
    if (!r.ok) throw new Error(r.error.message);
    const original = authorsDraft(r.value);
    const once = await exportAndImport(original, dir, `${name}-1`);
    expect(sectionTexts(once)).toEqual(sectionTexts(original));
    expect(budget(once)).toEqual(budget(original));
    expect(once.unplaced).toEqual([]);
    const twice = await exportAndImport(once, dir, `${name}-2`);
    expect(sectionTexts(twice)).toEqual(sectionTexts(once));
    expect(budget(twice)).toEqual(budget(once));
  });

  it('lists every sample', async () => {
    expect((await readdir(samples)).filter((f) => f.endsWith('.kpdraft'))).toHaveLength(7);
  });
});
