import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_DIR, openApp, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { writeDraft } from './sample-draft';

// The main screen in light and dark, Swedish and English. Written to test-results/ on every run;
// KP_UPDATE_SCREENSHOTS=1 also refreshes the committed copies in docs/screenshots/.
const DOCS = join(__dirname, '..', '..', 'docs', 'screenshots');

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'unga-roster.kpdraft'); } });

describe('main screen screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['sv', 'en'] as const) {
      it(`${scheme} / ${lang}`, async () => {
        const { page, context, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('.kp-start').waitFor();
        await page.locator('.kp-ui-language').first().selectOption(lang);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
        const dirs = [RESULTS_DIR, ...(process.env.KP_UPDATE_SCREENSHOTS === '1' ? [DOCS] : [])];
        for (const d of dirs) mkdirSync(d, { recursive: true });
        for (const d of dirs) await page.screenshot({ path: join(d, `start-${scheme}-${lang}.png`) });
        await openFromPicker(page, 'unga-roster.kpdraft');
        // The sample has problems on purpose: the alias "Makedonien" and an incomplete team.
        await expect.poll(() => page.locator('.kp-problem').count()).toBeGreaterThan(3);
        // Show the partner card, where the alias finding sits beside its field with its quick fix.
        await page.evaluate(() => document.querySelector('[data-kp-section="parties"]')!.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(200);
        for (const d of dirs) await page.screenshot({ path: join(d, `main-${scheme}-${lang}.png`) });
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
