import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ApplicationTemplate, sectionsFor } from '../../core/template/schema';
import { applicationTemplates } from '../../templates';
import { openApp, screenshot, useAppSession } from './support';
import { focusSectionEnd, openFromPicker } from './helpers';
import { completeDraft, writeDraft } from './sample-draft';

const app = useAppSession({
  prepare: (server) => {
    writeDraft(server.draftsDir, 'sample.kpdraft');
    writeDraft(server.draftsDir, 'complete.kpdraft', completeDraft());
  },
});
const sections = sectionsFor(ApplicationTemplate.parse(applicationTemplates[0]), 'project');
const icons = { error: '✖', warning: '⚠', info: 'ℹ' };
const severityNames = { error: 'Fel', warning: 'Varning', info: 'Information' };

async function openDraft(name: string) {
  const session = await openApp(app.browser, app.server, { width: 1280, height: 800 });
  await session.page.locator('.kp-start').waitFor();
  await openFromPicker(session.page, name);
  await expect.poll(() => session.page.locator('.kp-problem').count()).toBeGreaterThan(0);
  return session;
}

/** The problems panel's groups: section, heading, the count it shows, and each finding's severity and icon. */
function panelGroups(page: Page) {
  return page.locator('.kp-problem-group').evaluateAll((groups) => groups.map((g) => ({
    id: g.getAttribute('data-kp-group'),
    title: g.querySelector('h3')!.firstChild!.textContent!.trim(),
    shownCount: g.querySelector('h3 .kp-count')!.textContent,
    items: [...g.querySelectorAll('.kp-problem')].map((li) => ({
      severity: /severity-(\w+)/.exec(li.className)![1] as 'error' | 'warning' | 'info',
      icon: li.querySelector('.kp-sev')!.textContent,
      label: li.querySelector('.kp-sev')!.getAttribute('aria-label'),
    })),
  })));
}

/** Errors/warnings/notes as the panel lists them and as the toolbar, the status bar and the Problems tab say. */
async function counts(page: Page) {
  const panel = await page.locator('.kp-problem').evaluateAll((els) =>
    ['error', 'warning', 'info'].map((s) => els.filter((e) => e.classList.contains(`severity-${s}`)).length).join('/'));
  const toolbar = page.locator('.kp-toolbar .kp-counts');
  const status = page.locator('.kp-statusbar .kp-counts');
  return {
    panel,
    toolbar: await toolbar.getAttribute('data-kp-counts'),
    status: await status.getAttribute('data-kp-counts'),
    toolbarText: await toolbar.innerText(),
    statusText: await status.innerText(),
    tab: await page.getByRole('tab', { name: /^Problem/ }).innerText(),
  };
}

/** Where the toolbar's buttons other than the counts are, by label. */
const toolbarButtonsAt = (page: Page) => page.locator('.kp-toolbar > button:not(.kp-counts)').evaluateAll((els) =>
  els.map((el) => `${el.getAttribute('aria-label') ?? el.textContent} @ ${Math.round(el.getBoundingClientRect().left)}`));

const sayCounts = (errors: number, warnings: number, notes: number) => {
  const text = `✖ ${errors} fel · ⚠ ${warnings} varningar · ℹ ${notes} info`;
  const all = `${errors}/${warnings}/${notes}`;
  return { panel: all, toolbar: all, status: all, toolbarText: text, statusText: text, tab: `Problem ${errors + warnings + notes}` };
};

