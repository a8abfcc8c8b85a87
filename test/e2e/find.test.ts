import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession({ prepare: (server) => {
  writeDraft(server.draftsDir, 'find.kpdraft');
  writeDraft(server.draftsDir, 'annan.kpdraft');
} });

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
  it('belongs to its document: another document opens without the bar, its search or its options', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'find.kpdraft');
    await page.keyboard.press('Control+F');
    const bar = page.locator('.kp-find-bar');
    await bar.getByRole('textbox', { name: 'Sök i ansökan' }).fill('unga');
    await bar.getByRole('checkbox', { name: 'Hela ord' }).check();
    await page.getByRole('button', { name: 'Startsidan' }).click();
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'annan.kpdraft');
    expect(await bar.count()).toBe(0);
    await page.keyboard.press('Control+F');
    expect(await bar.getByRole('textbox', { name: 'Sök i ansökan' }).inputValue()).toBe('');
    expect(await bar.getByRole('checkbox', { name: 'Hela ord' }).isChecked()).toBe(false);
    expect(problems).toEqual([]);
  });

  it('fits the text column with the side panel open at 1024 px', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'find.kpdraft');
    if (await page.locator('.kp-editor-screen.panel-closed').count()) await page.locator('.kp-toolbar [aria-pressed]').last().click();
    await page.locator('.kp-editor-screen.panel-open').waitFor();
    await page.keyboard.press('Control+H');
    await page.locator('.kp-find-bar').getByRole('textbox', { name: 'Sök i ansökan' }).fill('unga');
    const outside = await page.evaluate(() => {
      const doc = document.querySelector('.kp-document')!.getBoundingClientRect();
      return [...document.querySelectorAll('.kp-find-bar input, .kp-find-bar button, .kp-find-bar label')].filter((el) => {
        const b = el.getBoundingClientRect();
        return b.left < doc.left || b.right > doc.right;
      }).map((el) => el.getAttribute('aria-label') ?? el.textContent);
    });
    expect(outside).toEqual([]);
    await screenshot(page, 'find-narrow-column');
    expect(problems).toEqual([]);
  });
});
