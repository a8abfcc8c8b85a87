import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenshot, useAppSession } from './support';
import type { Annotation } from '../../core/draft/annotation';
import type { Draft } from '../../core/draft/schema';
import { projectText } from '../../core/review/plain-text';
import { textAnchorAt } from '../../core/review/text-anchor';
import { openFromPicker } from './helpers';
import { sampleDraft, writeDraft } from './sample-draft';

/** The sample draft with an open comment on the challenge and a resolved one on the summary. */
function commentedDraft(): Draft {
  const d = sampleDraft();
  const on = (sectionId: string, phrase: string) => {
    const text = projectText(d.sections[sectionId]!);
    const start = text.text.indexOf(phrase);
    return textAnchorAt(text, sectionId, start, start + phrase.length);
  };
  const note = (id: string, anchor: Annotation['anchor'], body: string): Annotation => ({
    id, author: { name: 'Lena Ek', initials: 'LE' }, body, createdAt: '2026-03-03T10:00:00Z', editedAt: null, anchor, resolved: false, replies: [],
  });
  d.annotations = [
    note('c1', on('challenge', 'svårt att nå unga väljare'), 'Ange källa för valdeltagandet.'),
    { ...note('c2', on('summary', 'digitala medborgardialoger'), 'Vilka verktyg?'), resolved: true,
      statusChangedAt: '2026-03-04T09:00:00Z', statusChangedBy: { name: 'Anna Lind', initials: 'AL' } },
  ];
  return d;
}

const app = useAppSession({ prepare: (server) => { writeDraft(server.draftsDir, 'a11y.kpdraft', commentedDraft()); } });

