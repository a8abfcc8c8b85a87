import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import rules2020 from '../../templates/rules/icld-kp-2020.json';
import rules2023 from '../../templates/rules/icld-kp-2023.json';
import { openApp, useAppSession } from './support';
import { createDraft, readSavedDraft, saveAs } from './helpers';

/** The header, parties, core areas and team forms: what they save and which findings follow them. */

const app = useAppSession();

/** The in-place messages of a rule inside a part of the page (read with textContent: off-screen sections are not laid out). */
const messages = (page: Page, scope: string, rule: string) => page.locator(`${scope} .kp-field-message[data-kp-rule="${rule}"]`);
/** The parts of a saved draft these forms write. */
interface SavedForms {
  applicant: { organisation: string; type: string };
  partners: Array<{ id: string; organisation: string; country: string; role: string }>;
  period: { start: string | null; end: string | null };
  submissionDate: string | null;
  coreAreas: Array<{ id: string; justification: string }>;
  team: Array<Record<string, unknown> & { id: string; name: string; politicalSide: string | null }>;
}
const savedDraft = (name: string) => readSavedDraft(join(app.server.draftsDir, `${name}.kpdraft`)) as unknown as SavedForms;

/** Saves again under the same name (Ctrl+S) and waits until it is written. */
async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await expect.poll(() => page.locator('[data-kp-save-state]').getAttribute('data-kp-save-state')).toBe('clean');
}

describe('applicant', () => {
  it('offers the applicant types of the edition and reports one that may not apply', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    const type = page.locator('[data-kp-loc="field:applicant.type"]');
    const options = () => type.locator('option').allTextContents();
    expect(await options()).toEqual(['Välj …', ...rules2020.applicantTypes.map((a) => a.sv)]);
    // Nothing chosen yet: APP-01 says so, beside the field.
    await expect.poll(() => messages(page, '[data-kp-section="parties"]', 'APP-01').textContent()).toMatch(/Ingen typ av sökande är vald/);

    await page.locator('[data-kp-loc="field:applicant.organisation"]').fill('Uppsala kommun');
    await type.selectOption('county_council');
    await expect.poll(() => messages(page, '[data-kp-section="parties"]', 'APP-01').textContent()).toMatch(/Landsting får inte söka.*Välj region/);
    expect(await type.getAttribute('class')).toContain('kp-field-error');
    await type.selectOption('municipality');
    await expect.poll(() => messages(page, '[data-kp-section="parties"]', 'APP-01').count()).toBe(0);
    // The organisation names the Swedish side in the team and the budget.
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    await expect.poll(() => page.locator('[data-kp-section="team"] select[aria-label^="Part"] option').first().textContent()).toBe('Uppsala kommun');

    await saveAs(page, 'applicant');
    expect(savedDraft('applicant').applicant).toMatchObject({ organisation: 'Uppsala kommun', type: 'municipality' });

    // Another edition, other types: in 2023 municipal companies may apply.
    await page.locator('[data-kp-loc="field:editionId"]').selectOption('icld-kp-2023');
    await expect.poll(options).toEqual(['Välj …', ...rules2023.applicantTypes.map((a) => a.sv)]);
    expect(problems).toEqual([]);
  });
});

describe('partners', () => {
  it('adds a partner, asks for its name, and removes it again', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    const partners = page.locator('.kp-partner');
    expect(await partners.count()).toBe(1);
    await partners.nth(0).getByLabel('Organisation', { exact: true }).fill('Mombasa County');
    await page.getByRole('button', { name: 'Lägg till partner' }).click();
    await expect.poll(() => partners.count()).toBe(2);
    // The new partner has no name yet: APP-03 points at its organisation field.
    const second = partners.nth(1);
    await expect.poll(() => second.locator('.kp-field-message[data-kp-rule="APP-03"]').textContent()).toMatch(/Partnerorganisationen har inget namn/);
    await second.getByLabel('Organisation', { exact: true }).fill('Skopje stad');
    await expect.poll(() => messages(page, '[data-kp-section="parties"]', 'APP-03').count()).toBe(0);
    await second.locator('input[role="combobox"]').fill('Nordmak');
    await page.locator('[role="option"]', { hasText: 'Nordmakedonien' }).click();
    await second.getByLabel('Roll').selectOption('eu_partner');

    await saveAs(page, 'partners');
    expect(savedDraft('partners').partners.map(({ organisation, country, role }) => ({ organisation, country, role }))).toEqual([
      { organisation: 'Mombasa County', country: '', role: 'partner' },
      { organisation: 'Skopje stad', country: 'MK', role: 'eu_partner' },
    ]);

    await page.getByRole('button', { name: 'Ta bort partner 2' }).click();
    await expect.poll(() => partners.count()).toBe(1);
    // With one partner left there is nothing to remove.
    expect(await page.getByRole('button', { name: /Ta bort partner/ }).count()).toBe(0);
    await save(page);
    expect(savedDraft('partners').partners.map((p) => p.organisation)).toEqual(['Mombasa County']);
    expect(problems).toEqual([]);
  });
});

