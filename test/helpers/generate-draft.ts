import type { Draft } from '../../core/draft/schema';
import type { BlockElement, ListElement } from '../../core/draft/rich-text';
import { buildNewDraft } from '../../core/draft/new-draft';
import { ApplicationTemplate, sectionsFor } from '../../core/template/schema';
import { applicationTemplates } from '../../templates';
import { newApplicant, newPartner } from '../../core/draft/new-draft';

const WORDS = (
  'kommunen partnerskap demokrati delaktighet medborgare dialog förvaltning ungdomar jämlikhet transparens ' +
  'ansvarsutkrävande kapacitet samverkan utbildning workshop besök erfarenhetsutbyte hållbar utveckling ' +
  'council participation citizens budget planning youth women decision openness accountability learning'
).split(' ');

/** Deterministic pseudo-random numbers (mulberry32), so generated drafts are reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  words: number;
  budgetLines?: number;
  seed?: number;
  editionId?: string;
}

/**
 * A large, valid draft for benchmarks and stress tests: `words` words spread over the text
 * sections in paragraphs of 40–120 words, with some headings and lists, and `budgetLines` lines.
 */
export function generateDraft(o: GenerateOptions): Draft {
  const random = rng(o.seed ?? 1);
  let n = 0;
  const template = ApplicationTemplate.parse(applicationTemplates[0]);
  const draft = buildNewDraft({
    template, editionId: o.editionId ?? 'icld-kp-2020', component: 'project', documentLanguage: 'sv-SE',
    now: new Date('2026-03-01T09:00:00Z'), newId: () => `g${++n}`,
  });
  draft.title = 'Delaktighet i Mombasa och Uppsala';
  draft.applicant = newApplicant('Uppsala kommun', 'municipality');
  draft.partners = [newPartner({ id: 'p1', organisation: 'Mombasa County', country: 'KE', role: 'partner' })];
  const textSections = sectionsFor(template, 'project').filter((s) => s.kind === 'text').map((s) => s.id);
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = (len: number) => Array.from({ length: len }, word).join(' ');
  const perSection = Math.ceil(o.words / textSections.length);
  for (const id of textSections) {
    const blocks: BlockElement[] = [];
    let left = perSection;
    while (left > 0) {
      const len = Math.min(left, 40 + Math.floor(random() * 80));
      const roll = random();
      if (roll < 0.05) blocks.push({ type: 'heading-two', children: [{ text: sentence(Math.min(len, 6)) }] });
      else if (roll < 0.1) blocks.push({ type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: sentence(len) }] }] });
      else blocks.push({ type: 'paragraph', children: [{ text: sentence(len) }] });
      left -= blocks.at(-1)!.type === 'heading-two' ? Math.min(len, 6) : len;
    }
    draft.sections[id] = blocks;
  }
  draft.budget = Array.from({ length: o.budgetLines ?? 0 }, (_, i) => ({
    id: `b${i + 1}`, category: i % 2 ? 'international_travel' : 'work_input', side: i % 3 ? 'swedish' : 'p1',
    year: 1 + (i % 3), amountOre: (1000 + Math.floor(random() * 9000)) * 100, description: `Rad ${i + 1}`, activityId: null,
  }));
  return draft;
}

/** A list nested `levels` deep, one item per level (alternately bulleted and numbered), with a link in the deepest item. */
export function nestedList(levels: number, text = (level: number) => `nivå ${level}`): ListElement {
  let list: ListElement = {
    type: levels % 2 ? 'bulleted-list' : 'numbered-list',
    children: [{ type: 'list-item', children: [{ text: text(levels) }, { type: 'link', url: 'https://icld.se', children: [{ text: 'ICLD' }] }] }],
  };
  for (let level = levels - 1; level >= 1; level--) {
    list = { type: level % 2 ? 'bulleted-list' : 'numbered-list', children: [{ type: 'list-item', children: [{ text: text(level) }, list] }] };
  }
  return list;
}
