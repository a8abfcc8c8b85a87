import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'find.kpdraft'); } });

describe('find in the application', () => {
  it('finds across sections and marks, steps through matches and leaves the match selected', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'find.kpdraft');
    await page.keyboard.press('Control+F');
    const input = page.locator('.kp-find-bar').getByRole('textbox', { name: 'Sök i ansökan' });
    await input.fill('unga');
    // "unga" is in the summary ("ungas") and twice in the challenge; case and marks don't matter.
    const count = page.locator('.kp-find-count');
    await expect.poll(() => count.innerText()).toBe('1 av 3');
    expect(await page.locator('mark.kp-find').count()).toBe(3);
    await input.press('Enter');
    await expect.poll(() => count.innerText()).toBe('2 av 3');
    expect(await page.locator('mark.kp-find-current').innerText()).toBe('unga');
    await input.press('Shift+Enter');
    await input.press('Shift+Enter');
    await expect.poll(() => count.innerText()).toBe('3 av 3');
    await input.fill('formellt mandat');
    await expect.poll(() => count.innerText()).toBe('1 av 1');
    await screenshot(page, 'find');
    await input.press('Escape');
    expect(await page.locator('.kp-find-bar').count()).toBe(0);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('formellt mandat');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-slate-editor]'))).toBe(true);
    await page.keyboard.press('Control+F');
    await page.locator('.kp-find-bar').getByRole('textbox', { name: 'Sök i ansökan' }).fill('finns inte');
    await expect.poll(() => count.innerText()).toBe('Inga träffar');
    expect(problems).toEqual([]);
  });
});
