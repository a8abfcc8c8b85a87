import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { DraftFile } from '../../../core/draft/file-format';
import { main } from '../../../electron/cli/index';

// `kp schema` and docs/draft-format.md on the structured plan format 4 added.

const root = join(__dirname, '../../..');
const samples = join(root, 'test/fixtures/samples');

interface Node { type?: string; properties?: Record<string, Node>; required?: string[]; items?: Node; anyOf?: Node[]; enum?: unknown[]; pattern?: string; minimum?: number; maximum?: number }

async function printedSchema(): Promise<Node & { properties: Record<string, Node> }> {
  let stdout = '';
  const code = await main(['schema'], { stdout: (s) => (stdout += s), stderr: () => {}, cwd: root });
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

/** The object a property holds, looking through arrays and `anyOf: [x, null]`. */
const inner = (n: Node): Node => (n.items ? inner(n.items) : n.anyOf ? inner(n.anyOf.find((x) => x.type !== 'null')!) : n);
const fields = (n: Node) => Object.keys(inner(n).properties ?? {});
const sampleFiles = (): DraftFile[] => readdirSync(samples).filter((f) => f.endsWith('.kpdraft')).map((f) => JSON.parse(readFileSync(join(samples, f), 'utf8')));

describe('kp schema describes the plan', () => {
  it('prints the framework, activities, risks and Agenda 2030 goals with every field required', async () => {
    const draft = inner((await printedSchema()).properties.draft!);
    expect(draft.required).toEqual(expect.arrayContaining(['framework', 'activities', 'risks', 'agenda2030']));
    const p = draft.properties!;
    const framework = inner(p.framework!);
    expect(fields(p.framework!)).toEqual(['overallObjective', 'projectObjectives']);
    const objective = inner(framework.properties!.projectObjectives!);
    expect(fields(objective.properties!.results!)).toEqual(['id', 'text', 'note', 'indicators', 'assumptions']);
    const indicator = inner(objective.properties!.indicators!);
    expect(indicator.required).toEqual(['id', 'text', 'unit', 'baseline', 'target', 'verification', 'collectedBy']);
    expect(fields(indicator.properties!.target!)).toEqual(['value', 'date']);
    const activity = inner(p.activities!);
    expect(activity.required).toEqual(['id', 'title', 'description', 'resultIds', 'startMonth', 'endMonth', 'place', 'parties', 'kind', 'participants']);
    expect(inner(activity.properties!.kind!).enum).toEqual(['partner_visit', 'workshop', 'study_visit', 'meeting', 'communication', 'other']);
    expect(inner(activity.properties!.startMonth!)).toMatchObject({ type: 'integer', minimum: 1, maximum: 120 });
    const risk = inner(p.risks!);
    expect(risk.required).toEqual(['id', 'text', 'likelihood', 'impact', 'mitigation', 'owner', 'threatens']);
    expect(inner(risk.properties!.impact!)).toMatchObject({ minimum: 1, maximum: 3 });
    expect(fields(p.agenda2030!)).toEqual(['goals', 'targets']);
  });

  it('accepts every sample application and refuses a plan no draft could hold, as an independent validator reads it', async () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(await printedSchema());
    for (const file of sampleFiles()) expect(validate(file), `${file.draft.id} ${JSON.stringify(validate.errors)}`).toBe(true);
    const breakings: Array<(d: DraftFile['draft']) => void> = [
      (d) => { d.risks[0]!.likelihood = 4; },
      (d) => { d.activities[0]!.startMonth = 0; },
      (d) => { Object.assign(d.activities[0]!, { place: 'online' }); },
      (d) => { d.agenda2030.targets = ['5.x']; },
      (d) => { d.agenda2030.goals = [18]; },
      (d) => { d.framework.projectObjectives[0]!.results[0]!.indicators[0]!.target.date = '31/12/2025'; },
      (d) => { Object.assign(d.framework.overallObjective, { id: 'o0' }); },
    ];
    for (const [i, breakIt] of breakings.entries()) {
      const file = sampleFiles().find((f) => f.draft.component === 'project')!;
      breakIt(file.draft);
      expect(validate(file), `breaking ${i}`).toBe(false);
    }
  });
});

describe('docs/draft-format.md describes the plan', () => {
  const doc = readFileSync(join(root, 'docs/draft-format.md'), 'utf8');

  it('names every field of the framework, the indicators, the activities, the risks and the goals', async () => {
    const p = inner((await printedSchema()).properties.draft!).properties!;
    const objective = inner(inner(p.framework!).properties!.projectObjectives!);
    const parts: Record<string, Node> = {
      framework: p.framework!, objective, indicator: objective.properties!.indicators!, activity: p.activities!, risk: p.risks!, agenda2030: p.agenda2030!,
    };
    for (const [part, node] of Object.entries(parts)) for (const f of fields(node)) expect(doc, `${part}.${f}`).toContain(`\`${f}\``);
    for (const kind of inner(inner(p.activities!).properties!.kind!).enum as string[]) expect(doc).toContain(`\`${kind}\``);
    for (const place of inner(inner(p.activities!).properties!.place!).enum as string[]) expect(doc).toContain(`\`${place}\``);
  });

  it('says which format this build writes and how a format 3 file is upgraded', () => {
    expect(doc).toContain('This build writes **4**.');
    expect(doc).toMatch(/\*\*Format 3 → 4:\*\* the plan is added empty/);
    expect(doc).toMatch(/\| 4 \| [^|]+\| The structured plan: `framework`/);
    // The numbering the cards and findings show, which is never stored.
    for (const n of ['`1.1`', '`1.1 a`', '`1.1.1`', '`A1`']) expect(doc).toContain(n);
  });
});
