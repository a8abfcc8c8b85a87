import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDraft } from './sample-draft';
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
});
