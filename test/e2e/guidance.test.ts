import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApplicationTemplate, sectionsFor } from '../../core/template/schema';
import { parseSourceCatalogue } from '../../core/rules/sources';
import { applicationTemplates, sourceCatalogue } from '../../templates';
import { openApp, useAppSession } from './support';
import { createDraft } from './helpers';

// Its own session: switching the UI language is remembered in the settings.
const app = useAppSession();
const sections = sectionsFor(ApplicationTemplate.parse(applicationTemplates[0]), 'project');
const guidanceOf = (id: string) => sections.find((s) => s.id === id)!.guidance;
const catalogue = parseSourceCatalogue(sourceCatalogue);
const sourceTitle = (id: string, lang: 'sv' | 'en') => (catalogue.ok ? catalogue.value.sources.find((s) => s.id === id)![lang] : '');
/** The source lines under a section's guidance, as shown. */
const sourceLines = (page: Page, id: string) => page.locator(`[data-kp-section="${id}"] .kp-source-list li`).allInnerTexts();

/** A section's guidance as shown: the toggle's label and state, and the text the reader sees. */
function guidance(page: Page, id: string) {
  return page.locator(`[data-kp-section="${id}"] .kp-guidance`).evaluate((box) => {
    const toggle = box.querySelector<HTMLButtonElement>('.kp-guidance-toggle')!;
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    const visible = body !== null && body.getClientRects().length > 0;
    return { toggle: toggle.innerText.trim(), expanded: toggle.getAttribute('aria-expanded'), controlsSomething: body !== null, text: visible ? body.querySelector('p')!.innerText : null };
  });
}

describe('section guidance', () => {
  it('folds away with its button, whose aria-expanded says so, and follows the UI language', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    expect(await guidance(page, 'summary')).toEqual({ toggle: '▾ Vägledning', expanded: 'true', controlsSomething: true, text: guidanceOf('summary').sv });

    await page.locator('[data-kp-section="summary"] .kp-guidance-toggle').click();
    expect(await guidance(page, 'summary')).toEqual({ toggle: '▸ Vägledning', expanded: 'false', controlsSomething: true, text: null });
    // Only that section's guidance folded.
    expect(await guidance(page, 'challenge')).toMatchObject({ expanded: 'true', text: guidanceOf('challenge').sv });

    await page.locator('.kp-ui-language').selectOption('en');
    await expect.poll(() => guidance(page, 'challenge')).toEqual({ toggle: '▾ Guidance', expanded: 'true', controlsSomething: true, text: guidanceOf('challenge').en });
    expect(await guidance(page, 'summary')).toEqual({ toggle: '▸ Guidance', expanded: 'false', controlsSomething: true, text: null });
    await page.locator('[data-kp-section="summary"] .kp-guidance-toggle').press('Enter');
    expect(await guidance(page, 'summary')).toEqual({ toggle: '▾ Guidance', expanded: 'true', controlsSomething: true, text: guidanceOf('summary').en });
    expect(problems).toEqual([]);
  });

  it('names each source by its title in the UI language, with its id and site', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page);
    const ids = sections.find((s) => s.id === 'parties')!.sources;
    expect(ids.length).toBeGreaterThan(0);
    await page.locator('.kp-ui-language').selectOption('sv');
    await expect.poll(() => sourceLines(page, 'parties')).toEqual(ids.map((id) => expect.stringMatching(new RegExp(`^${id} ${sourceTitle(id, 'sv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · [a-z0-9.-]+$`))));
    await page.locator('.kp-ui-language').selectOption('en');
    await expect.poll(() => sourceLines(page, 'parties')).toEqual(ids.map((id) => expect.stringContaining(`${id} ${sourceTitle(id, 'en')}`)));
    expect(problems).toEqual([]);
  });
});
