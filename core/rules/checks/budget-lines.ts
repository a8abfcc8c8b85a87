import type { Finding } from '../finding';
import type { CostCategory } from '../pack-schema';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asAmount, asArray, asString, field, parseDate, periodMonths } from '../read';
import type { Draft } from '../../draft/schema';

type Text = { sv: string; en: string };

/** Why a category is not financed, per rule. */
const notFinanced: Record<string, (c: CostCategory) => Text> = {
  'BUD-09': () => ({ sv: 'Löner finansieras inte. Ta bort raden; ersättning för arbetstid budgeteras som arbetsinsatser.',
                     en: 'Salaries are not financed. Remove the line; compensation for working time is budgeted as work input.' }),
  'BUD-10': () => ({ sv: 'Traktamente finansieras inte. Ta bort raden och budgetera de faktiska kostnaderna för arbetsprogrammet.',
                     en: 'Per diem allowances are not financed. Remove the line and budget the actual costs of the work programme.' }),
  'BUD-11': () => ({ sv: 'Mat, logi och aktiviteter under dagar utöver arbetsprogrammet betalas inte, och förlängda resor får inte höja resekostnaden. Ta bort raden eller begränsa den till arbetsdagarna.',
                     en: 'Food, lodging and activities on days beyond the work programme are not paid, and extended trips must not raise the travel cost. Remove the line or limit it to the working days.' }),
  'BUD-13': (c) => ({ sv: `${c.sv} blev stödberättigande först med revideringen 2019 och finansieras inte enligt den här utgåvan. Ta bort raden eller byt utgåva om ansökan gäller 2019 eller senare.`,
                      en: `${c.en} became eligible only with the 2019 revision and is not financed under this edition. Remove the line, or switch edition if the application is for 2019 or later.` }),
};

function checkCategories(id: string, d: Draft, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const line of asArray(d.budget)) {
    const catId = asString(field(line, 'category'));
    const location = { kind: 'budget-line', lineId: asString(field(line, 'id')), field: 'category' } as const;
    const cat = ctx.index.category.get(catId);
    if (!cat) {
      if (id !== 'BUD-12') continue;
      out.push(finding(ctx, { location, message: catId === ''
        ? { sv: 'Budgetraden saknar kostnadsslag. Välj ett av utgåvans kostnadsslag.', en: 'The budget line has no cost category. Choose one of the edition\'s categories.' }
        : { sv: `Kostnadsslaget ”${catId}” nämns inte i budgetriktlinjerna, och det som inte nämns finansieras inte. Välj ett av utgåvans kostnadsslag.`,
            en: `The cost category "${catId}" is not mentioned in the budget guidelines, and what is not mentioned is not financed. Choose one of the edition's categories.` } }));
      continue;
    }
    if (cat.status === 'eligible' || (cat.reportedBy ?? 'BUD-12') !== id) continue;
    const uncertain = cat.status === 'unknown';
    const message = uncertain
      ? { sv: `Det är inte känt hur ICLD behandlar ${cat.sv.toLowerCase()} i budgeten i den här utgåvan. Bekräfta med ICLD att kostnaden får tas med.`,
          en: `It is not known how ICLD treats ${cat.en.toLowerCase()} in the budget under this edition. Confirm with ICLD that the cost may be included.` }
      : (notFinanced[id]?.(cat) ?? { sv: `${cat.sv} nämns inte bland de kostnader som finansieras. Ta bort raden eller välj ett stödberättigande kostnadsslag.`,
                                     en: `${cat.en} is not among the costs that are financed. Remove the line or choose an eligible category.` });
    out.push(finding(ctx, { severity: uncertain ? 'info' : undefined, message, location, sources: cat.sources, confidence: cat.confidence }));
  }
  return out;
}

function categoryRule(id: string, title: Text): RuleDefinition {
  return { id, title, units: single(['budget'], (d, ctx) => checkCategories(id, d, ctx)) };
}