describe('header dates', () => {
  it('saves the period and submission date, and checks the length and the application window', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    const header = '[data-kp-section="general"]';
    await page.getByLabel('Startdatum').fill('2026-09-01');
    await page.getByLabel('Slutdatum').fill('2030-08-31');
    // Four years is longer than a project may last: the finding stands under the dates.
    await expect.poll(() => messages(page, header, 'DUR-02').count()).toBe(1);
    expect(await messages(page, header, 'DUR-02').getAttribute('class')).toContain('severity-error');
    // Both dates are outlined and read the finding out (screen readers follow aria-describedby).
    for (const label of ['Startdatum', 'Slutdatum']) {
      const field = page.getByLabel(label);
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '))).toContain('DUR-02');
    }
    await page.getByLabel('Slutdatum').fill('2028-08-31');
    await expect.poll(() => messages(page, header, 'DUR-02').count()).toBe(0);
    expect(await page.getByLabel('Slutdatum').getAttribute('aria-invalid')).toBeNull();

    await page.getByLabel('Planerat inlämningsdatum').fill('2026-05-04');
    await expect.poll(() => messages(page, header, 'WIN-01').textContent()).toMatch(/utanför ansökningsperioderna.*Nästa period öppnar 15 september 2026/);
    await page.getByLabel('Planerat inlämningsdatum').fill('2026-03-02');
    await expect.poll(() => messages(page, header, 'WIN-01').count()).toBe(0);

    await saveAs(page, 'dates');
    const saved = savedDraft('dates');
    expect(saved.period).toEqual({ start: '2026-09-01', end: '2028-08-31' });
    expect(saved.submissionDate).toBe('2026-03-02');
    // Emptying a date stores no date.
    await page.getByLabel('Planerat inlämningsdatum').fill('');
    await save(page);
    expect(savedDraft('dates').submissionDate).toBeNull();
    expect(problems).toEqual([]);
  });
});

describe('core areas', () => {
  it('asks for at least one core area and a justification of each one chosen', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    const card = '[data-kp-section="core_areas"]';
    await page.locator(card).scrollIntoViewIfNeeded();
    await expect.poll(() => messages(page, card, 'CORE-01').textContent()).toMatch(/Inget demokratiskt kärnområde är valt/);

    await page.getByRole('checkbox', { name: /^Jämlikhet/ }).check();
    await expect.poll(() => messages(page, card, 'CORE-01').count()).toBe(0);
    await expect.poll(() => messages(page, '[data-kp-loc="core-area:equity"]', 'CORE-02').textContent()).toMatch(/Jämlikhet är valt men inte motiverat/);
    const justification = page.getByRole('textbox', { name: 'Motivering för Jämlikhet' });
    await justification.fill('Kvinnor och unga');
    await expect.poll(() => messages(page, '[data-kp-loc="core-area:equity"]', 'CORE-02').textContent()).toMatch(/mycket kort \(3 ord\)/);
    await justification.fill('Kvinnor och unga i stadsdelarna får samma möjlighet att påverka hur budgeten fördelas.');
    await expect.poll(() => messages(page, card, 'CORE-02').count()).toBe(0);

    // A second area, then unchecked again: its justification box and its finding go with it.
    await page.getByRole('checkbox', { name: /^Transparens/ }).check();
    await expect.poll(() => messages(page, '[data-kp-loc="core-area:transparency"]', 'CORE-02').count()).toBe(1);
    await page.getByRole('checkbox', { name: /^Transparens/ }).uncheck();
    await expect.poll(() => messages(page, card, 'CORE-02').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Motivering för Transparens' }).count()).toBe(0);

    await saveAs(page, 'core-areas');
    expect(savedDraft('core-areas').coreAreas).toEqual([
      { id: 'equity', justification: 'Kvinnor och unga i stadsdelarna får samma möjlighet att påverka hur budgeten fördelas.' },
    ]);
    expect(problems).toEqual([]);
  });
});

