import type { ChangeSummary, ListChange } from '../../core/draft/version-diff';
import { isUnchanged } from '../../core/draft/version-diff';
import type { TemplateSection } from '../../core/template/schema';
import { i18next } from '../i18n';
import { text } from '../i18n/text-key';

/** At most this many sections are named; the rest are counted ("2 avsnitt till"). */
const NAMED_SECTIONS = 3;

const t = text;
const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');

/** One line saying how a version differs from the next newer one: "+120 ord i Bakgrund, budget −2 rader". */
export function changeLine(s: ChangeSummary, sections: TemplateSection[]): string {
  if (isUnchanged(s)) return t('versions.change.none');
  const lang = i18next.language === 'en' ? 'en' : 'sv';
  const order = new Map(sections.map((sec, i) => [sec.id, i]));
  const titleOf = (id: string) => sections.find((sec) => sec.id === id)?.title[lang] ?? id;
  const changed = [...s.sections].sort((a, b) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999));
  const parts: string[] = changed.slice(0, NAMED_SECTIONS).map(({ id, words }) =>
    words === 0
      ? t('versions.change.sectionEdited', { section: titleOf(id) })
      : t('versions.change.sectionWords', { sign: signed(words), count: Math.abs(words), section: titleOf(id) }));
  if (changed.length > NAMED_SECTIONS) parts.push(t('versions.change.moreSections', { count: changed.length - NAMED_SECTIONS }));
  if (s.title) parts.push(t('versions.change.title'));
  const list = (c: ListChange, key: 'partners' | 'team' | 'budget' | 'comments') => {
    if (!c.changed) return;
    parts.push(c.delta === 0 ? t(`versions.change.${key}Edited`) : t(`versions.change.${key}`, { sign: signed(c.delta), count: Math.abs(c.delta) }));
  };
  list(s.partners, 'partners');
  list(s.team, 'team');
  list(s.budget, 'budget');
  list(s.comments, 'comments');
  if (s.other) parts.push(t('versions.change.other'));
  const line = parts.join(', ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