/** Visible controls without an accessible name (label, aria-label(ledby), title or text). */
function unnamedControls(page: Page) {
  return page.evaluate(() => {
    const named = (el: HTMLElement) => {
      const labelled = el.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join('');
      const labels = (el as HTMLInputElement).labels ? [...(el as HTMLInputElement).labels!].map((l) => l.textContent ?? '').join('') : '';
      const text = el.tagName === 'BUTTON' ? el.textContent ?? '' : '';
      return [el.getAttribute('aria-label'), labelled, labels, el.getAttribute('title'), text].some((s) => (s ?? '').trim() !== '');
    };
    return [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, [contenteditable="true"], [role="combobox"]')]
      .filter((el) => el.offsetParent !== null && !named(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

/**
 * Contrast below WCAG AA: text against its background (4.5:1; 3:1 for large text; opacity counts),
 * and what marks a control or a finding against the colours beside it (3:1, WCAG 1.4.11): form
 * controls' outlines, finding outlines and underlines, comment underlines and thread edges.
 * `checked` says how many of each kind were measured, so a test can tell the check saw them.
 */
function contrastReport(page: Page) {
  return page.evaluate(() => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const ratio = (x: number[], y: number[]) => { const a = lum(x); const b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
    const bgOf = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length >= 3 && (c[3] === undefined || c[3] > 0.5)) return c;
      }
      return [255, 255, 255];
    };
    // A translucent colour or element shows partly the background through it.
    const seenOver = (colour: number[], el: Element, bg: number[]) => {
      let alpha = colour[3] ?? 1;
      for (let e: Element | null = el; e; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
      return [0, 1, 2].map((i) => bg[i]! + (colour[i]! - bg[i]!) * alpha);
    };
    const describe = (el: Element) => `${el.tagName}.${el.className}`;
    const shown = (el: HTMLElement) => el.offsetParent !== null && !el.closest('[disabled], [aria-hidden="true"], .kp-sr-only');

    const text: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !shown(el) || el.closest('[data-slate-placeholder]')) continue;
      const cs = getComputedStyle(el);
      const bg = bgOf(el);
      const r = ratio(seenOver(rgb(cs.color), el, bg), bg);
      const large = parseFloat(cs.fontSize) >= 24 || (parseFloat(cs.fontSize) >= 18.6 && Number(cs.fontWeight) >= 700);
      if (r < (large ? 3 : 4.5)) text.push(`${r.toFixed(2)} ${describe(el)} "${n.textContent.trim().slice(0, 30)}"`);
    }

    // [kind, elements, the line's colour, whether it also borders the colour outside the element]
    const lines: Array<[string, string, (cs: CSSStyleDeclaration) => string, boolean]> = [
      ['control outline', 'input:not([type="checkbox"]):not([type="radio"]), select, textarea, .kp-editable', (cs) => cs.borderBottomColor, true],
      ['finding outline', '.kp-field-error, .kp-field-warning, .kp-field-info', (cs) => cs.borderBottomColor, true],
      ['finding underline', '.kp-mark', (cs) => cs.textDecorationColor, false],
      ['comment underline', 'mark.kp-comment', (cs) => cs.borderBottomColor, true],
      ['comment thread edge', '.kp-thread', (cs) => cs.borderLeftColor, true],
    ];
    const nonText: string[] = [];
    const checked: Record<string, number> = {};
    for (const [kind, selector, colourOf, outside] of lines) {
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (!shown(el)) continue;
        checked[kind] = (checked[kind] ?? 0) + 1;
        const inner = bgOf(el);
        const line = seenOver(rgb(colourOf(getComputedStyle(el))), el, inner);
        const r = Math.min(ratio(line, inner), outside ? ratio(line, bgOf(el.parentElement)) : Infinity);
        if (r < 3) nonText.push(`${r.toFixed(2)} ${kind} ${describe(el)}`);
      }
    }
    return { text: [...new Set(text)], nonText: [...new Set(nonText)], checked };
  });
}

/**
 * Text with a finding's underline of each severity, as the editor renders it. No rule in the
 * bundled packs marks a text range yet, so the page shows the real styles on these instead.
 */
function addFindingUnderlines(page: Page) {
  return page.evaluate(() => {
    const block = document.createElement('div');
    block.id = 'kp-underline-samples';
    block.className = 'kp-editable';
    for (const severity of ['error', 'warning', 'info']) {
      const mark = document.createElement('span');
      mark.className = `kp-mark kp-mark-${severity}`;
      mark.textContent = `${severity} `;
      block.append(mark);
    }
    document.querySelector('.kp-document-column')!.append(block);
  });
}

describe('accessibility and layout', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`labels every control and keeps AA contrast (${scheme})`, async () => {
      const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('.kp-start').waitFor();
      // The checks themselves can fail: a pale text, a text dimmed by opacity, a faint field outline
      // and an unnamed button are caught.
      await page.evaluate(() => {
        const probe = document.createElement('div');
        probe.id = 'probe';
        const pale = document.createElement('span');
        pale.textContent = 'blek text';
        pale.style.color = '#bbb';
        pale.style.background = '#fff';
        const dimmed = document.createElement('span');
        dimmed.textContent = 'dämpad text';
        Object.assign(dimmed.style, { color: '#707070', background: '#fff', opacity: '0.85', display: 'inline-block' });
        const faint = document.createElement('input');
        faint.setAttribute('aria-label', 'svag ram');
        Object.assign(faint.style, { border: '1px solid #ddd', background: '#fff' });
        probe.append(pale, dimmed, faint, document.createElement('button'));
        document.querySelector('.kp-start')!.append(probe);
      });
      expect((await unnamedControls(page)).length).toBe(1);
      const caught = await contrastReport(page);
      expect(caught.text.filter((l) => /blek text|dämpad text/.test(l))).toHaveLength(2);
      expect(caught.nonText.filter((l) => l.includes('control outline INPUT'))).toHaveLength(1);
      await page.evaluate(() => document.getElementById('probe')!.remove());
      expect(await unnamedControls(page)).toEqual([]);
      const start = await contrastReport(page);
      expect([...start.text, ...start.nonText]).toEqual([]);

      await openFromPicker(page, 'a11y.kpdraft');
      await expect.poll(() => page.locator('.kp-problem').count()).toBeGreaterThan(0);
      expect(await unnamedControls(page)).toEqual([]);
      const seen: Record<string, number> = {};
      const expectNoLowContrast = async () => {
        const r = await contrastReport(page);
        expect([...r.text, ...r.nonText]).toEqual([]);
        for (const [kind, n] of Object.entries(r.checked)) seen[kind] = Math.max(seen[kind] ?? 0, n);
      };
      await expectNoLowContrast();
      for (const section of ['parties', 'core_areas', 'team', 'budget']) {
        await page.locator(`[data-kp-section="${section}"] h2`).scrollIntoViewIfNeeded();
        await expectNoLowContrast();
      }
      await addFindingUnderlines(page);
      await page.locator('#kp-underline-samples').scrollIntoViewIfNeeded();
      await expectNoLowContrast();
      await page.evaluate(() => document.getElementById('kp-underline-samples')!.remove());
      // The comments, open and resolved.
      await page.getByRole('tab', { name: /Kommentarer/ }).click();
      await page.locator('.kp-filter-status').selectOption('all');
      await expect.poll(() => page.locator('.kp-thread.resolved').count()).toBe(1);
      await expectNoLowContrast();
      // Every kind of line was on the page to be measured.
      for (const kind of ['control outline', 'finding outline', 'comment underline']) expect(seen[kind], kind).toBeGreaterThan(0);
      expect(seen['finding underline']).toBe(3);
      expect(seen['comment thread edge']).toBe(2);
      expect(problems).toEqual([]);
    });
  }

  it('works at 1024×700: no sideways scrolling, the panel folds away and opens from the toolbar', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1024, height: 700 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'a11y.kpdraft');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    expect(await page.locator('.kp-sidepanel').count()).toBe(0);
    await screenshot(page, 'narrow-1024x700-closed');
    await page.getByRole('button', { name: 'Visa/dölj panelen' }).click();
    await page.locator('.kp-sidepanel').waitFor();
    const column = await page.locator('.kp-document-column').boundingBox();
    expect(column!.width).toBeGreaterThan(480);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await screenshot(page, 'narrow-1024x700-open');
    expect(problems).toEqual([]);
  });

  it('the side panel\'s tabs: each names its panel, the arrow keys move between them', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'a11y.kpdraft');
    expect(await page.getByRole('complementary', { name: 'Problem, kommentarer och ändringar' }).count()).toBe(1);
    const tabs = () => page.locator('[role="tab"]').evaluateAll((els) => els.map((tab) => {
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      return {
        tab: tab.textContent!.replace(/\d+/g, '').trim(), selected: tab.getAttribute('aria-selected'), tabIndex: (tab as HTMLElement).tabIndex,
        focused: document.activeElement === tab, panel: panel?.getAttribute('role'), labelledBy: panel?.getAttribute('aria-labelledby') === tab.id,
        panelShown: panel ? !panel.hidden && panel.getClientRects().length > 0 : null,
      };
    }));
    const shown = (selected: 'Problem' | 'Kommentarer' | 'Ändringar', focused: boolean) => ['Problem', 'Kommentarer', 'Ändringar'].map((tab) => ({
      tab, selected: String(tab === selected), tabIndex: tab === selected ? 0 : -1, focused: focused && tab === selected,
      panel: 'tabpanel', labelledBy: true, panelShown: tab === selected,
    }));
    await expect.poll(() => tabs()).toEqual(shown('Problem', false));
    // The selected tab, its focus and its panel follow the key on the next render: wait for them.
    await page.getByRole('tab', { name: /^Problem/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tabs()).toEqual(shown('Kommentarer', true));
    expect(await page.locator('#kp-panel-comments .kp-thread').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tabs()).toEqual(shown('Ändringar', true));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tabs()).toEqual(shown('Problem', true));
    await page.keyboard.press('End');
    await expect.poll(() => tabs()).toEqual(shown('Ändringar', true));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => tabs()).toEqual(shown('Kommentarer', true));
    await page.keyboard.press('Home');
    await expect.poll(() => tabs()).toEqual(shown('Problem', true));
    // The first check runs once the page is idle: its findings may come after the keys.
    await expect.poll(() => page.locator('#kp-panel-problems .kp-problem').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('reaches the text and the forms with the keyboard alone, with a visible focus ring', async () => {
    const { page } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'a11y.kpdraft');
    const reached = new Set<string>();
    let ringSeen = false;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return null;
        const cs = getComputedStyle(el);
        const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 || cs.boxShadow !== 'none';
        return { section: el.closest('[data-kp-section]')?.getAttribute('data-kp-section') ?? '', slate: el.hasAttribute('data-slate-editor'), ring };
      });
      if (info?.section) reached.add(info.slate ? `${info.section}:text` : info.section);
      if (info?.ring) ringSeen = true;
    }
    expect(reached.has('summary:text')).toBe(true);
    expect(reached.has('parties')).toBe(true);
    expect(ringSeen).toBe(true);
    // Alt+↓ moves on by section, F8 to the next problem.
    await page.keyboard.press('Alt+ArrowDown');
    const before = await page.evaluate(() => document.activeElement?.closest('[data-kp-section]')?.getAttribute('data-kp-section'));
    await page.keyboard.press('Alt+ArrowDown');
    const after = await page.evaluate(() => document.activeElement?.closest('[data-kp-section]')?.getAttribute('data-kp-section'));
    expect(after).not.toBe(before);
  });

  it('F8 goes to the problems in the panel\'s order, putting the focus on each one\'s field', async () => {
    const { page, problems } = await openApp(app.browser, app.server, { width: 1280, height: 800 });
    await page.locator('.kp-start').waitFor();
    await openFromPicker(page, 'a11y.kpdraft');
    const listed = page.locator('.kp-problem');
    await expect.poll(() => listed.count()).toBeGreaterThan(5);
    // The draft's own fields come first in the panel, then the sections in template order.
    expect(await listed.evaluateAll((els) => els.slice(0, 5).map((e) => e.getAttribute('data-kp-rule'))))
      .toEqual(['PRE-01', 'PRE-02', 'PRE-03', 'DOC-02', 'CTY-03']);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return `${el?.tagName}@${el?.closest('[data-kp-loc]')?.getAttribute('data-kp-loc') ?? el?.closest('[data-kp-section]')?.getAttribute('data-kp-section')}`;
    });
    const before = await focused();
    await page.keyboard.press('F8');
    await expect.poll(focused).toBe('SELECT@field:annexes.planning_tool');
    expect(before).not.toBe('SELECT@field:annexes.planning_tool');
    await page.keyboard.press('F8');
    await expect.poll(focused).toBe('INPUT@field:prerequisites.priorInception');
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    await expect.poll(focused).toBe('SELECT@field:annexes.letter_of_intent');
    // On to the next group: the partner's country.
    await page.keyboard.press('F8');
    await expect.poll(focused).toBe('INPUT@partner:p1:country');
    expect(problems).toEqual([]);
  });
});
