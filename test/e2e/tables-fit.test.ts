import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, openApp, useAppSession } from './support';
import { focusSectionEnd, openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';
import { kalixMasakaDraft } from './long-tables-draft';

// Budget and team with the long names and descriptions of a real Kalix–Masaka application, at the
// smallest supported window with the side panel open and at a common laptop size: nothing in the
// tables is cut off, and the status bar and toolbar stay on one line. The screenshots are written to
// test-results/ on every run; KP_UPDATE_SCREENSHOTS=1 also refreshes the copies in docs/screenshots/.
const DOCS = join(__dirname, '..', '..', 'docs', 'screenshots');

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'kalix-masaka.kpdraft', kalixMasakaDraft()); } });

/** Every text in the table that the browser had to cut or scroll: cells, fields, the faces of selects. */
function truncatedIn(page: Page, table: string): Promise<string[]> {
  return page.locator(table).evaluate((t) => {
    const cut: string[] = [];
    const name = (el: Element) => el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.trim() ?? el.tagName;
    for (const el of t.querySelectorAll<HTMLElement>('th, td, input:not([type="checkbox"]), textarea, .kp-select-face, label')) {
      if (el.offsetParent === null && !el.closest('.kp-sr-only')) continue;
      if (el.closest('.kp-sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1) cut.push(`${el.tagName} "${name(el)}" is ${el.scrollWidth}px wide in ${el.clientWidth}px`);
      if (el.tagName === 'TEXTAREA' && el.scrollHeight > el.clientHeight + 1) cut.push(`TEXTAREA "${name(el)}" scrolls ${el.scrollHeight}px in ${el.clientHeight}px`);
    }
    // A select's own one-line text is hidden; its face must say all of the chosen option.
    for (const s of t.querySelectorAll('select')) {
      const face = s.parentElement?.querySelector('.kp-select-face');
      const chosen = s.options[s.selectedIndex]?.text ?? '';
      if (!face || face.textContent !== chosen) cut.push(`SELECT "${s.getAttribute('aria-label')}" shows "${face?.textContent ?? '(its own one-line text)'}" for "${chosen}"`);
    }
    return cut;
  });
}

/** Items of a flex bar that sit on a later line than the first one. */
function wrappedItems(page: Page, bar: string): Promise<string[]> {
  return page.locator(bar).evaluate((b) => {
    const items = [...b.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.offsetHeight > 0);
    const lineBottom = Math.min(...items.map((c) => c.offsetTop + c.offsetHeight));
    return items.filter((c) => c.offsetTop >= lineBottom).map((c) => c.innerText || c.getAttribute('aria-label') || c.className);
  });
}

const LONG_TITLE = 'Unga röster i Kalix och Masaka: ungdomsråd, digitala medborgardialoger och utbildning av tjänstepersoner för ett mer delaktigt lokalt demokratiarbete';

const SIZES = [{ width: 1024, height: 700 }, { width: 1440, height: 900 }] as const;

describe('budget and team tables that fit', () => {
  for (const size of SIZES) {
    for (const lang of ['sv', 'en'] as const) {
      it(`show the header fields and every description, party and role in full at ${size.width} × ${size.height} with the panel open (${lang}), status bar and toolbar on one line`, async () => {
        const { page, context, problems } = await openApp(app.browser, app.server, size);
        await page.locator('.kp-start').waitFor();
        await page.locator('.kp-ui-language').first().selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await openFromPicker(page, 'kalix-masaka.kpdraft');
        if (await page.locator('.kp-editor-screen.panel-closed').count()) await page.locator('.kp-toolbar [aria-pressed]').last().click();
        await page.locator('.kp-sidepanel').waitFor();
        await expect.poll(() => page.locator('.kp-problem').count()).toBeGreaterThan(3);

        // Unsaved work secured: the status bar's longest save text, beside the edition, language and counts.
        await focusSectionEnd(page, 'challenge');
        await page.keyboard.type('Kalix och Masaka delar utmaningen.');
        // (Its name says it in full; the bar itself may have room for the short form only.)
        await expect.poll(() => page.locator('.kp-status-versions').getAttribute('aria-label'), { timeout: 20_000 }).toMatch(/säkrade|secured/);

        const dirs = [RESULTS_DIR, ...(process.env.KP_UPDATE_SCREENSHOTS === '1' ? [DOCS] : [])];
        for (const d of dirs) mkdirSync(d, { recursive: true });
        for (const [section, table] of [['budget', '.kp-budget-table'], ['team', '.kp-team-table']] as const) {
          await page.evaluate((s) => document.querySelector(`[data-kp-section="${s}"]`)!.scrollIntoView({ block: 'start' }), section);
          await page.locator(table).waitFor();
          expect(await truncatedIn(page, table)).toEqual([]);
          for (const d of dirs) await page.screenshot({ path: join(d, `${section}-${size.width}-${lang}.png`) });
        }
        const faces = await page.locator('.kp-select-face').allInnerTexts();
        expect(faces.map((f) => f.replace(/\s+/g, ' '))).toEqual(expect.arrayContaining(['Kalix kommun', 'Masaka District Local Government']));

        // The header: a long title wraps in its field and the edition's full name shows on the select's face.
        await page.locator('[data-kp-loc="field:editionId"]').selectOption('icld-kp-2020');
        await page.locator('.kp-title-input').fill(LONG_TITLE);
        await page.evaluate(() => document.querySelector('.kp-header-card')!.scrollIntoView({ block: 'start' }));
        expect(await truncatedIn(page, '.kp-header-card')).toEqual([]);
        await expect.poll(() => page.locator('.kp-header-card .kp-select-face').allInnerTexts()).toContainEqual(expect.stringMatching(/^ICLD 2020 \(.{20,}\)$/));
        for (const d of dirs) await page.screenshot({ path: join(d, `header-${size.width}-${lang}.png`) });
        expect(await wrappedItems(page, '.kp-statusbar')).toEqual([]);
        expect(await wrappedItems(page, '.kp-toolbar')).toEqual([]);
        // What a one-line status bar keeps however short of room: whether it is saved, and the problems.
        await expect.poll(() => page.locator('.kp-statusbar [data-kp-save-state]').count()).toBe(1);
        await expect.poll(() => page.locator('.kp-statusbar .kp-counts').count()).toBe(1);
        // However short, the document language is a word of the interface, never a code such as "sv-SE".
        expect(await page.locator('.kp-statusbar').innerText()).not.toMatch(/\b(sv-SE|en-GB)\b/);
        const bar = await page.locator('.kp-statusbar').evaluate((b) => {
          const cs = getComputedStyle(b);
          const tallest = Math.max(...[...b.children].map((c) => (c as HTMLElement).offsetHeight));
          return { inner: b.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom), tallest };
        });
        expect(bar.inner).toBeLessThanOrEqual(bar.tallest + 1);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
