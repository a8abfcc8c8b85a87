import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import { RESULTS_DIR, openApp, screenshot, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';
import { nameOnce, submitComment } from './review-helpers';

// A reviewer proposes a new budget line and the removal of a team member in their copy; the
// author opens the returned copy, sees both in the tables and the change list, accepts the line,
// rejects the removal and undoes the accept.
const app = useAppSession();
const changes = (page: Page) => page.locator('[data-kp-changes-panel]');
const items = (page: Page) => changes(page).locator('[data-kp-change]');

describe('proposed rows', () => {
  it('a reviewer proposes a budget line and a removal; the author accepts the line, rejects the removal and undoes the accept', async () => {
    writeDraft(app.server.draftsDir, 'ansokan.kpdraft');
    const { page, problems, context } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openFromPicker(page, 'ansokan.kpdraft');
    await page.locator('.kp-role-badge').click();
    await page.locator('[data-kp-review-banner]').waitFor();

    // A new budget line, proposed from the table.
    const budget = page.locator('.kp-budget');
    await budget.scrollIntoViewIfNeeded();
    await budget.locator('.kp-propose-row').click();
    await nameOnce(page, 'Greta Granskare');
    const form = page.locator('[data-kp-row-proposal-form="budget"]');
    await form.locator('[data-kp-row-field="description"]').fill('Tolkning vid ungdomsforum');
    await form.locator('[data-kp-row-field="amount"]').fill('18 000');
    await form.locator('[data-kp-row-field="year"]').selectOption('2');
    await submitComment(page, 'Tolk behövs år 2.');
    await expect.poll(() => budget.locator('[data-kp-proposed-row]').count()).toBe(1);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await budget.screenshot({ path: join(RESULTS_DIR, 'row-proposal-budget-reviewer.png') });

    // The removal of a team member, from a comment on the member's row.
    await page.locator('[data-kp-loc="team:t2"] [data-kp-team-field="name"]').click();
    await page.keyboard.press('Control+Alt+M');
    await page.locator('.kp-propose-removal input').check();
    await submitComment(page, 'Erik sitter inte längre i styrelsen.');
    await expect.poll(() => page.locator('[data-kp-loc="team:t2"].kp-proposed-removal').count()).toBe(1);

    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
    const copyName = readdirSync(app.server.draftsDir).find((f) => f !== 'ansokan.kpdraft')!;
    const copy: Draft = JSON.parse(readFileSync(join(app.server.draftsDir, copyName), 'utf8')).draft;
    expect(copy.budget.map((l) => l.id)).toEqual(['b1', 'b2', 'b3']);
    expect(copy.annotations.map((a) => a.proposal && 'row' in a.proposal ? a.proposal.kind : null)).toEqual(['add-row', 'remove-row']);

    // The copy comes back by mail: the author opens it.
    copyFileSync(join(app.server.draftsDir, copyName), join(app.server.draftsDir, 'tillbaka.kpdraft'));
    await openFromPicker(page, 'tillbaka.kpdraft');
    await expect.poll(() => page.locator('.kp-role-badge').innerText()).not.toContain('Granskar');
    await budget.scrollIntoViewIfNeeded();
    const ghost = budget.locator('[data-kp-proposed-row]');
    await expect.poll(() => ghost.innerText()).toContain('Föreslagen rad · Greta Granskare');
    expect(await ghost.innerText()).toContain('Tolkning vid ungdomsforum');
    const team = page.locator('.kp-team');
    await team.scrollIntoViewIfNeeded();
    await expect.poll(() => team.locator('[data-kp-proposed-removal]').innerText()).toContain('Föreslås tas bort · Greta Granskare');
    expect(await team.locator('[data-kp-loc="team:t2"].kp-proposed-removal').count()).toBe(1);
    await team.screenshot({ path: join(RESULTS_DIR, 'row-proposal-team-author.png') });
    await budget.scrollIntoViewIfNeeded();
    await budget.screenshot({ path: join(RESULTS_DIR, 'row-proposal-budget-author.png') });

    if (!(await page.locator('#kp-tab-changes').isVisible())) await page.getByRole('button', { name: /^(Visa\/dölj panelen|Show\/hide panel)$/ }).click();
    await page.locator('#kp-tab-changes').click();
    await expect.poll(() => items(page).count()).toBe(2);
    // In document order: the team comes before the budget.
    expect(await items(page).allInnerTexts()).toEqual([expect.stringContaining('Erik Berg'), expect.stringContaining('Tolkning vid ungdomsforum')]);
    await screenshot(page, 'row-proposals-change-list');

    await items(page).nth(1).getByRole('button', { name: /^Acceptera/ }).click();
    await nameOnce(page, 'Anna Lind');
    const lines = budget.locator('tbody tr[data-kp-loc^="budget:"]');
    await expect.poll(() => lines.count()).toBe(4);
    expect(await budget.locator('[data-kp-proposed-row]').count()).toBe(0);
    await items(page).first().getByRole('button', { name: /^Avvisa/ }).click();
    await expect.poll(() => items(page).count()).toBe(0);
    expect(await page.locator('[data-kp-loc="team:t2"]').count()).toBe(1);
    expect(await page.locator('.kp-proposed-removal').count()).toBe(0);

    // Undo: first the rejection, then the accept; the line goes and is proposed again.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => items(page).count()).toBe(1);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => lines.count()).toBe(3);
    await expect.poll(() => budget.locator('[data-kp-proposed-row]').count()).toBe(1);
    await expect.poll(() => items(page).count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});
