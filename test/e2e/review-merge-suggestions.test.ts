import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import { suggestionIds } from '../../core/review/suggestions';
import { authorsDraft, karinsCopy, lenasCopy, omarsCopy } from '../core/review/suggestion-copies';
import { openFromPicker, sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';
import { openApp, screenshot, useAppSession } from './support';

const app = useAppSession();
const saved = (name: string): Draft => JSON.parse(readFileSync(join(app.server.draftsDir, name), 'utf8')).draft;

describe("importing reviewers' suggestions", () => {
  it('merges three copies with overlapping suggestions, says what it did with each, keeps them on save, and undoes in one step', async () => {
    const dir = app.server.draftsDir;
    writeDraft(dir, 'ansokan.kpdraft', authorsDraft());
    writeDraft(dir, 'ansokan-karin.kpdraft', karinsCopy());
    writeDraft(dir, 'ansokan-omar.kpdraft', omarsCopy());
    writeDraft(dir, 'ansokan-lena.kpdraft', lenasCopy());

    const { page, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'ansokan.kpdraft');
    await page.getByRole('tab', { name: /Kommentarer/ }).click();
    await page.getByRole('button', { name: 'Importera kommentarer från granskares kopior…' }).click();
    const dialog = page.locator('dialog.kp-import-dialog');
    for (const who of ['karin', 'omar', 'lena']) await dialog.locator(`[data-kp-file="ansokan-${who}.kpdraft"] input`).check();
    await dialog.getByRole('button', { name: 'Importera från 3 filer' }).click();
    await expect.poll(() => page.locator('.kp-notice span').last().innerText()).toBe(
      'Kommentarer importerade: 2 nya, 1 fanns redan, 1 utan plats i texten. ' +
        'Ändringsförslag importerade: 4 nya, 2 fanns redan, 2 i konflikt med en annan granskares, 1 utan plats i texten.',
    );
    const summary = sectionEditor(page, 'summary');
    expect(await summary.innerText()).toContain('ungas delaktighet och inflytande och makt i den kommunala');
    expect(await sectionEditor(page, 'activities').innerText()).toContain('Två workshoppar per år, digitalt och på plats, ett utbytesbesök');
    // Omar's deletion of words Karin struck, and Lena's whose words are gone, are kept as their comments.
    await expect.poll(() => page.locator('[data-kp-thread="suggestion:o-1"] .kp-message-body').first().innerText())
      .toBe('Föreslår att ”i Mombasa och Uppsala” stryks.');
    expect(await page.locator('.kp-orphans [data-kp-thread="suggestion:l-2"]').count()).toBe(1);
    await screenshot(page, 'review-merge-suggestions');

    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    expect(suggestionIds(saved('ansokan.kpdraft').sections.summary!)).toEqual(['s-1', 'l-1', 's-2']);

    // One undo takes the whole import back, text and comments.
    await summary.click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => summary.innerText()).not.toContain('och makt');
    expect(await page.locator('[data-kp-thread="om-1"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
