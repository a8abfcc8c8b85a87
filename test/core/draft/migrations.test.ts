import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, parseDraftFile, serializeDraft } from '../../../core/draft/file-format';
import type { Draft } from '../../../core/draft/schema';
import { migrateDraftData, migrationSteps } from '../../../core/draft/migrations';
import { V1_PARTNER_ID, migrateV1ToV2 } from '../../../core/draft/migrations/v1-to-v2';
import { migrateV2ToV3 } from '../../../core/draft/migrations/v2-to-v3';

/**
 * Every committed fixture of every format version must open, forever, as the draft in its
 * `<name>.expected.json` (which is in the current format). When the format changes, the old
 * fixtures stay byte-for-byte as they are; only the expected files move to the new format.
 */

const dir = join(__dirname, '../../fixtures/drafts/versions');
const fixtures = readdirSync(dir)
  .map((file) => /^(.+)\.v(\d+)\.kpdraft$/.exec(file))
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([file, name, version]) => ({ file: file!, name: name!, version: Number(version) }));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('format fixtures', () => {
  it('exist for every format version from 1 to the current one', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let v = 1; v <= CURRENT_VERSION; v++) expect(versions, `no fixture of format ${v}`).toContain(v);
    expect(Object.keys(migrationSteps).map(Number).sort()).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(fixtures)('$file declares format $version and opens as $name.expected.json', ({ file, name, version }) => {
    const text = read(file);
    expect((JSON.parse(text) as { version: number }).version).toBe(version);
    const r = parseDraftFile(text);
    expect(r).toEqual({ ok: true, value: JSON.parse(read(`${name}.expected.json`)) });
  });

  it('the same application saved by formats 1 to 7 opens identically', () => {
    const v7 = parseDraftFile(read('uppsala-mombasa.v7.kpdraft'));
    expect(v7.ok).toBe(true);
    for (const v of [1, 2, 3, 4, 5, 6]) expect(parseDraftFile(read(`uppsala-mombasa.v${v}.kpdraft`)), `format ${v}`).toEqual(v7);
  });

  it('a format 5 draft opens with every party\'s people blank and nothing linked, unplaced or reused', () => {
    const v5 = JSON.parse(read('uppsala-mombasa.v5.kpdraft')) as { draft: Record<string, unknown> };
    const r = migrateDraftData(v5.draft, 5, 6);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value as Draft;
    const blank = { name: '', title: '', email: '', phone: '' };
    expect([d.applicant.contact, d.applicant.signatory]).toEqual([blank, blank]);
    for (const p of d.partners) expect([p.type, p.contact, p.signatory]).toEqual(['', blank, blank]);
    expect([d.linkedDraft, d.unplaced, d.reused]).toEqual([null, [], []]);
    expect(d.sections).toEqual(v5.draft.sections);
  });

  it('a format 5 draft\'s ticked attachments open as signed annexes and its prerequisites as held, the unticked as missing', () => {
    const v5 = JSON.parse(read('uppsala-mombasa.v5.kpdraft')) as { draft: Record<string, unknown> };
    v5.draft.declarations = { planningToolCompleted: false, letterOfIntentAttached: true, priorInception: true, steeringGroupApplication: true, existingPartnership: false };
    const r = migrateDraftData(v5.draft, 5, 6);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value as Draft;
    expect(d.annexes).toEqual([
      { kind: 'letter_of_intent', state: 'signed', file: null },
      { kind: 'planning_tool', state: 'missing', file: null },
      { kind: 'steering_group_application', state: 'signed', file: null },
    ]);
    expect(d.prerequisites).toEqual({
      priorInception: { held: true, year: null, reference: '' },
      existingPartnership: { held: false, year: null, reference: '' },
    });
    expect('declarations' in d).toBe(false);
  });

  it('a format 5 draft whose declarations are not yes/no is refused, not guessed at', () => {
    const v5 = JSON.parse(read('uppsala-mombasa.v5.kpdraft')) as { draft: { declarations: Record<string, unknown> } };
    v5.draft.declarations.letterOfIntentAttached = 'yes';
    expect(migrateDraftData(v5.draft, 5, 6).ok).toBe(false);
  });

  it('a format 5 draft with a partner that has a key format 5 never had is refused, not silently changed', () => {
    const v5 = JSON.parse(read('uppsala-mombasa.v5.kpdraft')) as { draft: { partners: Array<Record<string, unknown>> } };
    v5.draft.partners[0]!.contact = 'Amina';
    expect(migrateDraftData(v5.draft, 5, 6).ok).toBe(false);
  });

  it('a format 4 reader\'s file is a format 5 draft as it is: the step adds nothing', () => {
    const v4 = JSON.parse(read('uppsala-mombasa.v4.kpdraft')) as { draft: unknown };
    expect(migrateDraftData(v4.draft, 4, 5)).toEqual({ ok: true, value: v4.draft });
  });

  it('a format 3 draft opens with an empty plan, its text sections and budget links as they were', () => {
    const v3 = JSON.parse(read('uppsala-mombasa.v3.kpdraft')) as { draft: { sections: unknown; budget: Array<{ activityId: string | null }> } };
    v3.draft.budget[0]!.activityId = 'a-from-elsewhere';
    const r = parseDraftFile(JSON.stringify(v3));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.framework).toEqual({ overallObjective: { text: '', note: '', indicators: [], assumptions: '' }, projectObjectives: [] });
    expect([r.value.activities, r.value.risks, r.value.agenda2030]).toEqual([[], [], { goals: [], targets: [] }]);
    expect(r.value.sections).toEqual(v3.draft.sections);
    // A link no activity answers to is kept, for the checks to report, never dropped.
    expect(r.value.budget[0]!.activityId).toBe('a-from-elsewhere');
  });

  it('a current-format fixture is written back byte for byte (saving does not churn files)', () => {
    const current = fixtures.filter((f) => f.version === CURRENT_VERSION && f.name === 'uppsala-mombasa');
    expect(current).toHaveLength(1);
    const text = read(current[0]!.file);
    const r = parseDraftFile(text);
    expect(r.ok && serializeDraft(r.value)).toBe(text);
  });
});

