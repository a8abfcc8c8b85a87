import { describe, expect, it } from 'vitest';
import { contract } from '../../../../core/ipc/contract';

// The import request names a file; its answer is a plan or a refusal reason, nothing else.

describe('import:docx on the IPC contract', () => {
  it('takes a path and nothing more', () => {
    expect(contract['import:docx'].req.safeParse({ path: '/home/anna/ansökan.docx' }).success).toBe(true);
    expect(contract['import:docx'].req.safeParse({ path: '' }).success).toBe(false);
    expect(contract['import:docx'].req.safeParse({ path: '/a.docx', overwrite: true }).success).toBe(false);
  });

  it('answers a refusal only with a known reason', () => {
    expect(contract['import:docx'].res.safeParse({ kind: 'refused', reason: 'encrypted' }).success).toBe(true);
    expect(contract['import:docx'].res.safeParse({ kind: 'refused', reason: 'because' }).success).toBe(false);
  });

  it('refuses a plan whose blocks are not a draft’s', () => {
    const plan = { title: '', language: 'sv-SE', sections: { summary: [{ type: 'script', children: [{ text: 'x' }] }] }, unplaced: [], budget: [], parties: [], comments: [], droppedImages: 0, droppedLinks: 0, ownExport: false };
    expect(contract['import:docx'].res.safeParse({ kind: 'plan', plan }).success).toBe(false);
    expect(contract['import:docx'].res.safeParse({ kind: 'plan', plan: { ...plan, sections: {} } }).success).toBe(true);
  });
});
