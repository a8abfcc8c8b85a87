import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/draft/annotation';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

const app = useAppSession();

const comment = (id: string, anchor: Annotation['anchor'], body: string, resolved = false): Annotation => ({
  id, author: { name: 'Karin Holm', initials: 'KH' }, body, createdAt: '2026-11-30T10:00:00.000Z', editedAt: null,
  anchor, resolved, replies: [],
});

/** The sample draft (errors and warnings of its own) with three open comments and a resolved one. */
function commentedDraft() {
  const d = sampleDraft();
  d.annotations = [
    comment('c-summary', { kind: 'section', sectionId: 'summary' }, 'Sammanfattningen nämner inte Mombasa.'),
    comment('c-challenge', { kind: 'section', sectionId: 'challenge' }, 'Hur lågt är valdeltagandet? Ange siffror.'),
    comment('c-title', { kind: 'field', field: 'title' }, 'Kortare titel?'),
    comment('c-done', { kind: 'field', field: 'title' }, 'Redan åtgärdat.', true),
  ];
  return d;
}

describe('the export pre-flight', () => {
  it('lists the open comments beside the errors and warnings, and a comment\'s link goes to it', async () => {
    writeDraft(app.server.draftsDir, 'kommentarer.kpdraft', commentedDraft());
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 900 });
    await openFromPicker(page, 'kommentarer.kpdraft');
    await page.keyboard.press('Control+E');
    const dialog = page.locator('dialog.kp-export-dialog');
    const group = (kind: string) => dialog.locator(`[data-kp-preflight="${kind}"]`);

    await expect.poll(() => group('comment').locator('.kp-preflight-heading').innerText()).toMatch(/^\s*3 öppna kommentarer$/);
    expect(await group('comment').locator('button').allInnerTexts()).toEqual([
      'Fält: Projektets titel – Karin Holm: Kortare titel?',
      'Hela avsnittet Sammanfattning – Karin Holm: Sammanfattningen nämner inte Mombasa.',
      'Hela avsnittet Utmaning – Karin Holm: Hur lågt är valdeltagandet? Ange siffror.',
    ]);
    expect(await dialog.innerText()).not.toContain('Redan åtgärdat');
    expect(await dialog.innerText()).not.toContain('Inga fel');
    await expect.poll(() => group('error').count()).toBe(1);
    await expect.poll(() => group('warning').count()).toBe(1);
    await screenshot(page, 'export-preflight-sv');

    await group('comment').locator('button', { hasText: 'valdeltagandet' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-kp-thread]')?.getAttribute('data-kp-thread'))).toBe('c-challenge');

    // The English interface says the same in English, counts in the plural only where it is one.
    await page.locator('.kp-ui-language').selectOption('en');
    await page.keyboard.press('Control+E');
    await expect.poll(() => group('comment').locator('.kp-preflight-heading').innerText()).toMatch(/^\s*3 open comments$/);
    expect(await dialog.locator('.kp-export-options').innerText()).toMatch(/Document language[\s\S]*Include comments/);
    await screenshot(page, 'export-preflight-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });
});
