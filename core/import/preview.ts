import type { BlockElement } from '../draft/rich-text';
import { countWords } from '../rules/word-count';

/** What the import preview shows of the blocks going to one place: how many words and how it starts. */
export interface BlocksSummary {
  words: number;
  firstLine: string;
}

type Node = { text?: string; children?: Node[] };
const textOf = (n: Node): string => (typeof n.text === 'string' ? n.text : (n.children ?? []).map(textOf).join(''));

export function summariseBlocks(blocks: readonly BlockElement[]): BlocksSummary {
  const first = blocks.map((b) => textOf(b as Node).trim()).find((t) => t !== '') ?? '';
  return { words: countWords(blocks), firstLine: first.length > 120 ? `${first.slice(0, 119)}…` : first };
}
