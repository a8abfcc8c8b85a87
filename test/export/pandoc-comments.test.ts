import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['pandoc'], 'the pandoc reading test');

// Review comments in the export, read back by pandoc (an independent .docx reader): each comment
// with its author, and the words it is anchored to.

const run = promisify(execFile);
let dir: string | undefined;
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('Word comments read by pandoc --track-changes=all', () => {
  it('sees every comment and reply, by its author, on the words it was made on', async () => {
    dir = await mkdtemp(join(tmpdir(), 'kp-export-pandoc-'));
    const docx = join(dir, 'review.docx');
    expect((await exportDocx(sampleApplication(), docx, { withComments: true })).ok).toBe(true);
    const { stdout } = await run('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'html', '--wrap=none', docx]);
    const starts = [...stdout.matchAll(/<span class="comment-start" id="(\d+)" data-author="([^"]+)"[^>]*>([^<]*)<\/span>/g)].map((m) => ({ id: m[1], author: m[2], text: m[3] }));
    expect(starts).toEqual([
      { id: '0', author: 'Karin Holm', text: 'Kan vi ange källan till utvärderingen i Västerås?' },
      { id: '1', author: 'Lena Persson', text: 'Ja, rapporten från demokratiberedningen. Jag lägger till den.' },
      { id: '2', author: 'Karin Holm', text: 'Kontrollera att resorna ryms inom taket per år.' },
      { id: '3', author: 'Lena Persson', text: 'Kontrollerat: 432 150 kr år 1, under taket på 500 000 kr.' },
      { id: '4', author: 'Karin Holm', text: 'Behövs tolkning till dholuo vid alla möten?' },
    ]);
    // The anchored words sit between a comment's start and its end.
    const anchored = (id: string) => new RegExp(`<span class="comment-start" id="${id}"[^>]*>[^<]*</span>(?:<span class="comment-start"[^>]*>[^<]*</span>)*([^<]*)<span class="comment-end" id="${id}"`).exec(stdout)?.[1];
    expect(anchored('0')).toBe('utvärderingar i Västerås (2023) och');
    expect(anchored('2')).toBe('Budget');
    expect(anchored('4')).toBe('Tolkning engelska–svenska och engelska–dholuo');
  }, 120_000);
});
