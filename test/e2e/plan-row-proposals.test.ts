import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import { RESULTS_DIR, openApp, screenshot, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { kalixMasakaRisks } from './risks-draft';
import { writeDraft } from './sample-draft';
import { nameOnce, submitComment } from './review-helpers';

// A reviewer proposes a new activity and the removal of a risk in their copy; the author opens
// the returned copy, sees both in the activity plan, the risk register and the change list,
// accepts the activity and rejects the removal.
const app = useAppSession();
const changes = (page: Page) => page.locator('[data-kp-changes-panel]');
const items = (page: Page) => changes(page).locator('[data-kp-change]');

describe('proposed activities and risks', () => {
  it('a reviewer proposes an activity and the removal of a risk; the author accepts the activity and rejects the removal', async () => {
    writeDraft(app.server.draftsDir, 'plan.kpdraft', kalixMasakaRisks());
    const { page, problems, context } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'plan.kpdraft');
    await page.locator('.kp-role-badge').click();
    await page.locator('[data-kp-review-banner]').waitFor();

    // A new activity, proposed from the activity plan.
    const plan = page.locator('.kp-plan');
    await plan.locator('.kp-propose-row').scrollIntoViewIfNeeded();
    await plan.locator('.kp-propose-row').click();
    await nameOnce(page, 'Greta Granskare');
    const form = page.locator('[data-kp-row-proposal-form="activity"]');
    await form.locator('[data-kp-row-field="title"]').fill('Uppföljningsmöte med marknadsrådet');
    await form.locator('[data-kp-row-field="startMonth"]').selectOption('11');
    await form.locator('[data-kp-row-field="endMonth"]').selectOption('12');
    await form.locator('[data-kp-row-field="place"]').selectOption('digital');
    await form.locator('[data-kp-row-field="result"]').selectOption('r2');
    await submitComment(page, 'Marknadsrådet behöver följas upp efter studiebesöket.');
    const ghost = plan.locator('[data-kp-proposed-row]');
    await expect.poll(() => ghost.count()).toBe(1);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await ghost.scrollIntoViewIfNeeded();
    await ghost.screenshot({ path: join(RESULTS_DIR, 'plan-row-proposal-reviewer.png') });

    // The removal of a risk, from a comment on the risk.
    const register = page.locator('.kp-risks');
    await register.locator('[data-kp-loc="risk:k4"] [data-kp-risk-col="text"]').click();
    await page.keyboard.press('Control+Alt+M');
    await page.locator('.kp-propose-removal input').check();
    await submitComment(page, 'Visumen brukar gå fort nu.');
    await expect.poll(() => register.locator('[data-kp-loc="risk:k4"].kp-proposed-removal').count()).toBe(1);

    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copyName = readdirSync(app.server.draftsDir).find((f) => f !== 'plan.kpdraft')!;
    const copy: Draft = JSON.parse(readFileSync(join(app.server.draftsDir, copyName), 'utf8')).draft;
    expect(copy.activities.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(copy.risks.map((r) => r.id)).toEqual(['k1', 'k2', 'k3', 'k4']);
    expect(copy.annotations.map((a) => (a.proposal && 'row' in a.proposal ? `${a.proposal.kind} ${a.proposal.table}` : null))).toEqual(['add-row activity', 'remove-row risk']);
    expect(copy.annotations[0]!.proposal).toMatchObject({ row: { title: 'Uppföljningsmöte med marknadsrådet', startMonth: 11, endMonth: 12, place: 'digital', resultIds: ['r2'] } });

    // The copy comes back by mail: the author opens it.
    copyFileSync(join(app.server.draftsDir, copyName), join(app.server.draftsDir, 'tillbaka.kpdraft'));
    await openFromPicker(page, 'tillbaka.kpdraft');
    await expect.poll(() => page.locator('.kp-role-badge').innerText()).not.toContain('Granskar');
    await ghost.scrollIntoViewIfNeeded();
    await expect.poll(() => ghost.innerText()).toContain('Föreslagen rad · Greta Granskare');
    expect(await ghost.innerText()).toContain('Uppföljningsmöte med marknadsrådet');
    await ghost.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-row-proposal-author');
    const struck = register.locator('[data-kp-loc="risk:k4"].kp-proposed-removal');
    await struck.scrollIntoViewIfNeeded();
    await expect.poll(() => struck.locator('[data-kp-proposed-removal]').innerText()).toContain('Föreslås tas bort · Greta Granskare');
    await register.screenshot({ path: join(RESULTS_DIR, 'risk-row-proposal-author.png') });

    if (!(await page.locator('#kp-tab-changes').isVisible())) await page.getByRole('button', { name: /^(Visa\/dölj panelen|Show\/hide panel)$/ }).click();
    await page.locator('#kp-tab-changes').click();
    await expect.poll(() => items(page).count()).toBe(2);
    // In document order: the activity plan comes before the risk register.
    expect(await items(page).allInnerTexts()).toEqual([expect.stringContaining('Uppföljningsmöte med marknadsrådet · månad 11–12 · Digitalt'),
      expect.stringContaining('Visum till Sverige dröjer för delegationen · Kalix internationella samordnare')]);
    await screenshot(page, 'plan-row-proposals-change-list');

    await items(page).first().getByRole('button', { name: /^Acceptera/ }).click();
    await nameOnce(page, 'Anna Lind');
    const activities = plan.locator('li.kp-activity');
    await expect.poll(() => activities.count()).toBe(5);
    await expect.poll(() => activities.last().locator('[data-kp-act-col="title"]').inputValue()).toBe('Uppföljningsmöte med marknadsrådet');
    expect(await ghost.count()).toBe(0);
    await register.locator('[data-kp-proposed-removal]').getByRole('button', { name: /^Avvisa/ }).click();
    await expect.poll(() => items(page).count()).toBe(0);
    expect(await register.locator('[data-kp-loc="risk:k4"]').count()).toBe(1);
    expect(await page.locator('.kp-proposed-removal').count()).toBe(0);
    await plan.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-row-proposals-decided');
    expect(problems).toEqual([]);
    await context.close();
  });
});