/** Loose view of a format 1 draft for editing it in tests. */
type V1 = {
  budget: Array<Record<string, unknown>>;
  team: Array<Record<string, unknown>>;
  partner?: unknown;
  partners?: unknown;
  sections: Record<string, unknown>;
};

describe('format 1 → 2', () => {
  const v1 = () => JSON.parse(read('uppsala-mombasa.v1.kpdraft')).draft as V1;

  it('turns the single partner into a list, kronor into öre and "partner" sides into the partner id', () => {
    const r = migrateV1ToV2(v1());
    expect(r.ok).toBe(true);
    const d = (r as { value: unknown }).value as {
      partners: unknown[]; budget: Array<{ side: string; amountOre: number }>; team: Array<{ side: string; projectManager: boolean }>;
    };
    expect(d.partners).toEqual([{ id: V1_PARTNER_ID, organisation: 'Mombasa County Government', country: 'KE', role: 'partner' }]);
    expect(d.budget.map((l) => [l.side, l.amountOre])).toEqual([
      ['swedish', 8_400_000], ['swedish', 12_050_000], [V1_PARTNER_ID, 3_525_000], [V1_PARTNER_ID, 0],
    ]);
    expect(d.team.map((m) => [m.side, m.projectManager])).toEqual([['swedish', false], ['swedish', false], [V1_PARTNER_ID, false]]);
    expect(d).not.toHaveProperty('partner');
    expect(d.budget[0]).not.toHaveProperty('amountSek');
  });

  it('is pure: the input is not modified', () => {
    const input = v1();
    const copy = structuredClone(input);
    migrateV1ToV2(input);
    expect(input).toEqual(copy);
  });

  it.each([
    ['fractional kronor', (d: V1) => (d.budget[0]!.amountSek = 10.5), 'draft-invalid', /budget\[0\]\.amountSek: expected a whole number/],
    ['negative kronor', (d: V1) => (d.budget[0]!.amountSek = -1), 'draft-invalid', /budget\[0\]\.amountSek: too small/],
    ['kronor beyond exact öre', (d: V1) => (d.budget[0]!.amountSek = 2 ** 50), 'draft-invalid', /amountSek: too large/],
    ['a side that format 1 did not have', (d: V1) => (d.team[0]!.side = 'partner-2'), 'draft-invalid', /team\[0\]\.side: expected one of "swedish", "partner"/],
    ['a format 2 field in a format 1 file', (d: V1) => (d.partners = []), 'draft-unknown-field', /unknown field "partners"/],
    ['a format 2 team flag in a format 1 file', (d: V1) => (d.team[0]!.projectManager = true), 'draft-unknown-field', /team\[0\]/],
    ['no partner', (d: V1) => delete d.partner, 'draft-invalid', /partner: missing/],
  ])('refuses %s with a coded error naming the field', (_, change, code, message) => {
    const d = v1();
    change(d);
    const r = parseDraftFile(JSON.stringify({ format: 'kp-drafter/draft', version: 1, draft: d }));
    expect(r).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
  });

  it('leaves checking of untouched parts to the current schema', () => {
    const d = v1();
    d.sections.summary = [{ type: 'table', children: [] }];
    const r = parseDraftFile(JSON.stringify({ format: 'kp-drafter/draft', version: 1, draft: d }));
    expect(r).toMatchObject({ ok: false, error: { code: 'draft-invalid', message: expect.stringMatching(/sections\.summary\[0\]/) } });
  });

  it('migrateDraftData refuses a version with no step', () => {
    expect(migrateDraftData({}, 0, CURRENT_VERSION)).toMatchObject({ ok: false, error: { code: 'file-corrupt' } });
  });
});

