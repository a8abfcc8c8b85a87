import type { Finding } from '../finding';
import { resolveCountry, type CountryLookup } from '../pack-index';
import type { Country, RulePack } from '../pack-schema';
import { finding, single, type RuleContext, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import type { Draft } from '../../draft/schema';

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
      return `${cl[lang]} (${names.join(', ')})`;
    })
    .join('; ');
}

function statusMessage(id: string, c: Country, pack: RulePack): { sv: string; en: string } {
  switch (id) {
    case 'CTY-02':
      return { sv: `${c.sv} togs bort som partnerland 2019. Ett partnerskap med ${c.sv} kan inte få stöd enligt den här utgåvan; välj ett annat partnerland.`,
               en: `${c.en} was removed as a partner country in 2019. A partnership with ${c.en} cannot be funded under this edition; choose another partner country.` };
    case 'CTY-04':
      return { sv: `${c.sv} hör inte till något av utgåvans fyra kluster. Välj ett land i ett kluster: ${clusterList(pack, 'sv')}.`,
               en: `${c.en} is not in any of the edition's four clusters. Choose a country in a cluster: ${clusterList(pack, 'en')}.` };
    case 'CTY-05':
      return { sv: `${c.sv} finns inte med bland partnerländerna från 2023. Sidan som listar dem är inte helt läsbar, så fråga ICLD om det finns övergångsregler – annars välj ett land i klustren.`,
               en: `${c.en} is not among the partner countries from 2023. The page listing them could not be read in full, so ask ICLD about transitional rules – otherwise choose a country in the clusters.` };
    case 'CTY-06':
      return { sv: `${c.sv} finns inte med i den senare klusterlistan. Listans datum är osäkert – kontrollera med ICLD att ${c.sv} fortfarande är partnerland.`,
               en: `${c.en} is not in the later cluster list. The list's date is uncertain – check with ICLD that ${c.en} is still a partner country.` };
    default:
      return { sv: `${c.sv} är inte partnerland i den här utgåvan. Välj ett av utgåvans partnerländer.`,
               en: `${c.en} is not a partner country in this edition. Choose one of the edition's partner countries.` };
  }
}

function checkCountryStatus(id: string, draft: Draft, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const p of partnerCountries(draft, ctx.pack)) {
    if (p.lookup.kind === 'unknown') {
      if (id !== 'CTY-01') continue;
      const message = p.text.trim() === ''
        ? { sv: 'Inget partnerland är valt. Välj partnerorganisationens land.', en: 'No partner country is chosen. Choose the partner organisation\'s country.' }
        : { sv: `”${p.text}” är inte ett partnerland i den här utgåvan. Välj ett av utgåvans partnerländer.`,
            en: `"${p.text}" is not a partner country in this edition. Choose one of the edition's partner countries.` };
      out.push(finding(ctx, { message, location: where(p) }));
      continue;
    }
    const c = p.lookup.country;
    if (c.status === 'eligible' || (c.reportedBy ?? 'CTY-01') !== id) continue;
    const message = c.status === 'unknown'
      ? { sv: `Det är inte bekräftat att ${c.sv} är partnerland i den här utgåvan. Kontrollera med ICLD.`,
          en: `It is not confirmed that ${c.en} is a partner country in this edition. Check with ICLD.` }
      : statusMessage(id, c, ctx.pack);
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
export const cty01 = statusRule('CTY-01', { sv: 'Partnerlandet finns i utgåvans lista', en: 'The partner country is in the edition\'s list' });
/** CTY-02: Belarus and India, removed in 2019. */
export const cty02 = statusRule('CTY-02', { sv: 'Belarus och Indien är inte partnerländer från 2019', en: 'Belarus and India are not partner countries from 2019' });
/** CTY-04: 2023+: the country belongs to one of the four clusters. */
export const cty04 = statusRule('CTY-04', { sv: 'Partnerlandet hör till ett av de fyra klustren', en: 'The partner country belongs to one of the four clusters' });
/** CTY-05: countries that left the list in 2023. */
export const cty05 = statusRule('CTY-05', { sv: 'Länder som inte är partnerländer från 2023', en: 'Countries that are not partner countries from 2023' });
/** CTY-06: the later 2023 list (Rwanda added, Bosnia and Herzegovina not listed). */
export const cty06 = statusRule('CTY-06', { sv: 'Den senare klusterlistan (Rwanda med, Bosnien och Hercegovina inte)', en: 'The later cluster list (Rwanda in, Bosnia and Herzegovina not listed)' });

/** CTY-03: a country given by name or alias is stored as its code (quick fix). */
export const cty03: RuleDefinition = {
  id: 'CTY-03',
  title: { sv: 'Landets namn tolkas och sparas som landskod', en: 'A country name is recognised and stored as its code' },
  units: single(['partners'], (d, ctx) => partnerCountries(d, ctx.pack).flatMap((p) => {
    if (p.lookup.kind !== 'name') return [];
    const c = p.lookup.country;
    return [finding(ctx, {
      message: { sv: `”${p.text}” tolkas som ${c.sv} (${c.code}). Spara landet som landskod så att kontrollerna och exporten blir rätt.`,
                 en: `"${p.text}" is read as ${c.en} (${c.code}). Store the country as its code so that checks and export are right.` },
      location: where(p),
      sources: c.sources,
      fix: { label: { sv: `Ersätt med ${c.sv} (${c.code})`, en: `Replace with ${c.en} (${c.code})` }, edits: [{ path: ['partners', p.index, 'country'], value: c.code }] },
    })];
  })),
};

/** CTY-07: Kosovo is stored as XK, which is not an official ISO code. */
export const cty07: RuleDefinition = {
  id: 'CTY-07',
  title: { sv: 'Kosovo lagras som XK (ingen officiell ISO-kod)', en: 'Kosovo is stored as XK (not an official ISO code)' },
  units: single(['partners'], (d, ctx) => partnerCountries(d, ctx.pack)
    .filter((p) => p.lookup.kind !== 'unknown' && p.lookup.country.code === 'XK')
    .map((p) => finding(ctx, {
      message: { sv: 'Kosovo har ingen officiell ISO-landskod; appen använder XK. I Word-dokumentet skrivs landets namn ut.',
                 en: 'Kosovo has no official ISO country code; the app uses XK. The Word document spells out the country name.' },
      location: where(p),
    }))),
};
