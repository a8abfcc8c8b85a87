import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useAppSession } from './support';
import { focusSectionEnd, openFromPicker, sectionEditor } from './helpers';
import { writeDraft } from './sample-draft';

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'counter.kpdraft'); } });

const counter = (page: Page) => page.locator('[data-kp-section="summary"] .kp-word-counter');
const liveRegion = (page: Page) => page.locator('[data-kp-word-limit-status="summary"]');
const words = async (page: Page) => Number(await counter(page).getAttribute('data-kp-words'));
/** Characters as the rules count them: code points of the text, spaces included (one paragraph here). */
const characters = (page: Page) => sectionEditor(page, 'summary').locator('[data-slate-string]')
  .evaluateAll((els) => els.reduce((n, el) => n + [...(el.textContent ?? '')].length, 0));

/** Appends `n` words at the end of the summary. */
async function addWords(page: Page, n: number): Promise<void> {
  await focusSectionEnd(page, 'summary');
  await page.keyboard.insertText(Array.from({ length: n }, () => ' arbetsinsatser').join(''));
}

describe('word counter', () => {
  it('counts words and characters, and announces only reaching 90 %, passing the limit and getting back under it', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'counter.kpdraft');
    // The first count comes with the first check, once the draft is on screen.
    await expect.poll(() => words(page)).toBeGreaterThan(10);
    const start = await words(page);
    expect(await counter(page).innerText()).toBe(`${start} / 200 ord · ${await characters(page)} tecken`);
    expect(await liveRegion(page).textContent()).toBe('');

    await addWords(page, 180 - start);
    await expect.poll(() => words(page)).toBe(180);
    await expect.poll(() => liveRegion(page).textContent()).toBe('Nära ordgränsen: 180 av 200 ord.');
    expect(await counter(page).getAttribute('class')).toContain('level-near');
    // Over a thousand characters: grouped the Swedish way.
    expect(await counter(page).innerText()).toMatch(/^180 \/ 200 ord · \d\u00a0\d{3} tecken$/);
    expect(await counter(page).innerText()).toBe(`180 / 200 ord · ${(await characters(page)).toLocaleString('sv-SE')} tecken`);
    // More words within the same band: the counter follows, the announcement stays as it was.
    await addWords(page, 5);
    await expect.poll(() => words(page)).toBe(185);
    expect(await liveRegion(page).textContent()).toBe('Nära ordgränsen: 180 av 200 ord.');
    // The visible counter is no live region of its own.
    expect(await counter(page).getAttribute('aria-live')).toBeNull();

    await addWords(page, 20);
    await expect.poll(() => liveRegion(page).textContent()).toBe('Över ordgränsen: 205 av 200 ord. Korta texten.');
    expect(await counter(page).getAttribute('class')).toContain('level-over');
    // The text past the limit is underlined with its finding's severity (a warning in this edition).
    const message = page.locator('[data-kp-section="summary"] .kp-field-message[data-kp-rule="DOC-01"]');
    await expect.poll(() => message.getAttribute('class')).toBe('kp-field-message severity-warning');
    await expect.poll(() => sectionEditor(page, 'summary').locator('.kp-mark-warning').count()).toBeGreaterThan(0);
    expect(await sectionEditor(page, 'summary').locator('.kp-mark-error').count()).toBe(0);

    // Deleting word by word back under the limit.
    for (let i = 0; i < 10; i++) await page.keyboard.press('Control+Backspace');
    await expect.poll(() => words(page)).toBe(195);
    // Said once, on getting back under: with the count of that moment, which depends on how fast
    // the keys came (the announcement waits for a pause in typing), so anything from 195 to 200.
    await expect.poll(() => liveRegion(page).textContent()).toMatch(/^Inom ordgränsen igen: (19[5-9]|200) av 200 ord\.$/);
    await expect.poll(() => sectionEditor(page, 'summary').locator('.kp-mark-warning').count()).toBe(0);

    // In English: "words · characters", grouped with a comma.
    await page.locator('.kp-ui-language').first().selectOption('en');
    await expect.poll(() => counter(page).innerText()).toMatch(/^195 \/ 200 words · \d,\d{3} characters$/);
    await page.locator('.kp-ui-language').first().selectOption('sv');
    await expect.poll(() => counter(page).innerText()).toMatch(/^195 \/ 200 ord/);
    expect(problems).toEqual([]);
  });
});