describe('format 2 → 3', () => {
  const v2 = () => JSON.parse(read('uppsala-mombasa.v2.kpdraft')).draft as Record<string, unknown>;

  it('adds an empty record of unreadable inputs and changes nothing else', () => {
    const input = v2();
    const r = migrateV2ToV3(input);
    expect(r).toEqual({ ok: true, value: { ...input, invalidInputs: {} } });
  });

  it('puts the new field where the current format writes it, so a re-save does not reorder the file', () => {
    const r = migrateV2ToV3(v2());
    const keys = Object.keys((r as { value: object }).value);
    expect(keys.slice(keys.indexOf('annotations'), keys.indexOf('annotations') + 3)).toEqual(['annotations', 'invalidInputs', 'documentLanguage']);
  });

  it('is pure: the input is not modified', () => {
    const input = v2();
    const copy = structuredClone(input);
    migrateV2ToV3(input);
    expect(input).toEqual(copy);
  });

  it('refuses a format 3 field in a format 2 file', () => {
    const d = { ...v2(), invalidInputs: {} };
    const r = parseDraftFile(JSON.stringify({ format: 'kp-drafter/draft', version: 2, draft: d }));
    expect(r).toEqual({ ok: false, error: { code: 'draft-unknown-field', message: expect.stringMatching(/unknown field "invalidInputs"/) } });
  });
});

describe('format 3: unreadable inputs', () => {
  const v3 = () => JSON.parse(read('invalid-inputs.v3.kpdraft')) as { draft: { invalidInputs: Record<string, unknown> } };

  it('keeps the typed text of an amount and a date through a save and a reopen', () => {
    const r = parseDraftFile(read('invalid-inputs.v3.kpdraft'));
    expect(r.ok && r.value.invalidInputs).toEqual({ 'budget.b2.amount': 'tjugotusen', 'period.end': '2027-02-30' });
    expect(r.ok && parseDraftFile(serializeDraft(r.value))).toEqual(r);
  });

  it.each([
    ['a field that holds no typed value', 'title', 'x'],
    ['a misspelt amount key', 'budget.b2.amountOre', 'x'],
    ['a budget key without a line id', 'budget..amount', 'x'],
    ['empty text (an empty field is no value, not an unreadable one)', 'period.start', ''],
    ['text that is not a string', 'submissionDate', 20000],
  ])('refuses %s, naming the place', (_, key, value) => {
    const file = v3();
    file.draft.invalidInputs = { [key]: value };
    const r = parseDraftFile(JSON.stringify(file));
    expect(r).toEqual({ ok: false, error: { code: 'draft-invalid', message: expect.stringMatching(/invalidInputs/) } });
  });

  it.each([
    ['an amount kept beside the text typed over it', (d: Record<string, unknown>) => ((d.budget as Array<{ amountOre: number }>)[1]!.amountOre = 2_000_000), /budget\[1\]\.amountOre: must be 0 while invalidInputs holds the text typed for it/],
    ['a date kept beside the text typed over it', (d: Record<string, unknown>) => ((d.period as { end: string }).end = '2027-08-31'), /period\.end: must be null while invalidInputs/],
  ])('refuses %s (a value the field no longer shows)', (_, change, message) => {
    const file = v3() as unknown as { draft: Record<string, unknown> };
    change(file.draft);
    expect(parseDraftFile(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'draft-invalid', message: expect.stringMatching(message) } });
  });
});

describe('format 4: unreadable inputs of the plan', () => {
  const sampleFile = () => JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'samples', 'icld-kp-2023.kpdraft'), 'utf8')) as { draft: Draft };

  it('keeps an indicator target date and SDG targets as typed through a save and a reopen', () => {
    const file = sampleFile();
    const ind = file.draft.framework.projectObjectives[0]!.results[0]!.indicators[0]!;
    ind.target.date = null;
    file.draft.invalidInputs = { [`framework.${ind.id}.targetDate`]: '2028-02-30', 'agenda2030.targets': '5.5, 5.9' };
    const r = parseDraftFile(JSON.stringify(file));
    expect(r.ok && r.value.invalidInputs).toEqual(file.draft.invalidInputs);
    expect(r.ok && parseDraftFile(serializeDraft(r.value))).toEqual(r);
  });

  it('refuses an indicator target date kept beside the text typed over it', () => {
    const file = sampleFile();
    const ind = file.draft.framework.projectObjectives[0]!.results[0]!.indicators[0]!;
    file.draft.invalidInputs = { [`framework.${ind.id}.targetDate`]: '2028-02-30' };
    expect(parseDraftFile(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'draft-invalid', message: expect.stringMatching(/framework\.projectObjectives\[0\]\.results\[0\]\.indicators\[0\]\.target\.date: must be null while invalidInputs/) } });
  });
});
