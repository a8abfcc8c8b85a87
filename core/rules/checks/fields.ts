import { parseAmountOre } from '../../editor/amount';
import { INCOMPLETE_DATE, invalidInputTarget, type DateField } from '../../draft/invalid-inputs';
import { readTargets } from '../../draft/sdg-targets';
import { listed } from './plan-rule';
import { numbersFor } from './plan-read';
import type { Finding } from '../finding';
import type { Draft } from '../../draft/schema';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import { textIn, type CatalogueKey } from '../../i18n/lookup';
import { ruleText } from '../rule-text';

type Lang = 'sv' | 'en';

/** The record of unreadable inputs without one of them: what a quick fix that clears it puts in its place. */
function without(all: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _cleared, ...rest } = all;
  return rest;
}

/** Typed text is quoted in messages; very long text is cut so the message stays readable. */
function quoted(raw: string, lang: Lang): string {
  return textIn(lang, 'rules.FLD-01.quoted', { text: raw.length > 60 ? `${raw.slice(0, 59)}…` : raw });
}

const DATE_NAMES: Record<DateField, CatalogueKey> = {
  'period.start': 'rules.FLD-01.date.start',
  'period.end': 'rules.FLD-01.date.end',
  submissionDate: 'rules.FLD-01.date.submission',
};

/** What to do about an amount, by why it could not be read. */
function amountHint(raw: string, lang: Lang): string {
  const r = parseAmountOre(raw);
  return textIn(lang, `rules.FLD-01.amountHint.${!r.ok && r.problem !== 'empty' ? r.problem : 'not-a-number'}`);
}

/** "budgetrad 2 (Flyg Uppsala–Mombasa)" / "budget line 2 (Flights …)". */
function lineName(index: number, description: string, lang: Lang): string {
  const d = description.trim();
  if (!d) return textIn(lang, 'rules.FLD-01.line', { n: index + 1 });
  return textIn(lang, 'rules.FLD-01.lineDescribed', { n: index + 1, description: d.length > 40 ? `${d.slice(0, 39)}…` : d });
}

interface Inputs {
  all: Record<string, unknown>;
  lines: readonly unknown[];
}

function amountFinding(ctx: RuleContext, key: string, lineId: string, raw: string, { all, lines }: Inputs): Finding {
  const index = lines.findIndex((l) => asString(field(l, 'id')) === lineId);
  if (index === -1) {
    // Only a file edited by hand gets here: the line is gone, so the text can only be removed.
    return finding(ctx, {
      location: { kind: 'field', field: 'budget' },
      message: ruleText('rules.FLD-01.orphanAmount', (l) => ({ text: quoted(raw, l) })),
      fix: { label: ruleText('rules.FLD-01.removeAmount'), edits: [{ path: ['invalidInputs'], value: without(all, key) }] },
    });
  }
  const description = asString(field(lines[index], 'description'));
  return finding(ctx, {
    location: { kind: 'budget-line', lineId, field: 'amount' },
    message: ruleText('rules.FLD-01.unreadableAmount', (l) => ({ text: quoted(raw, l), line: lineName(index, description, l), hint: amountHint(raw, l) })),
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateFinding(ctx: RuleContext, which: DateField, raw: string, all: Record<string, unknown>): Finding {
  const name = (l: Lang) => textIn(l, DATE_NAMES[which]);
  const location = { kind: 'field', field: which } as const;
  // A date field cannot show text it could not read (after reopening it is empty), so it can be cleared from here.
  const fix = { label: ruleText('rules.FLD-01.clearField'), edits: [{ path: ['invalidInputs'], value: without(all, which) }] };
  if (raw === INCOMPLETE_DATE) {
    return finding(ctx, { location, fix, message: ruleText('rules.FLD-01.incompleteDate', (l) => ({ Date: capital(name(l)) })) });
  }
  return finding(ctx, {
    location,
    fix,
    message: ruleText('rules.FLD-01.unreadableDate', (l) => ({ text: quoted(raw, l), date: name(l) })),
  });
}

/** The SDG targets field names something that is not a target: those parts are not counted until corrected. */
function targetsFinding(ctx: RuleContext, key: string, raw: string, all: Record<string, unknown>): Finding {
  const bad = readTargets(raw).bad;
  return finding(ctx, {
    location: { kind: 'agenda2030', field: 'targets' },
    message: ruleText('rules.FLD-01.unreadableTargets', (l) => ({ count: bad.length, list: listed(bad.map((b) => quoted(b, l)), l) })),
    fix: { label: ruleText('rules.FLD-01.dropUnreadableTargets', () => ({ count: bad.length })), edits: [{ path: ['invalidInputs'], value: without(all, key) }] },
  });
}

/** An indicator's target date that could not be read, at its field; or, for an indicator no longer there, an offer to drop it. */
function indicatorDateFinding(ctx: RuleContext, d: Draft, key: string, indicatorId: string, raw: string, all: Record<string, unknown>): Finding {
  const n = numbersFor(d, ctx).get(indicatorId);
  const fix = { label: ruleText('rules.FLD-01.clearField'), edits: [{ path: ['invalidInputs'], value: without(all, key) }] };
  if (n === undefined) {
    return finding(ctx, { location: { kind: 'framework' }, fix, message: ruleText('rules.FLD-01.orphanIndicatorDate', (l) => ({ text: quoted(raw, l) })) });
  }
  return finding(ctx, {
    location: { kind: 'framework-item', itemId: indicatorId, field: 'targetDate' },
    message: ruleText('rules.FLD-01.unreadableIndicatorDate', (l) => ({ text: quoted(raw, l), n })),
  });
}

/**
 * FLD-01: nothing typed into an amount, date or targets field is silently dropped. Text that could not be
 * read is kept in `draft.invalidInputs` (the field's value is then empty); each entry is an error
 * at its field until it is corrected or cleared, so it blocks export like any error.
 */
export const fld01: RuleDefinition = {
  id: 'FLD-01',
  title: ruleText('rules.FLD-01.title'),
  units: single(['invalidInputs', 'budget', 'framework'], (d, ctx) => {
    const inputs = d.invalidInputs as unknown;
    if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) return [];
    const all = inputs as Record<string, unknown>;
    const lines = asArray(d.budget);
    const out: Finding[] = [];
    for (const [key, raw] of Object.entries(all)) {
      const target = invalidInputTarget(key);
      if (!target || typeof raw !== 'string') continue;
      if (target.kind === 'amount') out.push(amountFinding(ctx, key, target.lineId, raw, { all, lines }));
      else if (target.kind === 'date') out.push(dateFinding(ctx, target.field, raw, all));
      else if (target.kind === 'indicatorDate') out.push(indicatorDateFinding(ctx, d, key, target.indicatorId, raw, all));
      else out.push(targetsFinding(ctx, key, raw, all));
    }
    return out;
  }),
};
