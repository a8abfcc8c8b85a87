import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, openApp, screenshot, useAppSession } from './support';
import { focusSectionEnd, openFromPicker, readSavedDraft, sectionEditor } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';
import type { Draft } from '../../core/draft/schema';
import { projectText } from '../../core/review/plain-text';
import { textAnchorAt } from '../../core/review/text-anchor';

const app = useAppSession();

const saveState = (page: Page) => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state');
async function typeAndSave(page: Page, text: string, at: 'end' | 'start' = 'end'): Promise<void> {
  await focusSectionEnd(page, 'challenge');
  if (at === 'start') await page.keyboard.press('Control+Home');
  await page.keyboard.type(text);
  await expect.poll(() => saveState(page)).toBe('dirty');
  await page.keyboard.press('Control+S');
  await expect.poll(() => saveState(page), { timeout: 15_000 }).toBe('clean');
}
const challengeText = (page: Page) => sectionEditor(page, 'challenge').innerText();
const PHRASE = 'Valdeltagandet bland 18–24-åringar är lågt';
/** The sample draft with a reviewer's comment on a phrase of the challenge. */
function withComment(): Draft {
  const d = sampleDraft();
  const p = projectText(d.sections.challenge!);
  const start = p.text.indexOf(PHRASE);
  const anchor = textAnchorAt(p, 'challenge', start, start + PHRASE.length);
  return { ...d, annotations: [{ id: 'c1', author: { name: 'Lena Ek', initials: 'LE' }, body: 'Siffra?', createdAt: '2026-03-03T10:00:00Z', editedAt: null, anchor, resolved: false, replies: [] }] };
}
const commentedText = (page: Page) => sectionEditor(page, 'challenge').locator('mark[data-kp-threads]').allInnerTexts();
async function shot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
}

