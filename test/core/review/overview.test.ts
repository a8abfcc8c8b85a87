import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftFile } from '../../../core/draft/file-format';
import { mergeAnnotations } from '../../../core/review/merge';
import { adjacentThread, reviewOverview } from '../../../core/review/overview';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates } from '../../../templates';

const dir = join(import.meta.dirname, '../../fixtures/review');
const load = (name: string) => {
  const r = parseDraftFile(readFileSync(join(dir, name), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const base = load('draft.kpdraft');
const merged = { ...base, annotations: mergeAnnotations(base, ['omar', 'lena', 'kim'].map((n) => load(`${n}.kpdraft`))).annotations };
const sections = ApplicationTemplate.parse(applicationTemplates[0]).sections;

describe('review overview for the comments panel', () => {
  it('lists threads in document order, orphans last, with counts for the status bar', () => {
    const o = reviewOverview(merged, sections);
    // challenge (two text comments by position) → risks (section comment) → budget line → orphan
    expect(o.items.map((i) => i.annotation.id)).toEqual(['ab-1', 'os-2', 'kl-3', 'le-3', 'kl-2']);
    expect(o.items.map((i) => i.placement.status)).toEqual(['placed', 'placed', 'placed', 'placed', 'orphan']);
    expect(o.items.find((i) => i.annotation.id === 'le-3')!.sectionId).toBe('budget');
    expect(o.counts).toEqual({ total: 5, open: 4, resolved: 1, orphans: 1 });
    expect(o.authors.map((a) => a.name)).toEqual(['Anna Berg', 'Omar Said', 'Kim Lund', 'Lena Ek']);
  });

  it('filters by status and by author (threads they started or replied to)', () => {
    expect(reviewOverview(merged, sections, { status: 'resolved' }).items.map((i) => i.annotation.id)).toEqual(['ab-1']);
    expect(reviewOverview(merged, sections, { status: 'open' }).items).toHaveLength(4);
    const lena = { name: 'Lena Ek', initials: 'LE' };
    expect(reviewOverview(merged, sections, { author: lena }).items.map((i) => i.annotation.id)).toEqual(['ab-1', 'os-2', 'le-3']);
  });

  it('steps to the next and previous thread, wrapping around', () => {
    const items = reviewOverview(merged, sections).items;
    expect(adjacentThread(items, null, 'next')).toBe('ab-1');
    expect(adjacentThread(items, 'ab-1', 'next')).toBe('os-2');
    expect(adjacentThread(items, 'ab-1', 'previous')).toBe('kl-2');
    expect(adjacentThread(items, 'kl-2', 'next')).toBe('ab-1');
    expect(adjacentThread([], null, 'next')).toBeNull();
  });
});
