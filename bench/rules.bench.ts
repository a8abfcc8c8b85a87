// Rule engine speed: full and incremental checks of large drafts against the default edition.
import type { Draft } from '../core/draft/schema';
import type { BlockElement } from '../core/draft/rich-text';
import { checkDraft, countWords, createIncrementalChecker, parseRulePacks, type RulePack } from '../core/rules';
import { rulePacks } from '../templates';
import { generateDraft } from '../test/helpers/generate-draft';
import { withGeneratedPlan } from '../test/helpers/generate-plan';
import { median, type Row } from './support';

function time(fn: () => void, runs: number, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

/** What the editor hands over after one keystroke: a new draft, sections map, section and block; all else shared. */
function typeOneChar(d: Draft, sectionId: string, n: number): Draft {
  const section = d.sections[sectionId]!;
  const at = Math.floor(section.length / 2);
  const block = section[at] as BlockElement & { children: Array<{ text: string }> };
  const text = block.children[0]?.text ?? '';
  const nextBlock = { ...block, children: [{ ...block.children[0], text: text + (n % 7 === 0 ? ' ' : 'a') }, ...block.children.slice(1)] } as BlockElement;
  const nextSection = section.slice();
  nextSection[at] = nextBlock;
  return { ...d, sections: { ...d.sections, [sectionId]: nextSection } };
}

/** What the activity card hands over after one keystroke in an activity's title: a new activity and list. */
function typeInActivity(d: Draft, n: number): Draft {
  const at = n % d.activities.length;
  const a = d.activities[at]!;
  const activities = d.activities.slice();
  activities[at] = { ...a, title: a.title + (n % 7 === 0 ? ' ' : 'a') };
  return { ...d, activities };
}

function incremental(pack: RulePack, draft: Draft, sectionId: string | null, runs: number): number {
  const checker = createIncrementalChecker(pack);
  checker.check(draft);
  // Build the keystrokes first: producing drafts is the editor's work, not the checker's.
  const steps: Draft[] = [];
  let d = draft;
  for (let i = 0; i < runs + 20; i++) steps.push((d = sectionId === null ? typeInActivity(d, i) : typeOneChar(d, sectionId, i)));
  let i = 0;
  return time(() => checker.check(steps[i++]!), runs);
}

export async function run(): Promise<Row[]> {
  const packs = parseRulePacks(rulePacks);
  if (!packs.ok) throw new Error(packs.error.message);
  const pack = packs.value.find((p) => p.id === 'icld-kp-2020')!;
  const rows: Row[] = [];
  for (const words of [30_000, 120_000]) {
    const draft = generateDraft({ words, budgetLines: 200 });
    const actual = Object.values(draft.sections).reduce((n, s) => n + countWords(s), 0);
    const name = `${words / 1000}k words, 200 budget lines (${pack.id})`;
    const runs = words > 50_000 ? 100 : 200;
    rows.push({ bench: 'rules', case: name, metric: 'words in draft', value: actual, unit: 'words' });
    rows.push({ bench: 'rules', case: name, metric: 'full check, median', value: time(() => checkDraft(draft, pack), runs), unit: 'ms', target: { value: words > 50_000 ? 20 : 5 } });
    rows.push({ bench: 'rules', case: name, metric: 'incremental, keystroke in a section, median', value: incremental(pack, draft, 'activities', runs * 2), unit: 'ms', target: words > 50_000 ? { value: 1 } : undefined });
    // The worst section to type in: the summary is over its 200-word limit, so its exact count is needed.
    rows.push({ bench: 'rules', case: name, metric: 'incremental, keystroke in over-limit summary, median', value: incremental(pack, draft, 'summary', runs * 2), unit: 'ms', target: words > 50_000 ? { value: 1 } : undefined });
    // For reference: counting every section (what the editor's live counters do on opening).
    rows.push({ bench: 'rules', case: name, metric: 'countWords of every section, median', value: time(() => { for (const s of Object.values(draft.sections)) countWords(s); }, runs), unit: 'ms' });
  }
  rows.push(...planRows(pack));
  return rows;
}

/** The plan's checks on a large application: 120k words, 50 activities, 30 results, 100 indicators, 20 risks, 200 budget lines. */
function planRows(pack: RulePack): Row[] {
  const size = { activities: 50, results: 30, indicators: 100, risks: 20 };
  const draft = withGeneratedPlan(generateDraft({ words: 120_000, budgetLines: 200 }), size);
  const name = `120k words, ${size.activities} activities, ${size.results} results, ${size.indicators} indicators, ${size.risks} risks, 200 budget lines (${pack.id})`;
  const runs = 100;
  return [
    { bench: 'rules', case: name, metric: 'findings (full check)', value: checkDraft(draft, pack).length, unit: 'findings' },
    { bench: 'rules', case: name, metric: 'full check, median', value: time(() => checkDraft(draft, pack), runs), unit: 'ms', target: { value: 5 } },
    // The activities and objectives texts are read by the narrative check (LF-16), so typing there re-runs it.
    { bench: 'rules', case: name, metric: 'incremental, keystroke in the activities text, median', value: incremental(pack, draft, 'activities', runs * 2), unit: 'ms', target: { value: 1 } },
    { bench: 'rules', case: name, metric: 'incremental, keystroke in the objectives text, median', value: incremental(pack, draft, 'objectives', runs * 2), unit: 'ms', target: { value: 1 } },
    { bench: 'rules', case: name, metric: 'incremental, keystroke in an activity title, median', value: incremental(pack, draft, null, runs * 2), unit: 'ms', target: { value: 1 } },
  ];
}
