import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import { openFromPicker, sectionEditor } from './helpers';
import { completeDraft, writeDraft } from './sample-draft';

// Messages ("toasts") in the editor: info goes by itself after a while (not while the pointer is on
// it), errors stay until dismissed, a message goes as soon as it is no longer true, and none ever
// covers the text or the caret. Time is Playwright's fake clock, never a real wait.

const app = useAppSession({ prepare: (server) => {
  const good = writeDraft(server.draftsDir, 'notiser.kpdraft');
  const text = readFileSync(good, 'utf8');
  writeFileSync(join(server.draftsDir, 'trasig.kpdraft'), text.slice(0, Math.floor(text.length / 2)));
  writeDraft(server.draftsDir, 'hel.kpdraft', completeDraft());
} });

const notices = (page: Page) => page.locator('.kp-notice');

async function openSample(page: Page): Promise<void> {
  await page.locator('.kp-start').waitFor();
  await openFromPicker(page, 'notiser.kpdraft');
  await expect.poll(() => page.locator('.kp-statusbar [data-kp-counts]').getAttribute('data-kp-counts')).not.toBe('0/0/0');
}

describe('notices', () => {
  it('an info message goes by itself (later while the pointer rests on it), an error stays until dismissed', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await openSample(page);
    await page.clock.install();
    await sectionEditor(page, 'challenge').click();
    await page.keyboard.press('Control+S');
    const saved = notices(page).filter({ hasText: 'Sparat:' });
    await expect.poll(() => saved.count()).toBe(1);
    // The pointer on it holds it as long as it rests there; off it, it goes a little later.
    await saved.hover();
    await page.clock.fastForward(60_000);
    expect(await saved.count()).toBe(1);
    await page.mouse.move(5, 5);
    await page.clock.fastForward(10_000);
    await expect.poll(() => saved.count()).toBe(0);

    await page.keyboard.press('Control+O');
    const dialog = page.locator('dialog.kp-modal');
    await dialog.locator('[data-kp-file="trasig.kpdraft"]').click();
    await dialog.locator('button[type="submit"]').click();
    const error = page.locator('.kp-notice-error', { hasText: 'trasig.kpdraft' });
    await expect.poll(() => error.count()).toBe(1);
    await page.clock.fastForward(30 * 60_000);
    expect(await error.count()).toBe(1);
    await error.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => error.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('goes once what it says is no longer true: "Sparat" after the next edit, "Raden togs bort" once the line is back', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await openSample(page);
    await page.clock.install();
    await sectionEditor(page, 'challenge').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+S');
    const saved = notices(page).filter({ hasText: 'Sparat:' });
    await expect.poll(() => saved.count()).toBe(1);
    await page.keyboard.type(' Ny mening.');
    await expect.poll(() => saved.count()).toBe(0);

    await page.locator('[data-kp-row="0"][data-kp-col="amount"]').click();
    await page.keyboard.press('Control+Delete');
    const removed = notices(page).filter({ hasText: 'togs bort' });
    await expect.poll(() => removed.count()).toBe(1);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('[data-kp-row="0"][data-kp-col="description"]').inputValue()).toBe('Studieresa till Skopje');
    await expect.poll(() => removed.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('never covers the text or the caret: messages take a strip below the document, which keeps the caret in view', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await openSample(page);
    // The caret on the document's last visible line, where a floating message would sit.
    const editor = sectionEditor(page, 'challenge');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const doc = document.querySelector('.kp-document')!;
      const caret = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      doc.scrollTop += caret.bottom - doc.getBoundingClientRect().bottom + 4;
    });
    await page.keyboard.press('Control+S');
    await expect.poll(() => notices(page).count()).toBeGreaterThan(0);
    const boxes = await page.evaluate(() => {
      const r = (el: Element) => { const b = el.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; };
      const caret = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { notices: [...document.querySelectorAll('.kp-notice')].map(r), doc: r(document.querySelector('.kp-document')!), caret: { top: caret.top, bottom: caret.bottom } };
    });
    const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
    for (const n of boxes.notices) {
      expect(overlaps(n, boxes.doc)).toBe(false);
    }
    // The caret is still inside the document's visible part.
    expect(boxes.caret.top).toBeGreaterThanOrEqual(boxes.doc.top);
    expect(boxes.caret.bottom).toBeLessThanOrEqual(boxes.doc.bottom);
    await screenshot(page, 'notice-below-document');
    expect(problems).toEqual([]);
    await context.close();
  });
  it('a message that appears under a resting pointer still goes by itself; one the pointer moves onto waits', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server);
    await openSample(page);
    await page.clock.install();
    await sectionEditor(page, 'challenge').click();
    await page.keyboard.press('Control+S');
    const saved = notices(page).filter({ hasText: 'Sparat:' });
    await expect.poll(() => saved.count()).toBe(1);
    const box = (await saved.boundingBox())!;
    // The pointer rests where the message will be, then a save shows it there again.
    await page.clock.fastForward(60_000);
    await expect.poll(() => saved.count()).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.type('x');
    await page.keyboard.press('Control+S');
    await expect.poll(() => saved.count()).toBe(1);
    await page.clock.fastForward(60_000);
    await expect.poll(() => saved.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('what was said about a document goes with it: the start screen starts clear, and its own messages cover none of its controls', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1440, height: 900 });
    await openSample(page);
    await sectionEditor(page, 'challenge').click();
    await page.keyboard.press('Control+S');
    await expect.poll(() => notices(page).filter({ hasText: 'Sparat:' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Startsidan' }).click();
    await page.locator('.kp-start').waitFor();
    expect(await notices(page).count()).toBe(0);

    // A message on the start screen itself (a file that cannot be read) sits below its controls.
    await page.keyboard.press('Control+O');
    const dialog = page.locator('dialog.kp-modal');
    await dialog.locator('[data-kp-file="trasig.kpdraft"]').click();
    await dialog.locator('button[type="submit"]').click();
    await expect.poll(() => page.locator('.kp-notice-error').count()).toBe(1);
    const covered = await page.evaluate(() => {
      const notice = document.querySelector('.kp-notice')!.getBoundingClientRect();
      return [...document.querySelectorAll('.kp-start button, .kp-start input, .kp-start select, .kp-start label')].filter((el) => {
        // The part of the control in sight: inside the window and whatever scrolls it.
        const r = el.getBoundingClientRect();
        const clip = el.closest('.kp-screen-scroll')?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
        const b = { top: Math.max(r.top, clip.top, 0), bottom: Math.min(r.bottom, clip.bottom, window.innerHeight), left: r.left, right: r.right };
        return b.bottom > b.top && b.top < notice.bottom && notice.top < b.bottom && b.left < notice.right && notice.left < b.right;
      }).map((el) => el.textContent || el.getAttribute('name'));
    });
    expect(covered).toEqual([]);
    await screenshot(page, 'notice-on-start-screen');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a component switch says what it hid in a few lines below the form', async () => {
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'hel.kpdraft');
    // With the side panel open, as narrow as the text column gets.
    if (await page.locator('.kp-editor-screen.panel-closed').count()) await page.locator('.kp-toolbar [aria-pressed]').last().click();
    await page.locator('.kp-editor-screen.panel-open').waitFor();
    await page.locator('[data-kp-loc="field:component"]').selectOption('inception');
    const notice = notices(page).filter({ hasText: 'döljs och exporteras inte' });
    await expect.poll(() => notice.count()).toBe(1);
    await screenshot(page, 'notice-component-switch');
    const size = await notice.evaluate((el) => {
      const text = el.querySelector('span')!;
      const line = parseFloat(getComputedStyle(text).lineHeight);
      return { lines: Math.round(text.scrollHeight / line), height: el.getBoundingClientRect().height };
    });
    // All of it readable (nothing clamped away) in three lines, with Ångra beside it.
    expect(size.lines).toBeLessThanOrEqual(3);
    expect(size.height).toBeLessThan(700 * 0.2);
    expect(await notice.innerText()).toContain('till');
    expect(problems).toEqual([]);
    await context.close();
  });
});
