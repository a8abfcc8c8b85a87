import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { nameOnce, submitComment } from './review-helpers';
import { sampleDraft, writeDraft } from './sample-draft';

// The status bar stays on one line when what it says grows without the window changing: the
// first comment adds "1 öppen kommentar" to it, beside the unsaved state and the problems.
const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'status.kpdraft', sampleDraft()); } });

/** Whether an item of the bar starts below the first one's bottom (the bar took a second line). */
const wraps = (page: Page) => page.locator('.kp-statusbar').evaluate((bar) => {
  const items = [...bar.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.offsetHeight > 0);
  return items.some((c) => c.offsetTop >= items[0]!.offsetTop + items[0]!.offsetHeight);
});

describe('the status bar', () => {
  it('stays on one line when the first comment adds its count, at any window width', async () => {
    for (const width of [1024, 1100, 1180, 1280, 1366]) {
      const { page, context, problems } = await openApp(app.browser, app.server, { width, height: 800 });
      await openFromPicker(page, 'status.kpdraft');
      await sectionEditor(page, 'summary').click();
      await page.keyboard.type('x');
      await page.keyboard.press('Control+Alt+M');
      await nameOnce(page, 'Anna Lind');
      await submitComment(page, 'Stämmer siffran?');
      await page.locator('.kp-status-comments').waitFor();
      await expect.poll(() => wraps(page), { message: `at ${width} px` }).toBe(false);
      if (width === 1024) await screenshot(page, 'status-bar-first-comment');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