/** BUD-09: no salaries. */
export const bud09 = categoryRule('BUD-09', { sv: 'Inga löner i budgeten', en: 'No salaries in the budget' });
/** BUD-10: no per diem. */
export const bud10 = categoryRule('BUD-10', { sv: 'Inget traktamente i budgeten', en: 'No per diem in the budget' });
/** BUD-11: no costs for extra days. */
export const bud11 = categoryRule('BUD-11', { sv: 'Inga kostnader för dagar utöver arbetsprogrammet', en: 'No costs for days beyond the work programme' });
/** BUD-12: only categories the guidelines mention. */
export const bud12 = categoryRule('BUD-12', { sv: 'Bara kostnadsslag som budgetriktlinjerna nämner', en: 'Only cost categories the budget guidelines mention' });
/** BUD-13: costs new in 2019 are not eligible under 2016. */
export const bud13 = categoryRule('BUD-13', { sv: 'Kostnader som blev stödberättigande 2019', en: 'Costs that became eligible in 2019' });

/** BUD-08: a multi-year budget is shown per project year. */
export const bud08: RuleDefinition = {
  id: 'BUD-08',
  title: { sv: 'Flerårig budget redovisas per projektår', en: 'A multi-year budget is shown per project year' },
  units: single(['period', 'budget'], (d, ctx) => {
    const start = parseDate(field(d.period, 'start'));
    const end = parseDate(field(d.period, 'end'));
    const lines = asArray(d.budget);
    if (!start || !end || lines.length === 0) return [];
    const years = Math.max(1, Math.ceil(periodMonths(start, end) / 12));
    const out: Finding[] = [];
    const used = new Set(lines.map((l) => field(l, 'year')));
    if (years > 1 && used.size === 1) {
      out.push(finding(ctx, { location: { kind: 'budget-total' }, message: {
        sv: `Perioden omfattar ${years} projektår men hela budgeten ligger på ett år. Fördela budgetraderna per projektår.`,
        en: `The period covers ${years} project years but the whole budget is in one year. Spread the budget lines over the project years.` } }));
    }
    for (const l of lines) {
      const y = field(l, 'year');
      if (typeof y === 'number' && y > years) {
        out.push(finding(ctx, { location: { kind: 'budget-line', lineId: asString(field(l, 'id')), field: 'year' }, message: {
          sv: `Budgetraden ligger på år ${y}, men perioden omfattar bara ${years} projektår. Ändra året eller förläng perioden.`,
          en: `The budget line is in year ${y}, but the period covers only ${years} project year${years === 1 ? '' : 's'}. Change the year or extend the period.` } }));
      }
    }
    return out;
  }),
};

/** DOC-06: budget lines are named so they match what will be reported. */
export const doc06: RuleDefinition = {
  id: 'DOC-06',
  title: { sv: 'Budgetraderna har namn som går att rapportera mot', en: 'Budget lines are named so they can be reported against' },
  units: single(['budget'], (d, ctx) => asArray(d.budget)
    .filter((l) => asString(field(l, 'description')).trim() === '')
    .map((l) => finding(ctx, {
      location: { kind: 'budget-line', lineId: asString(field(l, 'id')), field: 'description' },
      message: { sv: 'Budgetraden saknar beskrivning. Rapporterna ska följa den beviljade budgetens rader, så ge raden ett tydligt namn.',
                 en: 'The budget line has no description. Reports must follow the lines of the approved budget, so give the line a clear name.' },
    }))),
};

/** REP-01: the Swedish partner pre-finances; ICLD reimburses after reports. */
export const rep01: RuleDefinition = {
  id: 'REP-01',
  title: { sv: 'Förskottering: ICLD betalar ut efter rapport', en: 'Pre-financing: ICLD reimburses after reports' },
  units: single(['budget'], (d, ctx) => {
    if (!asArray(d.budget).some((l) => asAmount(field(l, 'amountOre')) > 0)) return [];
    return [finding(ctx, { location: { kind: 'budget-total' }, message: {
      sv: 'Den svenska parten förskotterar kostnaderna; ICLD betalar ut efter del- eller slutrapport. Planera likviditeten därefter.',
      en: 'The Swedish party pre-finances the costs; ICLD reimburses after interim or final reports. Plan cash flow accordingly.' } })];
  }),
};
