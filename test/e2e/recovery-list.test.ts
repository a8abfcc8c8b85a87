import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../core/draft/file-format';
import { openFromPicker } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';
import { callApi, openApp, screenshot, useAppSession, waitFor } from './support';

// A recovery copy that cannot be read is shown on the start screen, said to be unreadable, and can
// be discarded; it is never hidden (it may be the only trace of unsaved work).

const app = useAppSession();

describe('the restore offer on the start screen', () => {
  it('lists a damaged copy as unreadable, offers only to discard it, and keeps it until then', async () => {
    const folder = join(app.server.userDataDir, 'recovery');
    mkdirSync(folder, { recursive: true });
    const damaged = join(folder, 'skadad-kopia.json');
    writeFileSync(damaged, '{"format":"kp-drafter/recovery","version":1,"key":"skadad-kopia","ti');

    const { page, context, problems } = await openApp(app.browser, app.server);
    const offer = page.locator('[data-kp-recovery="skadad-kopia"]');
    await expect.poll(() => offer.innerText(), { timeout: 10_000 }).toContain('Kopian kan inte läsas: den är skadad');
    expect(await offer.getAttribute('data-kp-unreadable')).toBe('true');
    expect(await offer.getByRole('button', { name: 'Återställ', exact: true }).count()).toBe(0);
    await screenshot(page, 'recovery-unreadable-sv');
    expect(existsSync(damaged)).toBe(true);

    await offer.getByRole('button', { name: 'Släng…' }).click();
    await offer.getByRole('button', { name: 'Ja, släng' }).click();
    await offer.waitFor({ state: 'detached' });
    expect(existsSync(damaged)).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not offer the copy another open tab is writing, and offers it once that tab is gone', async () => {
    const writer = await openApp(app.browser, app.server);
    await writer.page.getByRole('button', { name: 'Skapa ansökan' }).click();
    await writer.page.locator('html[data-kp-editor-ready]').waitFor();
    await writer.page.getByRole('textbox', { name: 'Projektets titel' }).fill('Pågår i en annan flik');
    const live = await waitFor('autosave', async () => {
      const r = await callApi(app.server, 'recovery:list', {});
      return (r.ok ? (r.value as Array<{ key: string; title: string }>) : []).find((e) => e.title === 'Pågår i en annan flik');
    }, 30_000);
    // A copy left by a window that crashed earlier: that one is on offer.
    expect(await callApi(app.server, 'recovery:save', { key: 'kraschat-fonster', path: null, draft: { ...sampleDraft(), title: 'Från en krasch' } })).toMatchObject({ ok: true });

    // A second tab of the same browser (so the tabs can hear each other), on the start screen.
    const reader = await writer.context.newPage();
    await reader.goto(app.server.url);
    const offers = reader.locator('[data-kp-recovery]');
    await reader.locator('[data-kp-recovery="kraschat-fonster"]').waitFor();
    expect(await offers.evaluateAll((els) => els.map((e) => e.getAttribute('data-kp-recovery')))).not.toContain(live.key);

    await writer.page.close();
    await reader.reload();
    await reader.locator(`[data-kp-recovery="${live.key}"]`).waitFor();
    expect(writer.problems).toEqual([]);
    await writer.context.close();
  });

  it('says a copy set aside by "Läs in från disken" was set aside, not left by a crash', async () => {
    const path = writeDraft(app.server.draftsDir, 'undanlagd.kpdraft', { ...sampleDraft(), title: 'Original' });
    const { page, context, problems } = await openApp(app.browser, app.server);
    await openFromPicker(page, 'undanlagd.kpdraft');
    await page.getByRole('textbox', { name: 'Projektets titel' }).fill('Lagt undan');
    writeFileSync(path, serializeDraft({ ...sampleDraft(), title: 'Från disken' }));
    await page.keyboard.press('Control+S');
    await page.getByRole('button', { name: 'Läs in från disken' }).click();
    await expect.poll(() => page.locator('.kp-notice').last().innerText()).toContain('Dina osparade ändringar finns kvar under Versioner.');
    // Where the notice says it is: Versioner lists the set-aside copy of the open file.
    await page.locator('.kp-statusbar').getByRole('button', { name: /Versioner…$/ }).click();
    const versions = page.locator('dialog.kp-versions-dialog');
    await expect.poll(() => versions.locator('[data-kp-version-kind="recovery"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await versions.locator('[data-kp-version-kind="recovery"] .kp-version-kind').getAttribute('title')).toBe('Osparade ändringar som lades undan när filen lästes in på nytt från disken.');
    await versions.getByRole('button', { name: 'Stäng' }).click();
    await versions.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Startsidan' }).click();
    const setAside = page.locator('[data-kp-restore-list="set-aside"] [data-kp-recovery]', { hasText: 'Lagt undan' });
    await expect.poll(() => setAside.innerText(), { timeout: 10_000 }).toContain('— lades undan');
    const hint = page.locator('[data-kp-restore-group="set-aside"]');
    expect(await hint.innerText()).toBe('Osparade ändringar som lades undan när filen lästes in på nytt från disken.');
    expect(await page.locator('[data-kp-restore-list="crash"] [data-kp-recovery]', { hasText: 'Lagt undan' }).count()).toBe(0);
    await screenshot(page, 'recovery-set-aside-sv');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells two copies of one file apart: newest first, to the second, the older one marked', async () => {
    const file = `${app.server.draftsDir}/dubbel.kpdraft`;
    const folder = join(app.server.userDataDir, 'recovery');
    for (const [key, savedAt] of [['kopia-ny', '2026-12-02T02:36:41.000Z'], ['kopia-gammal', '2026-12-02T02:36:05.000Z']] as const) {
      expect(await callApi(app.server, 'recovery:save', { key, path: file, draft: { ...sampleDraft(), title: 'Samma titel' } })).toMatchObject({ ok: true });
      // Both from one minute, as after a reload of the window.
      const json = join(folder, `${key}.json`);
      writeFileSync(json, JSON.stringify({ ...JSON.parse(readFileSync(json, 'utf8')), savedAt }));
    }
    const { page, context, problems } = await openApp(app.browser, app.server);
    const offers = page.locator('[data-kp-recovery^="kopia-"]');
    await expect.poll(() => offers.count(), { timeout: 10_000 }).toBe(2);
    expect(await offers.evaluateAll((els) => els.map((e) => e.getAttribute('data-kp-recovery')))).toEqual(['kopia-ny', 'kopia-gammal']);
    const [newer, older] = [await offers.nth(0).innerText(), await offers.nth(1).innerText()];
    expect(newer).toMatch(/— senast ändrat 2026-\d{2}-\d{2} \d{2}:36:41/);
    expect(older).toMatch(/— senast ändrat 2026-\d{2}-\d{2} \d{2}:36:05/);
    expect(newer).not.toContain('äldre kopia');
    expect(older).toContain('äldre kopia');
    expect(newer).not.toContain('sparat');
    await screenshot(page, 'recovery-two-copies-sv');
    expect(problems).toEqual([]);
    await context.close();
  });
});