describe('team', () => {
  /** Adds a person and fills the row's name and role; returns the row. */
  async function addPerson(page: Page, name: string, role: string) {
    await page.getByRole('button', { name: 'Lägg till person' }).click();
    // Pinned by its member id: `.last()` would follow later rows.
    const loc = await page.locator('[data-kp-section="team"] tbody tr[data-kp-loc^="team:"]').last().getAttribute('data-kp-loc');
    const row = page.locator(`tr[data-kp-loc="${loc}"]`);
    await row.getByRole('textbox', { name: 'Namn', exact: true }).fill(name);
    await row.getByRole('textbox', { name: `Roll (${name})` }).fill(role);
    return row;
  }

  it('saves each member\'s role, side, category and tasks, and a project manager who is ICLD\'s contact clears TEAM-05', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'project', 'icld-kp-2020');
    await page.locator('[data-kp-loc="field:applicant.organisation"]').fill('Uppsala kommun');
    await page.locator('.kp-partner').getByLabel('Organisation', { exact: true }).fill('Mombasa County');
    const team = '[data-kp-section="team"]';
    await page.locator(team).scrollIntoViewIfNeeded();
    // An empty team: neither side has a project manager who is ICLD's contact.
    await expect.poll(() => messages(page, team, 'TEAM-05').count()).toBe(2);

    const anna = await addPerson(page, 'Anna Lind', 'Projektledare');
    await anna.getByRole('checkbox', { name: 'Projektledare' }).check();
    await anna.getByRole('checkbox', { name: 'ICLD-kontakt' }).check();
    await anna.getByRole('checkbox', { name: 'Samordnare' }).check();
    await expect.poll(() => messages(page, team, 'TEAM-05').allTextContents()).toEqual([expect.stringMatching(/hos Mombasa County/)]);

    const erik = await addPerson(page, 'Erik Berg', 'Kommunalråd');
    const kind = erik.getByRole('combobox', { name: 'Kategori (Erik Berg)' });
    const political = erik.getByRole('combobox', { name: 'Majoritet eller opposition (Erik Berg)' });
    expect(await political.isDisabled()).toBe(true);
    await kind.selectOption('politician');
    // A politician is from the majority until told otherwise.
    await expect.poll(() => political.inputValue()).toBe('majority');
    await political.selectOption('opposition');

    const juma = await addPerson(page, 'Juma Otieno', 'Projektledare');
    await juma.getByRole('combobox', { name: 'Part (Juma Otieno)' }).selectOption({ label: 'Mombasa County' });
    await juma.getByRole('checkbox', { name: 'Projektledare' }).check();
    await juma.getByRole('checkbox', { name: 'ICLD-kontakt' }).check();
    await expect.poll(() => messages(page, team, 'TEAM-05').count()).toBe(0);

    await saveAs(page, 'team');
    const partnerId = savedDraft('team').partners[0]!.id;
    const members = savedDraft('team').team.map(({ id: _id, ...m }) => m);
    expect(members).toEqual([
      { name: 'Anna Lind', role: 'Projektledare', side: 'swedish', kind: 'civil_servant', politicalSide: null, coordinator: true, icldContact: true, projectManager: true },
      { name: 'Erik Berg', role: 'Kommunalråd', side: 'swedish', kind: 'politician', politicalSide: 'opposition', coordinator: false, icldContact: false, projectManager: false },
      { name: 'Juma Otieno', role: 'Projektledare', side: partnerId, kind: 'civil_servant', politicalSide: null, coordinator: false, icldContact: true, projectManager: true },
    ]);

    // Back to civil servant: no political side is kept. Removing Juma brings TEAM-05 back for the partner.
    await kind.selectOption('civil_servant');
    await expect.poll(() => political.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Ta bort Juma Otieno' }).click();
    await expect.poll(() => messages(page, team, 'TEAM-05').allTextContents()).toEqual([expect.stringMatching(/hos Mombasa County/)]);
    await save(page);
    const after = savedDraft('team').team;
    expect(after.map((m) => [m.name, m.politicalSide])).toEqual([['Anna Lind', null], ['Erik Berg', null]]);
    expect(problems).toEqual([]);
  });

  it('in an inception, asks for politicians from both majority and opposition', async () => {
    const { page, problems } = await openApp(app.browser, app.server);
    await createDraft(page, 'inception', 'icld-kp-2020');
    await page.locator('[data-kp-loc="field:applicant.organisation"]').fill('Uppsala kommun');
    const team = '[data-kp-section="team"]';
    await page.locator(team).scrollIntoViewIfNeeded();
    const swedish = (rule: string) => messages(page, team, rule).filter({ hasText: 'Uppsala kommun' });
    for (const name of ['Erik Berg', 'Sara Holm']) {
      const row = await addPerson(page, name, 'Kommunalråd');
      await row.getByRole('combobox', { name: `Kategori (${name})` }).selectOption('politician');
    }
    // Two politicians, both from the majority: TEAM-02 asks for one from the opposition.
    await expect.poll(() => swedish('TEAM-02').textContent()).toMatch(/inte både majoritet och opposition/);
    expect(await swedish('TEAM-01').count()).toBe(0);
    await page.getByRole('combobox', { name: 'Majoritet eller opposition (Sara Holm)' }).selectOption('opposition');
    await expect.poll(() => swedish('TEAM-02').count()).toBe(0);
    // One politician short: TEAM-01 warns.
    await page.getByRole('button', { name: 'Ta bort Sara Holm' }).click();
    await expect.poll(() => swedish('TEAM-01').textContent()).toMatch(/har 1 politiker i teamet; det ska vara 2/);
    expect(await swedish('TEAM-01').getAttribute('class')).toContain('severity-warning');
    expect(problems).toEqual([]);
  });
});