describe('versions', () => {
  it('lists earlier versions with what changed, previews one read-only, restores it, and undo brings the text back', async () => {
    writeDraft(app.server.draftsDir, 'versioner.kpdraft', withComment());
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'versioner.kpdraft');
    await typeAndSave(page, ' Första tillägget.');
    // At the start: the comment's phrase moves, so a restore must anchor it again.
    await typeAndSave(page, 'Kort inledning här. ', 'start');
    const latest = await challengeText(page);
    expect(latest).toMatch(/^Kort inledning här\. Båda kommunerna/);
    await expect.poll(() => commentedText(page)).toEqual([PHRASE]);

    await page.locator('.kp-statusbar').getByRole('button', { name: /Versioner…$/ }).click();
    const dialog = page.locator('dialog.kp-versions-dialog');
    const backups = dialog.locator('[data-kp-version-kind="backup"]');
    await expect.poll(() => backups.count(), { timeout: 10_000 }).toBe(2);
    // Newest first; each with a time, and what changed since (in the next newer version, or the open draft).
    expect(await backups.nth(0).locator('.kp-version-time').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/);
    expect(await backups.nth(0).locator('[data-kp-version-change]').innerText()).toBe('+3 ord i Utmaning');
    expect(await backups.nth(1).locator('[data-kp-version-change]').innerText()).toBe('+2 ord i Utmaning');

    await backups.nth(1).click();
    const preview = dialog.locator('[data-kp-version-preview] [data-kp-preview-section="challenge"]');
    await expect.poll(() => preview.innerText()).toContain('Båda kommunerna har svårt att nå unga väljare.');
    expect(await preview.innerText()).not.toContain('Första tillägget');
    // Read-only: plain paragraphs, nothing to type in.
    expect(await dialog.locator('[data-kp-version-preview] [contenteditable], [data-kp-version-preview] input, [data-kp-version-preview] textarea').count()).toBe(0);
    await shot(page, 'versions-sv-light');

    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => challengeText(page)).not.toContain('Första tillägget');
    expect(await challengeText(page)).toContain('Båda kommunerna har svårt att nå unga väljare.');
    expect(await saveState(page)).toBe('dirty');
    // The comment stays on its phrase in the restored text.
    await expect.poll(() => commentedText(page)).toEqual([PHRASE]);

    // Ctrl+Z in the text brings back what was there (one step), Ctrl+Y restores again, the toolbar's undo once more.
    await sectionEditor(page, 'challenge').click();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => challengeText(page)).toBe(latest);
    await expect.poll(() => commentedText(page)).toEqual([PHRASE]);
    await page.keyboard.press('Control+Y');
    await expect.poll(() => challengeText(page)).not.toContain('Första tillägget');
    await page.getByRole('button', { name: 'Ångra', exact: true }).click();
    await expect.poll(() => challengeText(page)).toBe(latest);
    // And the text is still editable as usual afterwards.
    await typeAndSave(page, ' Tredje.');
    expect(JSON.stringify(readSavedDraft(join(app.server.draftsDir, 'versioner.kpdraft')).sections.challenge)).toContain('Första tillägget. Tredje.');

    // Another window's unsaved work on the same file is listed too.
    const file = join(app.server.draftsDir, 'versioner.kpdraft');
    expect(await callApi(app.server, 'recovery:save', { key: 'andra-fonstret', path: file, draft: { ...(readSavedDraft(file) as unknown as Draft), title: 'Från ett annat fönster' } })).toMatchObject({ ok: true });
    await page.locator('.kp-ui-language').selectOption('en');
    await page.locator('.kp-statusbar').getByRole('button', { name: /Versions…$/ }).click();
    await expect.poll(() => backups.count(), { timeout: 10_000 }).toBe(3);
    const copy = dialog.locator('[data-kp-version-kind="recovery"]');
    expect(await copy.count()).toBe(1);
    expect(await copy.innerText()).toMatch(/Unsaved[\s\S]*New title/);
    expect(await backups.nth(0).locator('[data-kp-version-change]').innerText()).toBe('+1 word in Challenge');
    // The list works from the keyboard: arrows choose, the preview follows.
    await dialog.getByRole('listbox', { name: 'Earlier versions' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => dialog.locator('[role="option"][aria-selected="true"]').getAttribute('data-kp-version-kind')).toBe('backup');
    await expect.poll(() => dialog.locator('[data-kp-version-preview] h3').innerText()).toBe('Unga röster i Mombasa och Uppsala');
    await backups.nth(1).click();
    await dialog.locator('[data-kp-version-preview]').waitFor();
    await shot(page, 'versions-en-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'versions-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    // The smallest window the app supports: the list and the preview still fit side by side.
    await page.setViewportSize({ width: 1024, height: 700 });
    await shot(page, 'versions-en-1024x700');
    const box = await dialog.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.kp-ui-language').selectOption('sv');
    expect(problems).toEqual([]);
  });

  it('says so when there are no earlier versions yet', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.getByRole('button', { name: 'Skapa ansökan' }).click();
    await page.locator('html[data-kp-editor-ready]').waitFor();
    await page.locator('.kp-statusbar').getByRole('button', { name: /Versioner…$/ }).click();
    const empty = page.locator('dialog.kp-versions-dialog [data-kp-versions-empty]');
    await expect.poll(() => empty.innerText(), { timeout: 10_000 }).toContain('Inga tidigare versioner än');
    await shot(page, 'versions-sv-empty');
    expect(problems).toEqual([]);
  });

  it('offers the newest readable backup of a file that cannot be read, and saving it back asks first in the app\'s own dialog', async () => {
    const path = writeDraft(app.server.draftsDir, 'skadad.kpdraft');
    const { page, problems } = await openApp(app.browser, app.server);
    // The question is the app's own dialog: a native one would be answered (and counted) here.
    const native: string[] = [];
    page.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'skadad.kpdraft');
    await typeAndSave(page, ' Första tillägget.');
    await typeAndSave(page, ' Andra tillägget.');
    const damaged = readFileSync(path, 'utf8').slice(0, 500);
    writeFileSync(path, damaged);

    await page.reload();
    await page.locator('.kp-start').waitFor();
    await page.keyboard.press('Control+O');
    const picker = page.locator('dialog.kp-modal');
    await picker.locator('[data-kp-file="skadad.kpdraft"]').click();
    await picker.locator('button[type="submit"]').click();
    const notice = page.locator('.kp-notice-error');
    await expect.poll(() => notice.innerText(), { timeout: 10_000 }).toMatch(/kunde inte läsas: den verkar avbruten eller skadad\. Originalet är orört\./);
    const offer = notice.getByRole('button', { name: /^Öppna senaste läsbara säkerhetskopia \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}\)$/ });
    await screenshot(page, 'versions-unreadable-offer');
    await offer.click();

    await page.locator('html[data-kp-editor-ready="true"]').waitFor();
    await expect.poll(() => challengeText(page)).toContain('Första tillägget.');
    expect(await challengeText(page)).not.toContain('Andra tillägget.');
    expect(await saveState(page)).toBe('dirty');

    // Declined: the unreadable file stays as it is, and a notice says nothing was saved.
    await page.keyboard.press('Control+S');
    const ask = page.locator('dialog.kp-unreadable-dialog');
    await ask.waitFor();
    expect(await ask.locator('h2').innerText()).toBe('Ersätt den oläsbara filen ”skadad.kpdraft”?');
    expect(await ask.getByRole('button').allInnerTexts()).toEqual(['Ersätt filen', 'Spara som ny fil…', 'Avbryt']);
    await shot(page, 'versions-replace-unreadable');
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await ask.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.kp-notice-info > span').last().innerText()).toBe('Inget sparades. ”skadad.kpdraft” är oförändrad och dina ändringar finns kvar här.');
    expect(readFileSync(path, 'utf8')).toBe(damaged);
    expect(await saveState(page)).toBe('dirty');

    // "Save as new file" keeps the unreadable file and opens the picker under another name.
    await page.keyboard.press('Control+S');
    await ask.getByRole('button', { name: 'Spara som ny fil…' }).click();
    const saveAsPicker = page.locator('dialog.kp-modal');
    await expect.poll(() => saveAsPicker.locator('h2').innerText()).toBe('Spara som');
    await saveAsPicker.getByRole('button', { name: 'Avbryt' }).click();
    await saveAsPicker.waitFor({ state: 'detached' });
    expect(readFileSync(path, 'utf8')).toBe(damaged);

    await page.keyboard.press('Control+S');
    await ask.getByRole('button', { name: 'Ersätt filen' }).click();
    await expect.poll(() => saveState(page), { timeout: 15_000 }).toBe('clean');
    await ask.waitFor({ state: 'detached' });
    expect(native).toEqual([]);
    const saved = JSON.stringify(readSavedDraft(path).sections.challenge);
    expect(saved).toContain('Första tillägget.');
    expect(saved).not.toContain('Andra tillägget.');
    // Replaced once, it is an ordinary file again: the next save just saves.
    await typeAndSave(page, ' Efteråt.');
    expect(await ask.count()).toBe(0);
    // Warnings about the unreadable file are expected on the console; nothing else.
    expect(problems).toEqual([]);
  });

  it('after a restore the focus is in the text, and the notice gives the time as the list showed it', async () => {
    const path = writeDraft(app.server.draftsDir, 'fokus-versioner.kpdraft');
    const base = readSavedDraft(path) as unknown as Draft;
    // Two saves in quick succession: two backups in one minute, so the list shows seconds.
    for (const title of ['Andra', 'Tredje']) expect(await callApi(app.server, 'draft:save', { path, draft: { ...base, title } })).toMatchObject({ ok: true });
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'fokus-versioner.kpdraft');
    await page.locator('.kp-statusbar').getByRole('button', { name: /Versioner…$/ }).click();
    const dialog = page.locator('dialog.kp-versions-dialog');
    const backups = dialog.locator('[data-kp-version-kind="backup"]');
    await expect.poll(() => backups.count(), { timeout: 10_000 }).toBe(2);
    const listed = await backups.nth(1).locator('.kp-version-time').innerText();
    expect(listed).toMatch(/\d{2}:\d{2}:\d{2}$/);
    await backups.nth(1).click();
    await dialog.locator('[data-kp-version-preview]').waitFor();
    await dialog.getByRole('button', { name: 'Återställ' }).click();
    await dialog.waitFor({ state: 'detached' });
    const firstSection = sectionEditor(page, 'summary');
    await expect.poll(() => firstSection.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    expect(await page.locator('.kp-notice').last().innerText()).toContain(`Versionen från ${listed} är återställd.`);
    await page.keyboard.type('Skrivet direkt efteråt. ');
    await expect.poll(() => firstSection.innerText()).toContain('Skrivet direkt efteråt.');
    expect(problems).toEqual([]);
  });

  it('in review mode, says why a version cannot be restored instead of promising Ctrl+Z', async () => {
    const path = writeDraft(app.server.draftsDir, 'granskad.kpdraft');
    const base = readSavedDraft(path) as unknown as Draft;
    expect(await callApi(app.server, 'draft:save', { path, draft: { ...base, title: 'Nyare' } })).toMatchObject({ ok: true });
    const { page, problems } = await openApp(app.browser, app.server);
    await page.getByRole('button', { name: 'Öppna för granskning…' }).click();
    const picker = page.locator('dialog.kp-modal');
    await picker.locator('[data-kp-file="granskad.kpdraft"]').click();
    await picker.locator('button[type="submit"]').click();
    await page.locator('html[data-kp-editor-ready="true"]').waitFor();
    await page.locator('.kp-statusbar').getByRole('button', { name: /Versioner…$/ }).click();
    const dialog = page.locator('dialog.kp-versions-dialog');
    const backup = dialog.locator('[data-kp-version-kind="backup"]').first();
    await backup.click();
    await dialog.locator('[data-kp-version-preview]').waitFor();
    const restore = dialog.getByRole('button', { name: 'Återställ' });
    expect(await restore.isDisabled()).toBe(true);
    const hint = dialog.locator('[data-kp-restore-hint]');
    expect(await hint.innerText()).toBe('Granskare kan inte ändra texten; byt till författarläge för att återställa.');
    expect(await dialog.innerText()).not.toContain('Ctrl+Z');
    await shot(page, 'versions-review-locked');
    expect(problems).toEqual([]);
  });
});
