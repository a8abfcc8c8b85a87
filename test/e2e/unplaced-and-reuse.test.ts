import type { Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { completeDraft, sampleDraft, writeDraft } from './sample-draft';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });
const BEFORE = 'Kommunerna har samarbetat sedan 2019 inom ungdomsfrågor.';
const UNKNOWN = 'Under en rubrik som inte finns i mallen: erfarenheter från förstudien.';
const REUSED = 'Mombasa County har en ungdomspolicy sedan 2021, men ungdomsråden når få unga utanför stadskärnan.';

const app = useAppSession({
  prepare: (server) => {
    const imported = completeDraft();
    imported.unplaced = [p(BEFORE), { type: 'heading-two', children: [{ text: 'Lärdomar' }] }, p(UNKNOWN)];
    writeDraft(server.draftsDir, 'importerad.kpdraft', imported);
    const earlier = sampleDraft();
    earlier.id = 'earlier-draft';
    earlier.title = 'Delaktighet i Mombasa 2024';
    earlier.modifiedAt = '2024-05-02T10:00:00.000Z';
    earlier.sections.challenge = [p(REUSED), p('Andra stycket om utmaningen.')];
    writeDraft(server.draftsDir, 'mombasa-2024.kpdraft', earlier);
    writeDraft(server.draftsDir, 'ny-ansokan.kpdraft', sampleDraft());
    writeFileSync(join(server.draftsDir, 'avbruten.kpdraft'), '{"format": 6, "draft": {');
  },
});

const tray = (page: Page) => page.locator('[data-kp-section="unplaced"]');
const trayTexts = (page: Page) => tray(page).locator('.kp-unplaced-preview p').allInnerTexts();
/** A section's paragraphs (and list items), one string each. */
const text = async (page: Page, id: string) => (await sectionEditor(page, id).innerText()).split(/\n+/).filter((l) => l.trim());

describe('the "Inte placerat" tray', () => {
  it('moves a block into a section from the keyboard, and one undo puts it back', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1400, height: 900 });
    await openFromPicker(page, 'importerad.kpdraft');
    await expect.poll(() => trayTexts(page)).toEqual([BEFORE, 'Lärdomar', UNKNOWN]);
    const challengeBefore = await text(page, 'challenge');
    await screenshot(page, 'unplaced-tray');

    // The first block, Enter, the section list: ↓ to "challenge", Enter.
    await tray(page).locator('[data-kp-unplaced="0"]').focus();
    await page.keyboard.press('Enter');
    const picker = page.locator('dialog.kp-section-picker');
    await picker.waitFor();
    for (let i = 0; i < 30 && (await picker.locator('[aria-selected="true"]').getAttribute('data-kp-pick')) !== 'challenge'; i++) await page.keyboard.press('ArrowDown');
    await screenshot(page, 'unplaced-picker');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });

    await expect.poll(() => text(page, 'challenge')).toEqual([...challengeBefore, BEFORE]);
    await expect.poll(() => trayTexts(page)).toEqual(['Lärdomar', UNKNOWN]);
    // The keyboard stays in the tray, on the block that took the moved one's place.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kp-unplaced'))).toBe('0');

    await page.keyboard.press('Control+Z');
    await expect.poll(() => trayTexts(page)).toEqual([BEFORE, 'Lärdomar', UNKNOWN]);
    expect(await text(page, 'challenge')).toEqual(challengeBefore);

    // Delete removes the heading from the tray; undo brings it back.
    await tray(page).locator('[data-kp-unplaced="1"]').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => trayTexts(page)).toEqual([BEFORE, UNKNOWN]);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => trayTexts(page)).toEqual([BEFORE, 'Lärdomar', UNKNOWN]);

    // The last block moved (to the first section, where the list starts): the keyboard goes to the block before it.
    await tray(page).locator('[data-kp-unplaced="2"]').focus();
    await page.keyboard.press('Enter');
    await picker.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => trayTexts(page)).toEqual([BEFORE, 'Lärdomar']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kp-unplaced'))).toBe('1');
    expect(problems).toEqual([]);
  });

  it('moves a block dragged onto a section', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await openFromPicker(page, 'importerad.kpdraft');
    await tray(page).scrollIntoViewIfNeeded();
    await screenshot(page, 'unplaced-tray-narrow');
    // Dragging needs the block and the section in view together, as a user drags.
    await page.setViewportSize({ width: 1400, height: 900 });
    const summaryBefore = await text(page, 'summary');
    await tray(page).locator('[data-kp-unplaced="2"]').dragTo(page.locator('[data-kp-section="summary"] h2'));
    await expect.poll(() => text(page, 'summary')).toEqual([...summaryBefore, UNKNOWN]);
    expect(await trayTexts(page)).toEqual([BEFORE, 'Lärdomar']);
    expect(problems).toEqual([]);
  });
});

describe('inserting from an earlier application', () => {
  it('appends a section of another draft, says where it came from, and one undo takes both away', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1400, height: 900 });
    await openFromPicker(page, 'ny-ansokan.kpdraft');
    const challengeBefore = await text(page, 'challenge');
    await page.locator('[data-kp-reuse-open]').click();
    const dialog = page.locator('dialog.kp-reuse-dialog');
    await dialog.waitFor();
    // The broken file is listed with why it cannot be opened; the open draft itself is not listed.
    await expect.poll(() => dialog.locator('[data-kp-reuse-source="avbruten.kpdraft"] .kp-reuse-source-problem').count()).toBe(1);
    expect(await dialog.locator('[data-kp-reuse-source="ny-ansokan.kpdraft"]').count()).toBe(0);

    await dialog.locator('[data-kp-reuse-source="mombasa-2024.kpdraft"]').click();
    await dialog.locator('[data-kp-reuse-section="challenge"]').click();
    expect(await dialog.locator('[data-kp-reuse-into]').inputValue()).toBe('challenge');
    expect(await dialog.locator('input[name="kp-reuse-how"][value="append"]').isChecked()).toBe(true);
    await screenshot(page, 'reuse-dialog');
    await dialog.getByRole('button', { name: 'Infoga', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => text(page, 'challenge')).toEqual([...challengeBefore, REUSED, 'Andra stycket om utmaningen.']);
    const note = page.locator('[data-kp-section="challenge"] [data-kp-reuse-note]');
    await expect.poll(() => note.innerText()).toBe('Återanvänt från Delaktighet i Mombasa 2024 (2 maj 2024)');
    await expect.poll(() => page.locator('[data-kp-reuse-records] li').allInnerTexts()).toEqual(['Utmaning: Delaktighet i Mombasa 2024 (2 maj 2024)']);
    await screenshot(page, 'reuse-note');

    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page, 'challenge')).toEqual(challengeBefore);
    await expect.poll(() => note.count()).toBe(0);
    expect(await page.locator('[data-kp-reuse-records] li').count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
