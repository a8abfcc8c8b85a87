import type { Finding } from '../finding';
import { resolveCountry, type CountryLookup } from '../pack-index';
import type { Country, RulePack } from '../pack-schema';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import type { Draft } from '../../draft/schema';
import { textIn } from '../../i18n/lookup';
import type { Localized } from '../../template/schema';
import { ruleText, type RuleTextKey } from '../rule-text';

interface PartnerCountry {
  index: number;
  partnerId: string;
  text: string;
  lookup: CountryLookup;
}

/** The foreign partners' countries (EU-country parties and Swedish co-applicants are not partner countries). */
function partnerCountries(draft: Draft, pack: RulePack): PartnerCountry[] {
  const out: PartnerCountry[] = [];
  asArray(draft.partners).forEach((p, index) => {
    if (field(p, 'role') !== 'partner') return;
    const text = asString(field(p, 'country'));
    out.push({ index, partnerId: asString(field(p, 'id')), text, lookup: resolveCountry(pack, text) });
  });
  return out;
}

const where = (p: PartnerCountry) => ({ kind: 'partner', partnerId: p.partnerId, field: 'country' }) as const;

function clusterList(pack: RulePack, lang: 'sv' | 'en'): string {
  return pack.clusters
    .map((cl) => {
      const names = pack.countries.filter((c) => c.cluster === cl.id && c.status === 'eligible').map((c) => c[lang]);
      return textIn(lang, 'rules.country.cluster', { cluster: cl[lang], countries: names.join(', ') });
    })
    .join('; ');
}

/** Why a country is not a partner country, per rule. */
const statusKey: Record<string, RuleTextKey> = {
  'CTY-02': 'rules.CTY-02.removed',
  'CTY-04': 'rules.CTY-04.noCluster',
  'CTY-05': 'rules.CTY-05.left',
  'CTY-06': 'rules.CTY-06.notListed',
};

function statusMessage(id: string, c: Country, pack: RulePack): Localized {
  return ruleText(statusKey[id] ?? 'rules.country.notPartner', (l) => ({ country: c[l], clusters: id === 'CTY-04' ? clusterList(pack, l) : '' }));
}

function checkCountryStatus(id: string, draft: Draft, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const p of partnerCountries(draft, ctx.pack)) {
    if (p.lookup.kind === 'unknown') {
      if (id !== 'CTY-01') continue;
      const message = p.text.trim() === '' ? ruleText('rules.country.none') : ruleText('rules.country.unknown', () => ({ text: p.text }));
      out.push(finding(ctx, { message, location: where(p) }));
      continue;
    }
    const c = p.lookup.country;
    if (c.status === 'eligible' || (c.reportedBy ?? 'CTY-01') !== id) continue;
    const message = c.status === 'unknown' ? ruleText('rules.country.unconfirmed', (l) => ({ country: c[l] })) : statusMessage(id, c, ctx.pack);
    out.push(finding(ctx, {
      severity: c.status === 'unknown' ? 'warning' : undefined,
      message, location: where(p), sources: c.sources, confidence: c.confidence,
    }));
  }
  return out;
}

function statusRule(id: string, title: RuleDefinition['title']): RuleDefinition {
  return { id, title, units: single(['partners'], (d, ctx) => checkCountryStatus(id, d, ctx)) };
}

/** CTY-01: the partner country is in the edition's list. */
export const cty01 = statusRule('CTY-01', ruleText('rules.CTY-01.title'));
/** CTY-02: Belarus and India, removed in 2019. */
export const cty02 = statusRule('CTY-02', ruleText('rules.CTY-02.title'));
/** CTY-04: 2023+: the country belongs to one of the four clusters. */
export const cty04 = statusRule('CTY-04', ruleText('rules.CTY-04.title'));
/** CTY-05: countries that left the list in 2023. */
export const cty05 = statusRule('CTY-05', ruleText('rules.CTY-05.title'));
/** CTY-06: the later 2023 list (Rwanda added, Bosnia and Herzegovina not listed). */
export const cty06 = statusRule('CTY-06', ruleText('rules.CTY-06.title'));

/** CTY-03: a country given by name or alias is stored as its code (quick fix). */
export const cty03: RuleDefinition = {
  id: 'CTY-03',
  title: ruleText('rules.CTY-03.title'),
  units: single(['partners'], (d, ctx) => partnerCountries(d, ctx.pack).flatMap((p) => {
    if (p.lookup.kind !== 'name') return [];
    const c = p.lookup.country;
    return [finding(ctx, {
      message: ruleText('rules.CTY-03.readAs', (l) => ({ text: p.text, country: c[l], code: c.code })),
      location: where(p),
      sources: c.sources,
      fix: { label: ruleText('rules.CTY-03.replace', (l) => ({ country: c[l], code: c.code })), edits: [{ path: ['partners', p.index, 'country'], value: c.code }] },
    })];
  })),
};

/** CTY-07: Kosovo is stored as XK, which is not an official ISO code. */
export const cty07: RuleDefinition = {
  id: 'CTY-07',
  title: ruleText('rules.CTY-07.title'),
  units: single(['partners'], (d, ctx) => partnerCountries(d, ctx.pack)
    .filter((p) => p.lookup.kind !== 'unknown' && p.lookup.country.code === 'XK')
    .map((p) => finding(ctx, {
      message: ruleText('rules.CTY-07.kosovo'),
      location: where(p),
    }))),
};
