import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../core/draft/schema';
import type { Annotation } from '../../core/draft/annotation';
import { itemAnchor } from '../../core/review/field-anchor';
import { projectText } from '../../core/review/plain-text';
import { currentText, textAnchorAt, type TextAnchor } from '../../core/review/text-anchor';
import { launchChromium, openApp, screenshot, startAppServer, type AppServer } from './support';
import { openFromPicker, sectionEditor, selectWords } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

// Two people, two machines: the reviewer's and the author's app each keep their own settings and
// remembered roles, and share the folder the draft travels through.
let reviewerApp: AppServer;
let authorApp: AppServer;
let shared: string;
let browser: Browser;
beforeAll(async () => {
  reviewerApp = await startAppServer();
  shared = reviewerApp.draftsDir;
  authorApp = await startAppServer({ env: { KP_DRAFTS_DIR: shared } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await authorApp?.dispose();
  await reviewerApp?.dispose();
});

const PHRASE = 'svårt att nå unga väljare';
const savedDraft = (name: string): Draft => JSON.parse(readFileSync(join(shared, name), 'utf8')).draft;

async function saveWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
}

async function giveName(page: Page, name: string, initials: string): Promise<void> {
  const dialog = page.locator('dialog.kp-author-dialog');
  await dialog.locator('input[name="authorName"]').fill(name);
  await dialog.locator('input[name="authorInitials"]').fill(initials);
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('review round trip', () => {
  it('a reviewer comments without changing the text; the author sees the comment on the right words, replies and resolves', async () => {
    const original = sampleDraft();
    const originalBytes = readFileSync(writeDraft(shared, 'ansokan.kpdraft', original), 'utf8');

    // The reviewer opens the draft for review.
    const reviewer = await openApp(browser, reviewerApp);
    const r = reviewer.page;
    await r.getByRole('button', { name: 'Öppna för granskning…' }).click();
    const picker = r.locator('dialog.kp-modal');
    await picker.locator('[data-kp-file="ansokan.kpdraft"]').click();
    await picker.locator('button[type="submit"]').click();
    await r.locator('html[data-kp-editor-ready="true"]').waitFor();
    await expect.poll(() => r.locator('[data-kp-review-banner]').innerText()).toContain('Granskningsläge — du kan kommentera men inte ändra texten');
    expect(await r.locator('.kp-role-badge').innerText()).toBe('Granskare');

    // Typing into the text, pasting and formatting change nothing; the fields are read-only.
    const challenge = sectionEditor(r, 'challenge');
    const before = await challenge.innerText();
    await challenge.click();
    await r.keyboard.press('Control+End');
    await r.keyboard.type('XYZ');
    await r.keyboard.press('Enter');
    await r.keyboard.press('Backspace');
    await r.keyboard.press('Control+B');
    await r.keyboard.press('Tab');
    expect(await challenge.innerText()).toBe(before);
    expect(await challenge.getAttribute('contenteditable')).toBe('false');
    const title = r.locator('.kp-title-input');
    await title.click();
    await r.keyboard.type(' ändrad');
    expect(await title.inputValue()).toBe(original.title);
    expect(await title.getAttribute('readonly')).not.toBeNull();
    expect(await r.locator('[data-kp-section="budget"] select').first().isDisabled()).toBe(true);
    expect(await r.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');

    // Select words, "Kommentera", name asked once, write, save.
    await selectWords(r, 'challenge', PHRASE);
    await r.locator('.kp-selection-comment').click();
    await giveName(r, 'Greta Granskare', 'GG');
    const composer = r.locator('.kp-composer');
    await expect.poll(() => composer.locator('.kp-thread-quote').innerText()).toBe(PHRASE);
    await composer.locator('textarea').fill('Ange källa för valdeltagandet.');
    await composer.getByRole('button', { name: 'Kommentera' }).click();
    await expect.poll(() => r.locator('.kp-thread').count()).toBe(1);
    expect(await challenge.locator('mark.kp-comment').innerText()).toBe(PHRASE);
    await expect.poll(() => r.locator('[data-kp-open-comments]').innerText()).toContain('1 öppen kommentar');
    await screenshot(r, 'review-reviewer-commented');
    await saveWithKeyboard(r);

    // The reviewer's save is a copy of its own; the author's file is as it was.
    expect(readFileSync(join(shared, 'ansokan.kpdraft'), 'utf8')).toBe(originalBytes);
    const copy = `${original.title} – granskning Greta Granskare.kpdraft`;
    const afterReview = savedDraft(copy);
    expect(afterReview.sections).toEqual(original.sections);
    expect(afterReview.title).toBe(original.title);
    expect(afterReview.annotations).toHaveLength(1);
    const [comment] = afterReview.annotations;
    expect(comment).toMatchObject({ author: { name: 'Greta Granskare', initials: 'GG' }, body: 'Ange källa för valdeltagandet.', resolved: false });
    expect(comment!.anchor).toMatchObject({ kind: 'text', sectionId: 'challenge', quote: { exact: PHRASE } });
    expect(currentText(afterReview.sections.challenge!, comment!.anchor as TextAnchor)).toBe(PHRASE);
    expect(reviewer.problems).toEqual([]);

    // The reviewer's app remembers the role for the copy: opened again from the recent list, it is review mode again.
    const again = await openApp(browser, reviewerApp);
    await again.page.locator('.kp-recent-item').filter({ hasText: copy }).click();
    await again.page.locator('html[data-kp-editor-ready="true"]').waitFor();
    expect(await again.page.locator('.kp-role-badge').innerText()).toBe('Granskare');
    expect(await again.page.locator('[data-kp-review-banner]').count()).toBe(1);
    await again.context.close();

    // The author opens the original on their own machine, editable, and takes in the reviewer's
    // copy: the comment sits on the same words.
    const author = await openApp(browser, authorApp);
    const a = author.page;
    await openFromPicker(a, 'ansokan.kpdraft');
    expect(await a.locator('.kp-role-badge').innerText()).toBe('Författare');
    expect(await a.locator('[data-kp-review-banner]').count()).toBe(0);
    await a.getByRole('tab', { name: /Kommentarer/ }).click();
    await a.getByRole('button', { name: 'Importera kommentarer från granskares kopior…' }).click();
    const importDialog = a.locator('dialog.kp-import-dialog');
    await importDialog.locator(`[data-kp-file="${copy}"] input`).check();
    await importDialog.getByRole('button', { name: 'Importera från 1 fil' }).click();
    await expect.poll(() => a.locator('[data-kp-open-comments]').innerText()).toContain('1 öppen kommentar');
    const text = sectionEditor(a, 'challenge');
    expect(await text.locator('mark.kp-comment').innerText()).toBe(PHRASE);

    // Writing before the comment moves it along with its words.
    await text.click();
    await a.keyboard.press('Control+Home');
    await a.keyboard.type('Redan i dag: ');
    await expect.poll(() => text.locator('mark.kp-comment').innerText()).toBe(PHRASE);

    // Reply and resolve from the comments panel.
    await a.getByRole('tab', { name: /Kommentarer/ }).click();
    const thread = a.locator('.kp-thread');
    expect(await thread.locator('.kp-thread-quote').innerText()).toBe(PHRASE);
    expect(await thread.locator('.kp-message-body').first().innerText()).toBe('Ange källa för valdeltagandet.');
    await thread.getByRole('button', { name: 'Svara' }).click();
    await giveName(a, 'Anna Lind', 'AL');
    await thread.locator('textarea').fill('Källa: Valmyndigheten 2022. Tillagd.');
    await thread.getByRole('button', { name: 'Skicka' }).click();
    await expect.poll(() => thread.locator('.kp-reply .kp-message-body').innerText()).toBe('Källa: Valmyndigheten 2022. Tillagd.');
    await screenshot(a, 'review-author-replied');
    await thread.getByRole('button', { name: 'Lös' }).click();
    await expect.poll(() => a.locator('.kp-review-counts').getAttribute('data-kp-resolved')).toBe('1');
    await a.locator('.kp-filter-status').selectOption('all');
    await expect.poll(() => a.locator('.kp-thread.resolved .kp-resolved-note').innerText()).toContain('Löst av Anna Lind');
    await saveWithKeyboard(a);
    await screenshot(a, 'review-author-resolved');

    const afterAuthor = savedDraft('ansokan.kpdraft');
    expect(afterAuthor.annotations).toHaveLength(1);
    const [resolved] = afterAuthor.annotations;
    expect(resolved).toMatchObject({ id: comment!.id, resolved: true, statusChangedBy: { name: 'Anna Lind' } });
    expect(resolved!.replies).toMatchObject([{ author: { name: 'Anna Lind', initials: 'AL' }, body: 'Källa: Valmyndigheten 2022. Tillagd.' }]);
    expect(currentText(afterAuthor.sections.challenge!, resolved!.anchor as TextAnchor)).toBe(PHRASE);
    expect(JSON.stringify(afterAuthor.sections.challenge)).toContain('Redan i dag: Båda kommunerna');
    expect(author.problems).toEqual([]);
  });
});

/** A comment as a reviewer's copy holds it. */
function comment(id: string, name: string, initials: string, anchor: Annotation['anchor'], body: string, at: string): Annotation {
  return { id, author: { name, initials }, body, createdAt: at, editedAt: null, anchor, resolved: false, replies: [] };
}

function quoteAnchor(draft: Draft, sectionId: string, phrase: string): TextAnchor {
  const p = projectText(draft.sections[sectionId]!);
  const start = p.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in ${sectionId}`);
  return textAnchorAt(p, sectionId, start, start + phrase.length);
}

describe('comments from reviewers\' copies, on fields and rows', () => {
  let app: AppServer;
  beforeAll(async () => {
    app = await startAppServer();
  });
  afterAll(async () => {
    await app?.dispose();
  });

  it('imports two copies (new, overlapping and orphaned comments), lists them in order, and comments on a row and a section', async () => {
    const draft = sampleDraft();
    writeDraft(app.draftsDir, 'plan.kpdraft', draft);
    const lenaText = comment('le-1', 'Lena Ek', 'LE', quoteAnchor(draft, 'challenge', 'Valdeltagandet bland 18–24-åringar är lågt'), 'Siffra?', '2026-03-03T10:00:00Z');
    const lenaBudget = comment('le-2', 'Lena Ek', 'LE', itemAnchor('budget', 'b1'), 'Är resan nödvändig?', '2026-03-03T10:05:00Z');
    const orphanAnchor = { ...quoteAnchor(draft, 'summary', 'Uppsala kommun'), quote: { exact: 'en mening som strukits', prefix: 'Här stod ', suffix: ' innan.' } };
    const omarOrphan = comment('om-1', 'Omar Said', 'OS', orphanAnchor, 'Varför struken?', '2026-03-04T08:00:00Z');
    const omarReply = { id: 'om-r1', author: { name: 'Omar Said', initials: 'OS' }, body: 'Håller med Lena.', createdAt: '2026-03-04T08:10:00Z', editedAt: null };
    writeDraft(app.draftsDir, 'plan-lena.kpdraft', { ...draft, annotations: [lenaText, lenaBudget] });
    writeDraft(app.draftsDir, 'plan-omar.kpdraft', { ...draft, annotations: [{ ...lenaText, replies: [omarReply] }, omarOrphan] });

    const { page, problems } = await openApp(browser, app);
    await openFromPicker(page, 'plan.kpdraft');
    await page.getByRole('tab', { name: /Kommentarer/ }).click();
    await page.getByRole('button', { name: 'Importera kommentarer från granskares kopior…' }).click();
    const dialog = page.locator('dialog.kp-import-dialog');
    expect(await dialog.locator('[data-kp-file="plan.kpdraft"] input').isDisabled()).toBe(true); // the draft itself
    await dialog.locator('[data-kp-file="plan-lena.kpdraft"] input').check();
    await dialog.locator('[data-kp-file="plan-omar.kpdraft"] input').check();
    await dialog.getByRole('button', { name: 'Importera från 2 filer' }).click();
    await expect.poll(() => page.locator('.kp-notice span').last().innerText())
      .toBe('Kommentarer importerade: 3 nya, 0 fanns redan, 1 utan plats i texten. 1 nytt svar.');

    // Document order: the budget row comes after the challenge text; the orphan is listed last with its quote.
    const threads = page.locator('.kp-threads .kp-thread');
    await expect.poll(() => threads.count()).toBe(2);
    expect(await threads.nth(0).getAttribute('data-kp-thread')).toBe('le-1');
    expect(await threads.nth(1).locator('.kp-thread-where').innerText()).toBe('Budgetrad 1 – Studieresa till Skopje');
    expect(await threads.nth(0).locator('.kp-reply .kp-message-body').innerText()).toBe('Håller med Lena.');
    const orphan = page.locator('.kp-orphans .kp-thread');
    expect(await orphan.locator('.kp-thread-quote').innerText()).toBe('en mening som strukits');
    expect(await orphan.locator('.kp-orphan-reason').innerText()).toBe('texten hittades inte');
    await page.getByRole('button', { name: 'Sök deras plats i texten igen' }).click();
    await expect.poll(() => page.locator('.kp-notice span').last().innerText()).toBe('Texten de gällde finns fortfarande inte i utkastet.');
    expect(await sectionEditor(page, 'challenge').locator('mark.kp-comment').innerText()).toBe('Valdeltagandet bland 18–24-åringar är lågt');
    const row = page.locator('[data-kp-loc="budget:b1"]');
    expect(await row.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');

    // Next/previous walk the list; the selected row is marked more strongly.
    await page.getByRole('button', { name: 'Nästa kommentar' }).click();
    await expect.poll(() => page.locator('.kp-thread.active').getAttribute('data-kp-thread')).toBe('le-1');
    await page.getByRole('button', { name: 'Nästa kommentar' }).click();
    await expect.poll(() => page.locator('.kp-thread.active').getAttribute('data-kp-thread')).toBe('le-2');
    await expect.poll(() => row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('button', { name: 'Föregående kommentar' }).click();
    await expect.poll(() => page.locator('.kp-thread.active').getAttribute('data-kp-thread')).toBe('le-1');

    // The same copies again add nothing.
    await page.getByRole('button', { name: 'Importera kommentarer från granskares kopior…' }).click();
    await dialog.locator('[data-kp-file="plan-omar.kpdraft"] input').check();
    await dialog.getByRole('button', { name: 'Importera från 1 fil' }).click();
    await expect.poll(() => page.locator('.kp-notice span').last().innerText()).toBe('Kopiorna innehöll inga nya kommentarer, svar eller ändringsförslag.');

    // A comment on a team member: click the row, "Ny kommentar".
    await page.locator('[data-kp-loc="team:t2"] input').first().click();
    await page.getByRole('button', { name: 'Ny kommentar' }).click();
    await giveName(page, 'Anna Lind', 'AL');
    const composer = page.locator('.kp-composer');
    expect(await composer.locator('.kp-thread-where').innerText()).toBe('Kommentera: Projektgruppen: Erik Berg');
    await composer.locator('textarea').fill('Ska Erik vara med i styrgruppen?');
    await composer.locator('textarea').press('Control+Enter');
    // And on a whole section: caret in its text, Ctrl+Alt+M.
    await sectionEditor(page, 'summary').click();
    await page.keyboard.press('Control+Alt+M');
    expect(await composer.locator('.kp-thread-where').innerText()).toBe('Kommentera: Hela avsnittet Sammanfattning');
    await composer.locator('textarea').fill('Bra sammanfattning.');
    await composer.getByRole('button', { name: 'Kommentera' }).click();
    await expect.poll(() => page.locator('.kp-review-counts').getAttribute('data-kp-open')).toBe('5');
    await screenshot(page, 'review-imported');

    // One's own comments can be edited and deleted; others' cannot.
    const lena = page.locator('[data-kp-thread="le-1"]');
    expect(await lena.getByRole('button', { name: 'Redigera' }).count()).toBe(0);
    expect(await lena.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    const teamId = await page.locator('.kp-thread').filter({ hasText: 'Ska Erik vara med i styrgruppen?' }).getAttribute('data-kp-thread');
    const team = page.locator(`[data-kp-thread="${teamId}"]`);
    await team.getByRole('button', { name: 'Redigera' }).click();
    await team.locator('textarea').fill('Ska Erik sitta i styrgruppen?');
    await team.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => team.locator('.kp-message-head').innerText()).toContain('(redigerad)');
    page.once('dialog', (d) => void d.accept());
    const section = page.locator('.kp-thread').filter({ hasText: 'Bra sammanfattning.' });
    await section.getByRole('button', { name: 'Ta bort' }).click();
    await expect.poll(() => page.locator('.kp-review-counts').getAttribute('data-kp-open')).toBe('4');

    // Filter by person: Omar started one thread and replied to Lena's.
    await page.locator('.kp-filter-author').selectOption({ label: 'Omar Said' });
    await expect.poll(async () => (await page.locator('.kp-thread').evaluateAll((els) => els.map((e) => e.getAttribute('data-kp-thread'))))).toEqual(['le-1', 'om-1']);
    await page.locator('.kp-filter-author').selectOption({ label: 'Alla personer' });

    await saveWithKeyboard(page);
    const saved = JSON.parse(readFileSync(join(app.draftsDir, 'plan.kpdraft'), 'utf8')).draft as Draft;
    expect(saved.annotations.map((x) => x.anchor.kind === 'field' ? x.anchor.field : x.anchor.kind === 'section' ? `section:${x.anchor.sectionId}` : `text:${x.anchor.quote.exact}`)).toEqual([
      'text:Valdeltagandet bland 18–24-åringar är lågt', 'budget:b1', 'text:en mening som strukits', 'team:t2',
    ]);
    expect(saved.annotations[3]).toMatchObject({ body: 'Ska Erik sitta i styrgruppen?', editedAt: expect.any(String) });
    expect(saved.annotations[2]!.anchor).toMatchObject({ detached: true });
    expect(saved.sections).toEqual(draft.sections);
    expect(problems).toEqual([]);
  });
});
