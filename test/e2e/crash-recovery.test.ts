import { describe, expect, it } from 'vitest';
import { callApi, openApp, screenshot, useAppSession, waitFor } from './support';

// Issue 3's promise, end to end: unsaved typing reaches the recovery area by autosave, survives the
// app being killed outright (SIGKILL: no shutdown code runs), and comes back exactly when the user
// accepts the restore offer on the next start.

const app = useAppSession();

describe('crash recovery in browser mode', () => {
  it('restores unsaved text exactly after the server is killed with SIGKILL and started again', async () => {
    const title = 'Kraschtest – Uppsala & Mombasa';
    const text = 'Vi vill öka ungdomars delaktighet i budgetarbetet: ”Åtgärd 1” – möten varje månad.';

    const before = await openApp(app.browser, app.server);
    await before.page.getByRole('button', { name: 'Skapa ansökan' }).click();
    await before.page.locator('html[data-kp-editor-ready]').waitFor();
    await before.page.getByRole('textbox', { name: 'Projektets titel' }).fill(title);
    const editor = before.page.locator('[data-slate-editor]').first();
    await editor.click();
    await before.page.keyboard.type(text);
    await expect.poll(() => editor.innerText(), { timeout: 10_000 }).toBe(text);

    // Autosave copies the draft to the recovery area a few seconds after typing stops.
    const entry = await waitFor('autosave', async () => {
      const r = await callApi(app.server, 'recovery:list', {});
      const list = r.ok ? (r.value as { key: string; title: string }[]) : [];
      return list.find((e) => e.title === title);
    }, 30_000);

    await app.server.kill('SIGKILL');
    expect(app.server.child.signalCode).toBe('SIGKILL');
    app.server = await app.server.restart();

    // The old tab belongs to the dead run; the new start opens a new one.
    await before.context.close();
    const after = await openApp(app.browser, app.server);
    const offer = after.page.locator(`[data-kp-recovery="${entry.key}"]`);
    await expect.poll(() => offer.innerText(), { timeout: 10_000 }).toContain(title);
    await screenshot(after.page, 'crash-recovery-offer');
    await offer.getByRole('button', { name: 'Återställ', exact: true }).click();

    await after.page.locator('html[data-kp-editor-ready]').waitFor();
    expect(await after.page.getByRole('textbox', { name: 'Projektets titel' }).inputValue()).toBe(title);
    expect(await after.page.locator('[data-slate-editor]').first().innerText()).toBe(text);
    await screenshot(after.page, 'crash-recovery-restored');
    expect(after.problems).toEqual([]);
    await after.context.close();
  });
});
