import { parseAmountOre, type AmountProblem } from '../../editor/amount';
import { INCOMPLETE_DATE, invalidInputTarget, type DateField } from '../../draft/invalid-inputs';
import type { Finding } from '../finding';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';

type Text = { sv: string; en: string };

/** The record of unreadable inputs without one of them: what a quick fix that clears it puts in its place. */
function without(all: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _cleared, ...rest } = all;
  return rest;
}

/** Typed text is quoted in messages; very long text is cut so the message stays readable. */
function quoted(raw: string): Text {
  const shown = raw.length > 60 ? `${raw.slice(0, 59)}…` : raw;
  return { sv: `”${shown}”`, en: `"${shown}"` };
}

const DATE_NAMES: Record<DateField, Text> = {
  'period.start': { sv: 'projektets startdatum', en: 'the project start date' },
  'period.end': { sv: 'projektets slutdatum', en: 'the project end date' },
  submissionDate: { sv: 'inlämningsdatumet', en: 'the submission date' },
};

/** What to do about an amount, by why it could not be read. */
const AMOUNT_HINTS: Record<Exclude<AmountProblem, 'empty'>, Text> = {
  'not-a-number': { sv: 'Skriv beloppet med siffror i kronor, till exempel 20 000.', en: 'Type the amount in figures, in kronor, for example 20 000.' },
  negative: { sv: 'Ett belopp kan inte vara negativt; skriv kostnaden som ett positivt belopp.', en: 'An amount cannot be negative; enter the cost as a positive amount.' },
  'too-many-decimals': { sv: 'Ett belopp har högst två decimaler (öre).', en: 'An amount has at most two decimals (öre).' },
  'too-large': { sv: 'Beloppet är för stort för att räknas exakt; kontrollera siffrorna.', en: 'The amount is too large to be summed exactly; check the figures.' },
};

function amountHint(raw: string): Text {
  const r = parseAmountOre(raw);
  return !r.ok && r.problem !== 'empty' ? AMOUNT_HINTS[r.problem] : AMOUNT_HINTS['not-a-number'];
}

/** "budgetrad 2 (Flyg Uppsala–Mombasa)" / "budget line 2 (Flights …)". */
function lineName(index: number, description: string): Text {
  const desc = description.trim() ? ` (${description.trim().length > 40 ? `${description.trim().slice(0, 39)}…` : description.trim()})` : '';
  return { sv: `budgetrad ${index + 1}${desc}`, en: `budget line ${index + 1}${desc}` };
}

interface Inputs {
  all: Record<string, unknown>;
  lines: readonly unknown[];
}

function amountFinding(ctx: RuleContext, key: string, lineId: string, raw: string, { all, lines }: Inputs): Finding {
  const index = lines.findIndex((l) => asString(field(l, 'id')) === lineId);
  const q = quoted(raw);
  const hint = amountHint(raw);
  if (index === -1) {
    // Only a file edited by hand gets here: the line is gone, so the text can only be removed.
    return finding(ctx, {
      location: { kind: 'field', field: 'budget' },
      message: { sv: `Beloppet ${q.sv} hör till en budgetrad som inte längre finns i utkastet.`, en: `The amount ${q.en} belongs to a budget line that is no longer in the draft.` },
      fix: { label: { sv: 'Ta bort det inskrivna beloppet', en: 'Remove the typed amount' }, edits: [{ path: ['invalidInputs'], value: without(all, key) }] },
    });
  }
  const line = lineName(index, asString(field(lines[index], 'description')));
  return finding(ctx, {
    location: { kind: 'budget-line', lineId, field: 'amount' },
    message: {
      sv: `Beloppet ${q.sv} på ${line.sv} kunde inte läsas som ett belopp och räknas inte med i summan. ${hint.sv}`,
      en: `The amount ${q.en} on ${line.en} could not be read as an amount and is left out of the total. ${hint.en}`,
    },
  });
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function dateFinding(ctx: RuleContext, which: DateField, raw: string, all: Record<string, unknown>): Finding {
  const q = quoted(raw);
  const name = DATE_NAMES[which];
  const location = { kind: 'field', field: which } as const;
  // A date field cannot show text it could not read (after reopening it is empty), so it can be cleared from here.
  const fix = { label: { sv: 'Töm fältet', en: 'Clear the field' }, edits: [{ path: ['invalidInputs'], value: without(all, which) }] };
  if (raw === INCOMPLETE_DATE) {
    return finding(ctx, { location, fix, message: {
      sv: `${capital(name.sv)} är inte helt ifyllt. Fyll i år, månad och dag, eller töm fältet.`,
      en: `${capital(name.en)} is not completely filled in. Fill in the year, month and day, or clear the field.`,
    } });
  }
  return finding(ctx, {
    location,
    fix,
    message: {
      sv: `${q.sv} kunde inte läsas som ${name.sv}. Ange ett datum som finns, som ÅÅÅÅ-MM-DD.`,
      en: `${q.en} could not be read as ${name.en}. Enter a date that exists, as YYYY-MM-DD.`,
    },
  });
}

/**
 * FLD-01: nothing typed into an amount or date field is silently dropped. Text that could not be
 * read is kept in `draft.invalidInputs` (the field's value is then empty); each entry is an error
 * at its field until it is corrected or cleared, so it blocks export like any error.
 */
export const fld01: RuleDefinition = {
  id: 'FLD-01',
  title: { sv: 'Belopp och datum går att läsa', en: 'Amounts and dates can be read' },
  units: single(['invalidInputs', 'budget'], (d, ctx) => {
    const inputs = d.invalidInputs as unknown;
    if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) return [];
    const all = inputs as Record<string, unknown>;
    const lines = asArray(d.budget);
    const out: Finding[] = [];
    for (const [key, raw] of Object.entries(all)) {
      const target = invalidInputTarget(key);
      if (!target || typeof raw !== 'string') continue;
      out.push(target.kind === 'amount' ? amountFinding(ctx, key, target.lineId, raw, { all, lines }) : dateFinding(ctx, target.field, raw, all));
    }
    return out;
  }),
};
