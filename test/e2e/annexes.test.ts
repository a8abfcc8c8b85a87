import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { createDraft, openFromPicker, readSavedDraft, save, saveAs } from './helpers';

/** The annexes card: a Letter of Intent marked signed with its file, kept through saving and reopening. */

const app = useAppSession();
const SHOTS = process.env.KP_ANNEX_SHOTS;

describe('annexes', () => {
  it('marks the Letter of Intent signed, attaches its file through the picker, and both are there after reopening', async () => {
    // The scanned letter lies beside the drafts, where browser mode's picker may look.
    writeFileSync(join(app.server.draftsDir, 'LoI signerad.pdf'), '%PDF-1.4\n');
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024 });
    await createDraft(page, 'project', 'icld-kp-2020');
    const row = page.locator('[data-kp-annex="letter_of_intent"]');
    await expect.poll(() => row.locator('.kp-field-message').first().textContent()).toMatch(/Ingen undertecknad avsiktsförklaring/);

    await row.locator('select').selectOption('signed');
    await expect.poll(() => row.locator('.kp-field-message').count()).toBe(0);
    await row.getByRole('button', { name: 'Välj fil…' }).click();
    const dialog = page.locator('dialog.kp-modal');
    await dialog.locator('[data-kp-file="LoI signerad.pdf"]').click();
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('[data-kp-annex-file]').textContent()).toBe('LoI signerad.pdf (finns)');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await row.locator('xpath=ancestor::div[contains(@class,"kp-annexes")]').screenshot({ path: join(SHOTS, 'annexes-card-sv-1024.png') });
      await page.locator('[data-kp-section="parties"]').screenshot({ path: join(SHOTS, 'parties-card-sv-1024.png') });
    }

    await saveAs(page, 'annexes');
    await save(page);
    const saved = readSavedDraft(join(app.server.draftsDir, 'annexes.kpdraft')) as unknown as { annexes: unknown[] };
    expect(saved.annexes).toEqual([{ kind: 'letter_of_intent', state: 'signed', file: join(app.server.draftsDir, 'LoI signerad.pdf') }]);

    await page.reload();
    await page.waitForLoadState('load');
    await openFromPicker(page, 'annexes.kpdraft');
    const again = page.locator('[data-kp-annex="letter_of_intent"]');
    await expect.poll(() => again.locator('select').inputValue()).toBe('signed');
    await expect.poll(() => again.locator('[data-kp-annex-file]').textContent()).toBe('LoI signerad.pdf (finns)');
    expect(problems).toEqual([]);
  });
});