describe('problems panel', () => {
  it('groups the problems by section in template order, each group with its count and every finding with its severity icon', async () => {
    const { page, problems } = await openDraft('sample.kpdraft');
    const groups = await panelGroups(page);
    expect(groups.map((g) => g.id)).toEqual(['general', 'parties', 'core_areas', 'objectives', 'results_framework', 'activities', 'indicators', 'risks', 'mutual_learning', 'team', 'sdg_goals', 'budget']);
    const templateOrder = ['general', ...sections.map((s) => s.id)];
    expect(groups.map((g) => templateOrder.indexOf(g.id!))).toEqual([...groups.map((g) => templateOrder.indexOf(g.id!))].sort((a, b) => a - b));
    for (const g of groups) {
      expect(g.title).toBe(g.id === 'general' ? 'Allmänt' : sections.find((s) => s.id === g.id)!.title.sv);
      expect(g.shownCount).toBe(`(${g.items.length})`);
      for (const item of g.items) expect([item.icon, item.label]).toEqual([icons[item.severity], severityNames[item.severity]]);
    }
    expect(groups.find((g) => g.id === 'general')!.items.map((i) => i.severity)).toEqual(['error', 'warning', 'warning', 'warning']);
    expect(groups.find((g) => g.id === 'team')!.items.map((i) => i.severity)).toEqual(['error', 'error', 'error', 'info']);
    expect(problems).toEqual([]);
  });

  it('the toolbar, the status bar and the panel count the same, and all three follow a change that leaves the toolbar\'s buttons in place', async () => {
    const { page, problems } = await openDraft('sample.kpdraft');
    await expect.poll(() => counts(page)).toEqual(sayCounts(4, 10, 4));
    const before = await toolbarButtonsAt(page);
    // Marking the planning tool's output done clears an error…
    await page.locator('select[data-kp-loc="field:annexes.planning_tool"]').selectOption('signed');
    await expect.poll(() => counts(page)).toEqual(sayCounts(3, 10, 4));
    // …and writing the missing Agenda 2030 text turns a warning into a note (the goals are still to be chosen).
    await focusSectionEnd(page, 'agenda2030');
    await page.keyboard.type('Projektet bidrar till mål 16.');
    await expect.poll(() => counts(page)).toEqual(sayCounts(3, 9, 5));
    // A count one digit shorter moves no button the user may be reaching for.
    expect(await toolbarButtonsAt(page)).toEqual(before);
    expect(problems).toEqual([]);
  });

  it('with only notes left, the toolbar and the status bar both say how many, in the notes\' colour', async () => {
    const { page, problems } = await openDraft('complete.kpdraft');
    await expect.poll(() => counts(page)).toEqual({
      panel: '0/0/5', toolbar: '0/0/5', status: '0/0/5', toolbarText: 'ℹ 5 info', statusText: 'ℹ 5 info', tab: 'Problem 5',
    });
    const look = (selector: string) => page.locator(selector).evaluate((el) => ({ tone: el.className, colour: getComputedStyle(el).color }));
    const noteColour = await page.locator('.kp-problem.severity-info .kp-sev').first().evaluate((el) => getComputedStyle(el).color);
    expect(await look('.kp-toolbar .kp-counts')).toEqual({ tone: 'kp-counts has-infos', colour: noteColour });
    expect(await look('.kp-statusbar .kp-counts')).toEqual({ tone: 'kp-counts has-infos', colour: noteColour });
    await screenshot(page, 'counts-notes-only');
    expect(problems).toEqual([]);
  });
});

describe('sections sidebar', () => {
  const stateOf = (page: Page, id: string) => page.locator(`[data-kp-nav="${id}"]`).evaluate((el) => ({
    state: [...el.classList].find((c) => c.startsWith('state-')),
    icon: el.querySelector('.kp-nav-icon')!.textContent,
    spoken: el.querySelector('.kp-sr-only')!.textContent,
  }));

  it('shows a section as empty, in progress once written in, and with errors while it has an error', async () => {
    const { page, problems } = await openDraft('sample.kpdraft');
    expect(await stateOf(page, 'target_groups')).toEqual({ state: 'state-empty', icon: '○', spoken: '(tomt)' });
    await focusSectionEnd(page, 'target_groups');
    await page.keyboard.type('Unga mellan 15 och 25 år i båda kommunerna.');
    await expect.poll(() => stateOf(page, 'target_groups')).toEqual({ state: 'state-inProgress', icon: '◐', spoken: '(påbörjat: 9 av minst 30 ord)' });
    expect(await stateOf(page, 'team')).toEqual({ state: 'state-errors', icon: '✖', spoken: '(har fel)' });

    // A partner country the edition does not accept is an error in that section, until it is changed.
    expect(await stateOf(page, 'parties')).toEqual({ state: 'state-done', icon: '●', spoken: '(klart)' });
    const country = page.locator('.kp-partner input[role="combobox"]').first();
    await country.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Indi');
    await page.locator('[role="option"]', { hasText: 'Indien' }).click();
    await expect.poll(() => stateOf(page, 'parties')).toEqual({ state: 'state-errors', icon: '✖', spoken: '(har fel)' });
    await country.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Ken');
    await page.locator('[role="option"]', { hasText: 'Kenya' }).click();
    await expect.poll(() => stateOf(page, 'parties')).toEqual({ state: 'state-done', icon: '●', spoken: '(klart)' });
    expect(problems).toEqual([]);
  });
});
