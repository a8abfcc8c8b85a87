import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../core/draft/annotation';
import { callApi, openApp, screenshot, useAppSession } from './support';
import { openFromPicker } from './helpers';
import { completeDraft, writeDraft } from './sample-draft';

const app = useAppSession();
/** A day in the spring window of the 2020 edition, so only the draft itself can block. */
const IN_WINDOW = new Date('2026-03-02T09:00:00');

/** The complete sample without its Letter of Intent, with an open comment on the summary and a formatted text in the challenge. */
function almostReady() {
  const d = completeDraft();
  d.annexes = d.annexes.map((a) => (a.kind === 'letter_of_intent' ? { ...a, state: 'missing' as const } : a.kind === 'signed_budget' ? { ...a, state: 'draft' as const } : a));
  const comment: Annotation = {
    id: 'c-summary', author: { name: 'Karin Holm', initials: 'KH' }, body: 'Nämn Skopje i första meningen.', createdAt: '2026-02-28T10:00:00.000Z',
    editedAt: null, anchor: { kind: 'section', sectionId: 'summary' }, resolved: false, replies: [],
  };
  d.annotations = [comment];
  d.sections.challenge = [
    { type: 'paragraph', children: [{ text: 'Valdeltagandet bland unga är lågt i\u00A0båda städerna, se ' }, { type: 'link', url: 'https://www.val.se', children: [{ text: 'Valmyndigheten' }] }, { text: '.' }] },
    { type: 'bulleted-list', children: [
      { type: 'list-item', children: [{ text: 'Ungdoms\u00ADråden saknar ' }, { text: 'mandat', bold: true }] },
      { type: 'list-item', children: [{ text: 'Dialoger når äldre' }] },
    ] },
  ];
  return d;
}

const dialog = (page: Page) => page.locator('dialog.kp-submit-dialog');
const blockers = (page: Page) => dialog(page).locator('[data-kp-submit-list="blocking"] > li');

async function openCheck(page: Page): Promise<void> {
  await page.keyboard.press('F9');
  await dialog(page).waitFor();
}

