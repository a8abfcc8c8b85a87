import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../electron/services/draft-files';
import { MAX_LIST_DEPTH } from '../../core/draft/file-format';
import { openApp, screenshot, useAppSession } from './support';
import { createDraft, focusSectionEnd, openFromPicker, saveAs, sectionEditor } from './helpers';

const app = useAppSession();

describe('list indentation stops where the file format does', () => {
  it('Tab pressed again and again on every new item nests no deeper than the format holds; the draft saves and reopens', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    await focusSectionEnd(page, 'challenge');
    const kb = page.keyboard;
    await page.getByRole('button', { name: 'Punktlista' }).click();
    await kb.type('punkt 1');
    const items = MAX_LIST_DEPTH + 3;
    for (let i = 2; i <= items; i++) {
      await kb.press('Enter');
      for (let k = 0; k < 4; k++) await kb.press('Tab');
      await kb.type(`punkt ${i}`);
    }
    const editor = sectionEditor(page, 'challenge');
    const depth = () => editor.evaluate((el) => {
      let deepest = 0;
      for (const li of el.querySelectorAll('li')) {
        let d = 0;
        for (let n: Element | null = li; n && n !== el; n = n.parentElement) if (n.matches('ul, ol')) d++;
        deepest = Math.max(deepest, d);
      }
      return deepest;
    });
    await expect.poll(depth).toBe(MAX_LIST_DEPTH);
    // The caret stayed in the text: the last item took its text, at the deepest level.
    await expect.poll(() => editor.innerText()).toContain(`punkt ${items}`);
    await expect.poll(() => page.locator('.kp-notices').innerText()).toContain(`Listor kan ha högst ${MAX_LIST_DEPTH} nivåer.`);
    await screenshot(page, 'list-depth');

    await saveAs(page, 'djupa listor');
    const saved = await readDraftFile(join(app.server.draftsDir, 'djupa listor.kpdraft'));
    expect(saved.ok).toBe(true);
    await openFromPicker(page, 'djupa listor.kpdraft');
    await expect.poll(depth).toBe(MAX_LIST_DEPTH);
    for (let i = 1; i <= items; i++) await expect.poll(() => editor.innerText()).toContain(`punkt ${i}`);
    expect(problems).toEqual([]);
  });
});
