import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A process exporting over and over is killed (SIGKILL) at random moments; whatever is at the
// target path afterwards must be a complete Word document, never a half-written one.

const KILLS = 12;
const loop = fileURLToPath(new URL('./export-loop.ts', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kp-export-kill-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the loop until it has written `writes` times, then waits `extraMs` and kills it. */
function runAndKill(target: string, writes: number, extraMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', loop, target], { stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString().split('\n').filter(Boolean).length;
      if (seen === writes) setTimeout(() => child.kill('SIGKILL'), extraMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`loop exited ${code}: ${stderr}`))));
  });
}

describe('export under SIGKILL', () => {
  it(`leaves a complete document at the target after each of ${KILLS} kills`, async () => {
    const target = join(dir, 'out.docx');
    let corrupt = 0;
    let random = 42;
    const next = () => (random = (random * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < KILLS; k++) {
      await runAndKill(target, 1 + Math.floor(next() * 2), Math.floor(next() * 1500));
      try {
        const xml = await (await JSZip.loadAsync(await readFile(target))).file('word/document.xml')!.async('string');
        if (!/Version [AB]/.test(xml)) corrupt++;
      } catch {
        corrupt++;
      }
    }
    expect({ kills: KILLS, corrupt }).toEqual({ kills: KILLS, corrupt: 0 });
    // Killed writes may leave their temporary files behind, but never under the document's name.
    expect((await readdir(dir)).filter((f) => f.endsWith('.docx'))).toEqual(['out.docx']);
  }, 300_000);
});
