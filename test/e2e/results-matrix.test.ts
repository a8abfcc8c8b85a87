import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, openApp, useAppSession } from './support';
import { openFromPicker, readSavedDraft, save } from './helpers';
import { writeDraft } from './sample-draft';
import { kalixMasakaFramework, kalixMasakaNoFramework } from './results-draft';
import { matrixFocus as focused, matrixRows as rows, tab, typeIndicator } from './results-keys';

// The results matrix built from the keyboard in the real renderer, and its screenshots at the
// smallest supported window with the side panel open and at a common laptop size.
const DOCS = join(__dirname, '..', '..', 'docs', 'screenshots');

let emptyPath = '';
const app = useAppSession({ prepare: (server) => {
  emptyPath = writeDraft(server.draftsDir, 'results-empty.kpdraft', kalixMasakaNoFramework());
  writeDraft(server.draftsDir, 'results-full.kpdraft', kalixMasakaFramework());
} });

describe('results matrix', () => {
  it('builds an objective, two results and an indicator each from the keyboard; reorders and removes a result with the numbers following', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'results-empty.kpdraft');
    const overall = page.locator('[data-kp-fw-item="overall"][data-kp-fw-col="text"]');
    await overall.scrollIntoViewIfNeeded();
    await overall.focus();
    await page.keyboard.type('Masaka är en renare stad');
    // Ctrl+Enter in the overall objective adds the first project objective.
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => focused(page)).toMatch(/^o-.*:text$/);
    await page.keyboard.type('Fungerande källsortering i två stadsdelar');
    // Assumptions, note, the objective's "add indicator", then "add result".
    await tab(page, 4);
    await expect.poll(() => focused(page)).toMatch(/^results:o-/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hushåll sorterar sitt avfall');
    await tab(page, 3);
    await page.keyboard.press('Enter');
    await typeIndicator(page, ['Andel hushåll som sorterar', '%', '5', '2025', '40', '2028-06-30', 'Enkät till hushållen', 'Miljöenheten']);
    // Past the result's "add indicator" to "add result".
    await tab(page, 2);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Marknadsrådet samlar in organiskt avfall');
    await tab(page, 3);
    await page.keyboard.press('Enter');
    await typeIndicator(page, ['Marknader med egen insamling', 'antal', '0', '2025', '3', '2028-03-31', 'Marknadsrådets protokoll', 'Marknadsrådet']);
    await expect.poll(() => rows(page)).toEqual(['Masaka är en renare stad', '1 Fungerande källsortering i två stadsdelar',
      '1.1 Hushåll sorterar sitt avfall', '1.1 a Andel hushåll som sorterar', '1.2 Marknadsrådet samlar in organiskt avfall', '1.2 a Marknader med egen insamling']);

    // Alt+Shift+↓ moves the first result below the second; its indicator goes along and the keyboard stays on it.
    const first = page.locator('.kp-fw-result-block > .kp-fw-row [data-kp-fw-col="text"]').first();
    const firstId = await first.getAttribute('data-kp-fw-item');
    await first.focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => rows(page)).toEqual(['Masaka är en renare stad', '1 Fungerande källsortering i två stadsdelar',
      '1.1 Marknadsrådet samlar in organiskt avfall', '1.1 a Marknader med egen insamling', '1.2 Hushåll sorterar sitt avfall', '1.2 a Andel hushåll som sorterar']);
    await expect.poll(() => focused(page)).toBe(`${firstId}:text`);

    // Ctrl+Delete removes it (and says how to get it back); Ctrl+Z brings it back where it was.
    await page.keyboard.press('Control+Delete');
    await expect.poll(() => rows(page)).toEqual(['Masaka är en renare stad', '1 Fungerande källsortering i två stadsdelar',
      '1.1 Marknadsrådet samlar in organiskt avfall', '1.1 a Marknader med egen insamling']);
    await expect.poll(() => page.locator('.kp-notice').last().innerText()).toMatch(/Resultatet ”Hushåll sorterar sitt avfall” togs bort/);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => rows(page)).toEqual(['Masaka är en renare stad', '1 Fungerande källsortering i två stadsdelar',
      '1.1 Marknadsrådet samlar in organiskt avfall', '1.1 a Marknader med egen insamling', '1.2 Hushåll sorterar sitt avfall', '1.2 a Andel hushåll som sorterar']);

    // What was typed is in the file.
    await save(page);
    const saved = readSavedDraft(emptyPath) as unknown as { framework: { projectObjectives: Array<{ results: Array<{ text: string; indicators: Array<Record<string, unknown>> }> }> } };
    const results = saved.framework.projectObjectives[0]!.results;
    expect(results.map((r) => r.text)).toEqual(['Marknadsrådet samlar in organiskt avfall', 'Hushåll sorterar sitt avfall']);
    expect(results[1]!.indicators[0]).toMatchObject({ text: 'Andel hushåll som sorterar', unit: '%', baseline: { value: '5', year: 2025 },
      target: { value: '40', date: '2028-06-30' }, verification: 'Enkät till hushållen', collectedBy: 'Miljöenheten' });
    expect(problems).toEqual([]);
  });

  it('F8 reaches a result’s missing indicator and shows the finding beside its add button', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'results-empty.kpdraft');
    const overall = page.locator('[data-kp-fw-item="overall"][data-kp-fw-col="text"]');
    await overall.focus();
    await page.keyboard.type('Renare stad');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Källsortering');
    await tab(page, 4);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Hushåll sorterar');
    const message = page.locator('[id^="msg-framework:r-"][id$=":indicators"] [data-kp-rule="LF-05"]');
    await message.waitFor();
    for (let k = 0; k < 40 && !(await focused(page)).startsWith('indicators:r-'); k++) await page.keyboard.press('F8');
    expect(await focused(page)).toMatch(/^indicators:r-/);
    expect(problems).toEqual([]);
  });

  it('drags a result by its number above another, and Ctrl+Z puts it back', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'results-full.kpdraft');
    const numberOf = (id: string) => page.locator(`[data-kp-fw-number="${id}"]`).textContent();
    await page.locator('[data-kp-fw-row="r1"]').scrollIntoViewIfNeeded();
    await expect.poll(() => numberOf('r1')).toBe('1.1');
    // Both results on screen: the first at the top.
    await page.evaluate(() => document.querySelector('[data-kp-fw-row="r1"]')!.scrollIntoView({ block: 'start' }));
    const from = (await page.locator('[data-kp-fw-number="r2"]').boundingBox())!;
    const to = (await page.locator('[data-kp-fw-row="r1"] [data-kp-fw-col="text"]').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => numberOf('r2')).toBe('1.1');
    await expect.poll(() => numberOf('r1')).toBe('1.2');
    await expect.poll(() => numberOf('i4')).toBe('1.1 a');
    // Dropped on a text field, the drag moves the result and types nothing into the field.
    expect(await page.locator('[data-kp-fw-item="r1"][data-kp-fw-col="text"]').inputValue()).toBe('Hushåll i Nyendo sorterar sitt avfall i tre fraktioner');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => numberOf('r1')).toBe('1.1');
    expect(problems).toEqual([]);
  });

  for (const size of [{ width: 1024, height: 700 }, { width: 1440, height: 900 }] as const) {
    for (const lang of ['sv', 'en'] as const) {
      it(`screenshot of the matrix at ${size.width} × ${size.height} with the panel open (${lang})`, async () => {
        const { page, context, problems } = await openApp(app.browser, app.server, size);
        await page.locator('.kp-start').waitFor();
        await page.locator('.kp-ui-language').first().selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        await openFromPicker(page, 'results-full.kpdraft');
        if (await page.locator('.kp-editor-screen.panel-closed').count()) await page.locator('.kp-toolbar [aria-pressed]').last().click();
        await page.locator('.kp-sidepanel').waitFor();
        const dirs = [RESULTS_DIR, ...(process.env.KP_UPDATE_SCREENSHOTS === '1' ? [DOCS] : [])];
        for (const d of dirs) mkdirSync(d, { recursive: true });
        await page.locator('.kp-results').waitFor();
        // From the first project objective down: its indicator, then its results with theirs.
        await page.evaluate(() => document.querySelector('.kp-fw-objective-block')!.scrollIntoView({ block: 'start' }));
        for (const d of dirs) await page.screenshot({ path: join(d, `results-${size.width}-${lang}.png`) });
        // Nothing in the card is cut off: no field reaches past the card's right edge.
        const overflow = await page.locator('.kp-results').evaluate((card) => {
          const right = card.getBoundingClientRect().right;
          return [...card.querySelectorAll('input, textarea, button')].filter((el) => el.getBoundingClientRect().right > right + 1).length;
        });
        expect(overflow).toBe(0);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
