import { beforeEach, describe, expect, it, vi } from 'vitest';

const shell = vi.hoisted(() => ({ calls: [] as string[], openResult: '' }));
vi.mock('electron', () => ({
  shell: {
    showItemInFolder: (p: string) => void shell.calls.push(`folder ${p}`),
    openPath: async (p: string) => (shell.calls.push(`open ${p}`), shell.openResult),
  },
}));

const { showFileWithShell } = await import('../../../electron/main/show-file');

beforeEach(() => {
  shell.calls = [];
  shell.openResult = '';
});

describe("opening an exported document with Electron's shell", () => {
  it('opens it in its program or shows it in its folder', async () => {
    expect(await showFileWithShell('/d/Ansökan.docx', 'open')).toEqual({ ok: true, value: {} });
    expect(await showFileWithShell('/d/Ansökan.docx', 'folder')).toEqual({ ok: true, value: {} });
    expect(shell.calls).toEqual(['open /d/Ansökan.docx', 'folder /d/Ansökan.docx']);
  });

  it("passes on the shell's reason when no program opens it", async () => {
    shell.openResult = 'Failed to open path';
    expect(await showFileWithShell('/d/a.docx', 'open')).toMatchObject({ ok: false, error: { code: 'not-available', message: expect.stringContaining('Failed to open path') } });
  });
});
