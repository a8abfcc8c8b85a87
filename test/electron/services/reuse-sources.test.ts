import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import { partnerLine } from '../../../electron/services/handlers';
import { listReuseSources, readReuseSource } from '../../../electron/services/reuse-sources';
import { blankDraft } from '../../renderer/cards/blank-draft';

let dir: string;
let other: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-reuse-'));
  other = await mkdtemp(join(tmpdir(), 'kp-reuse-other-'));
  await writeFile(join(dir, 'mombasa.kpdraft'), serializeDraft({ ...blankDraft(), title: 'Mombasa 2024', modifiedAt: '2024-05-02T10:00:00.000Z' }));
  await writeFile(join(dir, 'avbruten.kpdraft'), '{"format": 6, "draft": {');
  await writeFile(join(dir, 'notes.txt'), 'inte ett utkast');
  await writeFile(join(dir, '.hidden.kpdraft'), 'x');
  await mkdir(join(dir, 'arkiv'));
  await writeFile(join(other, 'bitola.kpdraft'), serializeDraft({ ...blankDraft(), title: 'Bitola 2022' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(other, { recursive: true, force: true });
});

describe('the earlier drafts offered for reuse', () => {
  it('are the recent files, then the drafts folder, each once; a file that cannot be read is listed with why', async () => {
    const recent = [
      { path: join(other, 'bitola.kpdraft'), title: 'Bitola', modifiedAt: '2026-01-01T00:00:00Z' },
      { path: join(dir, 'mombasa.kpdraft'), title: 'Mombasa', modifiedAt: '2026-01-01T00:00:00Z' },
      { path: join(other, 'borta.kpdraft'), title: 'Borttagen', modifiedAt: '2026-01-01T00:00:00Z' },
    ];
    const r = await listReuseSources(dir, recent, partnerLine);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.entries.map((e) => [e.origin, e.title, e.modifiedAt ?? null, e.problem?.code ?? null])).toEqual([
      ['recent', 'Bitola 2022', expect.any(String), null],
      ['recent', 'Mombasa 2024', '2024-05-02T10:00:00.000Z', null],
      ['recent', 'Borttagen', null, 'file-not-found'],
      ['folder', '', null, expect.stringMatching(/^(file-corrupt|file-not-draft|draft-invalid)$/)],
    ]);
  });

  it('reads one draft without changing it, and says why one cannot be read', async () => {
    const r = await readReuseSource(join(dir, 'mombasa.kpdraft'));
    expect(r.ok && r.value.draft.title).toBe('Mombasa 2024');
    expect(await readReuseSource(join(dir, 'notes.txt'))).toMatchObject({ ok: false, error: { code: 'wrong-extension' } });
  });
});
