import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DRAFT_FILE_BYTES } from '../../core/draft/file-format';
import { callApi, openApp, screenshot, useAppSession, waitFor } from './support';
import { createDraft, sectionEditor } from './helpers';

const app = useAppSession();

describe('a save that could not be reopened', () => {
  it('is refused with a message saying why and what to do; the draft stays unsaved and its recovery copy is kept', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    const title = 'Alldeles för stor ansökan';
    await page.getByRole('textbox', { name: 'Projektets titel' }).fill(title);
    const editor = sectionEditor(page, 'challenge');
    await editor.click();
    // Pasted text that makes the file just larger than a draft file may be (built in the page: 25 MB).
    await editor.evaluate((el, chars) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', 'x'.repeat(chars));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, MAX_DRAFT_FILE_BYTES + 100_000);
    await expect.poll(() => editor.evaluate((el) => (el.textContent ?? '').length), { timeout: 60_000 }).toBeGreaterThan(MAX_DRAFT_FILE_BYTES);

    await page.keyboard.press('Control+Shift+S');
    const dialog = page.locator('dialog.kp-modal');
    await dialog.locator('.kp-picker-name input').fill('stor');
    await dialog.locator('button[type="submit"]').click();
    const notice = page.locator('.kp-notices');
    await expect.poll(() => notice.innerText(), { timeout: 60_000 }).toContain('sparades inte');
    expect(await notice.innerText()).toMatch(/större än de 25 MB.*Ditt arbete finns kvar/s);
    await screenshot(page, 'save-refused');

    expect(existsSync(join(app.server.draftsDir, 'stor.kpdraft'))).toBe(false);
    expect(await page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).not.toBe('clean');
    const entry = await waitFor('the recovery copy', async () => {
      const r = await callApi(app.server, 'recovery:list', {});
      return (r.ok ? (r.value as { title: string }[]) : []).find((e) => e.title === title);
    }, 60_000);
    expect(entry.title).toBe(title);
    expect(problems).toEqual([]);
  });
});
