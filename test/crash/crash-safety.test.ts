import { spawn } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../core/draft/file-format';
import { readDraftFile, writeDraftFile } from '../../electron/services/draft-files';
import { generateDraft } from '../helpers/generate-draft';
import { tempFolder } from '../electron/services/draft-files-helpers';
import { isOwnTempName } from '../../electron/services/draft-files-safe-write';
import { draftVersion, versionOf } from './versions';

/**
 * A process saving large drafts in a loop is killed with SIGKILL at random
 * moments, 200+ times; after every kill the file must parse and equal either the version before
 * the interrupted save or the version being saved. Nothing else is acceptable.
 *
 * The child is the real save path (electron/services/draft-files.ts), bundled once with esbuild
 * (tsx's own compiler) so that each of the hundreds of restarts costs a plain `node` start.
 */

const KILLS = 210;
const WORDS = 100_000;

let tmp: Awaited<ReturnType<typeof tempFolder>>;
let child: string;
let basePath: string;
const base = generateDraft({ words: WORDS, budgetLines: 200, seed: 3 });

beforeAll(async () => {
  tmp = await tempFolder('kp-crash-');
  child = join(tmp.dir, 'save-loop.cjs');
  await build({ entryPoints: [join(__dirname, 'save-loop.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: child, logLevel: 'error' });
  basePath = join(tmp.dir, 'base.json');
  await writeFile(basePath, JSON.stringify(base));
});
afterAll(async () => tmp.cleanup());

interface Run { started: number | null; done: number | null; writeMs: number[] }

/** Starts the child, kills it with SIGKILL after `delayMs` of saving, returns what it reported. */
function runAndKill(target: string, start: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, target, basePath, String(start)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const run: Run = { started: null, done: null, writeMs: [] };
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const [kind, k, ms] = buffered.slice(0, nl).split(' ');
        buffered = buffered.slice(nl + 1);
        if (kind === 'start') {
          run.started = Number(k);
          // The clock starts at the first save, so that the kill lands among saves, not at startup.
          timer ??= setTimeout(() => p.kill('SIGKILL'), delayMs);
        } else if (kind === 'done') {
          run.done = Number(k);
          run.writeMs.push(Number(ms));
        } else if (kind === 'failed') reject(new Error(`save failed: ${k} ${ms}`));
      }
    });
    p.on('error', reject);
    p.on('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed (${String(signal)})`));
      else resolve(run);
    });
  });
}

describe('crash safety of saving', () => {
  it(`SIGKILL at random moments, ${KILLS} times: the file is always the previous or the new version`, async () => {
    const target = join(tmp.dir, 'Ansökan.kpdraft');
    let onDisk = 0;
    expect(await writeDraftFile(target, draftVersion(base, 0))).toMatchObject({ ok: true });
    const stats = { kills: 0, corrupt: 0, duringSave: 0, previous: 0, next: 0 };
    const problems: string[] = [];
    const writeMs: number[] = [20];
    let next = 1;

    while (stats.kills < KILLS) {
      // Kill anywhere within about three saves: often mid-write, sometimes between saves.
      const typical = writeMs.slice(-20).reduce((a, b) => a + b, 0) / Math.min(writeMs.length, 20);
      const run = await runAndKill(target, next, Math.random() * typical * 3);
      writeMs.push(...run.writeMs);
      stats.kills++;
      const previous = run.done ?? onDisk;
      const interrupted = run.started !== null && run.started !== run.done ? run.started : null;
      if (interrupted !== null) stats.duringSave++;

      const loaded = await readDraftFile(target);
      let found: number | null = null;
      if (!loaded.ok) problems.push(`kill ${stats.kills}: ${loaded.error.code}: ${loaded.error.message}`);
      else {
        const k = versionOf(loaded.value);
        const bytes = await readFile(target, 'utf8');
        if (k !== previous && k !== interrupted) problems.push(`kill ${stats.kills}: version ${k}, expected ${previous} or ${interrupted}`);
        else if (bytes !== serializeDraft(draftVersion(base, k))) problems.push(`kill ${stats.kills}: version ${k} differs from what was saved`);
        else found = k;
      }
      if (found === null) {
        stats.corrupt++;
        break; // keep the damaged file for the report; later kills would prove nothing more
      }
      if (found === previous) stats.previous++;
      else stats.next++;
      onDisk = found;
      next = Math.max(next, (run.started ?? next - 1) + 1);
    }

    const leftovers = (await readdir(tmp.dir)).filter((n) => isOwnTempName(n, 'Ansökan.kpdraft')).length;
    const size = (serializeDraft(draftVersion(base, 1)).length / 1e6).toFixed(1);
    const median = [...writeMs].sort((a, b) => a - b)[Math.floor(writeMs.length / 2)]!.toFixed(0);
    console.log(
      `crash-safety: kills ${stats.kills}, corrupt ${stats.corrupt}; killed during a save ${stats.duringSave}; ` +
        `file held the previous version ${stats.previous}×, the new one ${stats.next}×; ` +
        `drafts ~${size} MB (${WORDS} words), median save ${median} ms; temp files left by killed saves ${leftovers}`,
    );
    expect(problems).toEqual([]);
    expect(stats.corrupt).toBe(0);
    expect(stats.kills).toBeGreaterThanOrEqual(200);
    // The kills must really land during saves, or the test would prove nothing.
    expect(stats.duringSave).toBeGreaterThan(KILLS / 3);
  }, 400_000);
});
