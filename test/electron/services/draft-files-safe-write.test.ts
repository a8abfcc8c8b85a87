import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraftFile, writeDraftFile } from '../../../electron/services/draft-files';
import { isOwnTempName, removeStaleTempFiles, tempNameFor } from '../../../electron/services/draft-files-safe-write';
import { backupFolderFor, keepBackup } from '../../../electron/services/backups';
import { generateDraft } from '../../helpers/generate-draft';
import { tempFolder } from './draft-files-helpers';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempFolder('kp-safe-write-')));
afterEach(async () => cleanup());

const hashOf = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
const anHourAgo = () => new Date(Date.now() - 60 * 60 * 1000);

/** Files a user may well keep beside a draft: numbered copies, years, backups of their own. */
const USER_FILES = ['x.kpdraft.1', 'x.kpdraft.2024', 'x.kpdraft.123456789', 'x.kpdraft.bak', 'x.kpdraft~', '.x.kpdraft.1', 'y.kpdraft.42'];

async function placeUserFiles(folder: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of USER_FILES) {
    await writeFile(join(folder, name), `the user's own ${name}\n`);
    await utimes(join(folder, name), anHourAgo(), anHourAgo());
    hashes.set(name, await hashOf(join(folder, name)));
  }
  return hashes;
}

describe('saves touch only what they own', () => {
  it('a user file x.kpdraft.1 or x.kpdraft.2024 with an old mtime survives a save byte-identical', async () => {
    const hashes = await placeUserFiles(dir);
    const path = join(dir, 'x.kpdraft');
    expect(await writeDraftFile(path, generateDraft({ words: 200 }))).toMatchObject({ ok: true });
    expect(await writeDraftFile(path, { ...generateDraft({ words: 200 }), title: 'Andra' })).toMatchObject({ ok: true });
    expect((await readdir(dir)).sort()).toEqual([...USER_FILES, 'x.kpdraft'].sort());
    for (const [name, hash] of hashes) expect(await hashOf(join(dir, name)), name).toBe(hash);
  });

  it('a stale temp file of ours is still swept; a fresh one and one for another file are kept', async () => {
    const path = join(dir, 'x.kpdraft');
    const stale = tempNameFor('x.kpdraft');
    const fresh = tempNameFor('x.kpdraft');
    const other = tempNameFor('y.kpdraft');
    for (const name of [stale, fresh, other]) await writeFile(join(dir, name), '{"half": ');
    await utimes(join(dir, stale), anHourAgo(), anHourAgo());
    await utimes(join(dir, other), anHourAgo(), anHourAgo());
    expect(await writeDraftFile(path, generateDraft({ words: 50 }))).toMatchObject({ ok: true });
    expect((await readdir(dir)).sort()).toEqual([fresh, other, 'x.kpdraft'].sort());
    expect(await removeStaleTempFiles(join(dir, 'missing', 'x.kpdraft'))).toBe(0);
  });

  it('temp names are hidden, marked as ours and never look like a user file', () => {
    const name = tempNameFor('Ansökan 2024.kpdraft');
    expect(name).toMatch(/^\.Ansökan 2024\.kpdraft\.kp-tmp-\d+-[0-9a-f]{8}$/);
    expect(isOwnTempName(name, 'Ansökan 2024.kpdraft')).toBe(true);
    expect(isOwnTempName(name, 'Ansökan.kpdraft')).toBe(false);
    for (const user of USER_FILES) expect(isOwnTempName(user), user).toBe(false);
  });

  it('a temp file a killed backup left in the recovery area is swept once stale', async () => {
    const userData = join(dir, 'userData');
    const path = join(dir, 'x.kpdraft');
    await writeDraftFile(path, generateDraft({ words: 50 }));
    const folder = backupFolderFor(userData, path);
    await mkdir(folder, { recursive: true });
    const leftover = tempNameFor('2026-03-01T09-00-00-000Z x.kpdraft');
    await writeFile(join(folder, leftover), '{"half": ');
    await utimes(join(folder, leftover), anHourAgo(), anHourAgo());
    const made = await keepBackup(userData, path, 3);
    expect(made).not.toBeNull();
    expect((await readDraftFile(made!)).ok).toBe(true);
    expect(await readdir(folder)).not.toContain(leftover);
  });
});