/** The element with the keyboard focus: its nearest data-kp-loc / data-kp-section, and whether it is on screen. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  const r = el?.getBoundingClientRect();
  return {
    loc: el?.closest('[data-kp-loc]')?.getAttribute('data-kp-loc') ?? null,
    section: el?.closest('[data-kp-section]')?.getAttribute('data-kp-section') ?? null,
    onScreen: !!r && r.bottom > 0 && r.top < window.innerHeight,
  };
});

describe('Klar att skicka in?', () => {
  it('lists the missing Letter of Intent and the open comment in the form\'s order; each jump lands on its field; dealing with both clears the list', async () => {
    await callApi(app.server, 'settings:set', { authorName: 'Anna Lind', authorInitials: 'AL', uiLanguage: 'sv' });
    writeDraft(app.server.draftsDir, 'nastan-klar.kpdraft', almostReady());
    const { page, problems } = await openApp(app.browser, app.server, { width: 1440, height: 900, now: IN_WINDOW });
    await openFromPicker(page, 'nastan-klar.kpdraft');

    await openCheck(page);
    expect(await dialog(page).locator('[data-kp-submit-ready]').innerText()).toBe('2 saker hindrar inlämning');
    expect(await blockers(page).allInnerTexts()).toEqual([
      expect.stringMatching(/^\s*Öppen kommentar\s*Karin Holm: Nämn Skopje i första meningen\.$/),
      expect.stringMatching(/^✖\s*Bilaga saknas\s*.*Letter of Intent/),
    ]);
    // The signed budget, which no rule checks, only deserves a look: no blocking cross.
    expect(await dialog(page).locator('[data-kp-submit-list="look"] > li').allInnerTexts()).toEqual([
      expect.stringMatching(/^⚠\s*Bilaga att se över\s*Bilagan ”Budget, undertecknad” är markerad som utkast, inte som klar\.$/),
    ]);
    await screenshot(page, 'submit-check-sv-1440');
    await page.setViewportSize({ width: 1024, height: 768 });
    await screenshot(page, 'submit-check-sv-1024');
    // In a window too low for the whole list the dialog still opens at its title, not scrolled to its Stäng.
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1024, height: 420 });
    await openCheck(page);
    expect(await dialog(page).evaluate((d) => ({ scrolls: d.scrollHeight > d.clientHeight, top: d.scrollTop }))).toEqual({ scrolls: true, top: 0 });
    await page.keyboard.press('Escape');
    // Back to a width where the side panel (and its comments) shows beside the document.
    await page.setViewportSize({ width: 1440, height: 900 });
    await openCheck(page);

    // The comment's row goes to the summary's text.
    await blockers(page).nth(0).locator('button').click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toEqual({ loc: 'section:summary', section: 'summary', onScreen: true });

    // The Letter of Intent's row goes to its annex; marking it signed there takes it off the list.
    await openCheck(page);
    await blockers(page).nth(1).locator('button').click();
    await dialog(page).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toEqual({ loc: 'field:annexes.letter_of_intent', section: 'general', onScreen: true });
    await page.locator(':focus').selectOption('signed');
    await openCheck(page);
    expect(await blockers(page).allInnerTexts()).toEqual([expect.stringContaining('Karin Holm')]);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });

    // Resolving the comment leaves nothing: the summary of key facts shows, ready to print.
    await page.getByRole('tab', { name: /Kommentarer/ }).click();
    await page.locator('[data-kp-thread="c-summary"]').getByRole('button', { name: 'Lös' }).click();
    await openCheck(page);
    expect(await dialog(page).locator('[data-kp-submit-ready]').innerText()).toBe('✓ Inget hindrar inlämning.');
    expect(await blockers(page).count()).toBe(0);
    const summary = dialog(page).locator('[data-kp-submit-summary]');
    expect(await summary.innerText()).toMatch(/Titel\s*Unga röster i Mombasa och Uppsala[\s\S]*Sökande\s*Uppsala kommun[\s\S]*Partner\s*Skopje stad[\s\S]*Komponent\s*Projekt[\s\S]*Period\s*2026-09-01 – 2028-08-31[\s\S]*Projektgrupp\s*8 personer[\s\S]*År 1\s*205\s000\skr[\s\S]*År 2\s*25\s000,50\skr[\s\S]*Totalt\s*230\s000,50\skr/);
    await expect.poll(() => dialog(page).getByRole('button', { name: 'Skriv ut sammanfattning' }).count()).toBe(1);
    await screenshot(page, 'submit-check-ready-sv-1440');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'submit-check-print');
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });

    // The English interface says the same in English.
    await page.locator('.kp-ui-language').selectOption('en');
    await openCheck(page);
    expect(await dialog(page).locator('[data-kp-submit-ready]').innerText()).toBe('✓ Nothing blocks submission.');
    expect(await dialog(page).locator('[data-kp-submit-summary]').innerText()).toMatch(/Project team\s*8 people/);
    await screenshot(page, 'submit-check-ready-en');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
  });

  it('"Kopiera för webbformuläret" puts the normalised text on the clipboard; the form view lists every field with its count', async () => {
    await callApi(app.server, 'settings:set', { uiLanguage: 'sv' });
    writeDraft(app.server.draftsDir, 'kopiera.kpdraft', almostReady());
    const { page, context, problems } = await openApp(app.browser, app.server, { width: 1280, height: 900, now: IN_WINDOW });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
    await openFromPicker(page, 'kopiera.kpdraft');
    const expected = 'Valdeltagandet bland unga är lågt i båda städerna, se Valmyndigheten (https://www.val.se).\n\n- Ungdomsråden saknar mandat\n- Dialoger når äldre';

    await page.locator('[data-kp-copy-section="challenge"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    await page.evaluate(() => navigator.clipboard.writeText(''));
    await openFormView(page);
    const field = page.locator('dialog.kp-form-view [data-kp-form-field="challenge"]');
    expect(await field.locator('.kp-form-text').innerText()).toBe(expected);
    expect(await field.locator('.kp-form-counts').innerText()).toMatch(/^\d+ ord · \d+ tecken med blanksteg · \d+ tecken utan blanksteg · \d+ om radbrytningar räknas som två tecken$/);
    expect(await page.locator('dialog.kp-form-view [data-kp-counting="unknown"]').count()).toBe(1);
    const order = await page.locator('dialog.kp-form-view [data-kp-form-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kp-form-field')));
    expect(order.slice(0, 7)).toEqual(['title', 'applicant', 'partners', 'component', 'period', 'submissionDate', 'summary']);
    await screenshot(page, 'form-view-sv');
    await field.getByRole('button', { name: /Kopiera/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(problems).toEqual([]);
  });
});

/** Opens the form view from "Klar att skicka in?" (browser mode has no native menu). */
async function openFormView(page: Page): Promise<void> {
  await openCheck(page);
  await dialog(page).getByRole('button', { name: 'Formulärvy' }).click();
  await page.locator('dialog.kp-form-view').waitFor();
}
