/**
 * The document's own words in both document languages, and fallback names for programme concepts
 * used when no rule pack is given (the pack's names win when it is).
 */

/** Document language key. */
export type Lang = 'sv' | 'en';

/** Fixed wording of the exported document. */
export interface DocLabels {
  contents: string;
  page: string;
  of: string;
  applicant: string;
  partners: string;
  component: string;
  period: string;
  amount: string;
  edition: string;
  submission: string;
  notFilledIn: string;
  untitled: string;
  notChosen: string;
  organisation: string;
  role: string;
  country: string;
  sweden: string;
  type: string;
  applicantRole: string;
  partnerRoles: Record<'partner' | 'eu_partner' | 'swedish_coapplicant', string>;
  coreArea: string;
  justification: string;
  noCoreAreas: string;
  name: string;
  side: string;
  category: string;
  responsibilities: string;
  memberKinds: Record<'politician' | 'civil_servant' | 'cso' | 'other', string>;
  politicalSides: Record<'majority' | 'opposition', string>;
  coordinator: string;
  icldContact: string;
  projectManager: string;
  noTeam: string;
  budgetSummary: string;
  year: (n: number) => string;
  total: string;
  yearTotal: (n: number) => string;
  description: string;
  amountColumn: string;
  noBudget: string;
  /** An amount typed as text that could not be read, as printed when exporting despite errors. */
  invalidAmount: (typed: string) => string;
  /** Under the budget summary when amounts that could not be read are left out of the sums. */
  amountsLeftOut: (n: number) => string;
  ceiling: (amount: string, per: 'year' | 'total', kind: 'max' | 'guide') => string;
  draftWithErrors: (n: number) => string;
  draftStatus: (n: number) => string;
  exported: string;
  orphanedComment: string;
}

const sv: DocLabels = {
  contents: 'Innehåll',
  page: 'Sida',
  of: 'av',
  applicant: 'Sökande',
  partners: 'Partner',
  component: 'Komponent',
  period: 'Projektperiod',
  amount: 'Sökt belopp',
  edition: 'Programutgåva',
  submission: 'Planerat inlämningsdatum',
  notFilledIn: 'Inte ifyllt',
  untitled: 'Namnlös ansökan',
  notChosen: 'Inte valt',
  organisation: 'Organisation',
  role: 'Roll',
  country: 'Land',
  sweden: 'Sverige',
  type: 'Typ',
  applicantRole: 'Sökande',
  partnerRoles: { partner: 'Partner', eu_partner: 'EU-partner', swedish_coapplicant: 'Svensk medsökande' },
  coreArea: 'Kärnområde',
  justification: 'Motivering',
  noCoreAreas: 'Inga kärnområden valda.',
  name: 'Namn',
  side: 'Part',
  category: 'Kategori',
  responsibilities: 'Uppdrag',
  memberKinds: { politician: 'Politiker', civil_servant: 'Tjänsteperson', cso: 'Civilsamhälle', other: 'Övrig' },
  politicalSides: { majority: 'majoritet', opposition: 'opposition' },
  coordinator: 'Koordinator',
  icldContact: 'ICLD-kontakt',
  projectManager: 'Projektledare',
  noTeam: 'Inga personer angivna.',
  budgetSummary: 'Sammanställning per år och kategori',
  year: (n) => `År ${n}`,
  total: 'Totalt',
  yearTotal: (n) => `Summa år ${n}`,
  description: 'Beskrivning',
  amountColumn: 'Belopp',
  noBudget: 'Inga budgetrader angivna.',
  invalidAmount: (typed) => `”${typed}” (ogiltigt belopp)`,
  amountsLeftOut: (n) => (n === 1 ? 'Ett ogiltigt belopp är inte medräknat i summorna.' : `${n} ogiltiga belopp är inte medräknade i summorna.`),
  ceiling: (amount, per, kind) =>
    `${kind === 'max' ? 'Tak' : 'Riktpunkt'} enligt programutgåvan: ${amount}${per === 'year' ? ' per projektår' : ' totalt'}.`,
  draftWithErrors: (n) => `UTKAST – ${n} ${n === 1 ? 'öppet fel' : 'öppna fel'} enligt programreglerna. Inte klart att skicka in.`,
  draftStatus: (n) => `Utkast med ${n} ${n === 1 ? 'öppet fel' : 'öppna fel'}`,
  exported: 'Exporterad',
  orphanedComment: 'Kommentaren gällde text som inte längre finns',
};

const en: DocLabels = {
  contents: 'Contents',
  page: 'Page',
  of: 'of',
  applicant: 'Applicant',
  partners: 'Partner(s)',
  component: 'Component',
  period: 'Project period',
  amount: 'Amount applied for',
  edition: 'Programme edition',
  submission: 'Planned submission date',
  notFilledIn: 'Not filled in',
  untitled: 'Untitled application',
  notChosen: 'Not chosen',
  organisation: 'Organisation',
  role: 'Role',
  country: 'Country',
  sweden: 'Sweden',
  type: 'Type',
  applicantRole: 'Applicant',
  partnerRoles: { partner: 'Partner', eu_partner: 'EU partner', swedish_coapplicant: 'Swedish co-applicant' },
  coreArea: 'Core area',
  justification: 'Justification',
  noCoreAreas: 'No core areas selected.',
  name: 'Name',
  side: 'Side',
  category: 'Category',
  responsibilities: 'Duties',
  memberKinds: { politician: 'Politician', civil_servant: 'Civil servant', cso: 'Civil society', other: 'Other' },
  politicalSides: { majority: 'majority', opposition: 'opposition' },
  coordinator: 'Coordinator',
  icldContact: 'ICLD contact',
  projectManager: 'Project manager',
  noTeam: 'No team members given.',
  budgetSummary: 'Summary by year and category',
  year: (n) => `Year ${n}`,
  total: 'Total',
  yearTotal: (n) => `Total year ${n}`,
  description: 'Description',
  amountColumn: 'Amount',
  noBudget: 'No budget lines given.',
  invalidAmount: (typed) => `"${typed}" (invalid amount)`,
  amountsLeftOut: (n) => `${n === 1 ? 'One invalid amount is' : `${n} invalid amounts are`} not included in the totals.`,
  ceiling: (amount, per, kind) =>
    `${kind === 'max' ? 'Ceiling' : 'Guide value'} in this programme edition: ${amount}${per === 'year' ? ' per project year' : ' in total'}.`,
  draftWithErrors: (n) => `DRAFT – ${n} open ${n === 1 ? 'error' : 'errors'} against the programme rules. Not ready to submit.`,
  draftStatus: (n) => `Draft with ${n} open ${n === 1 ? 'error' : 'errors'}`,
  exported: 'Exported',
  orphanedComment: 'The comment was on text that no longer exists',
};

/** The document's fixed wording in `lang`. */
export function docLabels(lang: Lang): DocLabels {
  return lang === 'sv' ? sv : en;
}

type Names = Record<string, { sv: string; en: string }>;

/** Component names (fact sheet 2.4), used when the rule pack does not name them. */
export const COMPONENT_NAMES: Names = {
  inception: { sv: 'Förberedelse', en: 'Inception' },
  project: { sv: 'Projekt', en: 'Project' },
  steering_group: { sv: 'Styrgrupp', en: 'Steering group' },
  tripartite_eu: { sv: 'Trepartssamarbete – EU-länder', en: 'Tripartite cooperation with EU countries' },
  multiparty: { sv: 'Flerpartssamarbete', en: 'Multi-party cooperation' },
  development_expansion: { sv: 'Utveckling/breddning', en: 'Development/expansion' },
  dissemination: { sv: 'Spridning', en: 'Dissemination' },
};

/** The four democratic core areas (fact sheet 2.3), used when the rule pack does not name them. */
export const CORE_AREA_NAMES: Names = {
  equity: { sv: 'Jämlikhet', en: 'Equity' },
  participation: { sv: 'Delaktighet', en: 'Participation' },
  transparency: { sv: 'Transparens', en: 'Transparency' },
  accountability: { sv: 'Ansvarsutkrävande', en: 'Accountability' },
};

/** Applicant types (fact sheet 2.1) for drafts exported without a rule pack. */
export const APPLICANT_TYPE_NAMES: Names = {
  municipality: { sv: 'Kommun', en: 'Municipality' },
  region: { sv: 'Region', en: 'Region' },
  county_council: { sv: 'Landsting', en: 'County council' },
  local_authority_federation: { sv: 'Kommunalförbund', en: 'Local-authority federation' },
  district_committee: { sv: 'Stadsdelsnämnd', en: 'District committee' },
  joint_committee: { sv: 'Gemensam nämnd', en: 'Joint committee' },
};

/** Cost categories (fact sheet 2.7) for drafts exported without a rule pack. */
export const COST_CATEGORY_NAMES: Names = {
  work_input: { sv: 'Arbetsinsatser', en: 'Work input' },
  international_travel: { sv: 'Internationella resor', en: 'International travel' },
  local_travel: { sv: 'Lokala resor i partnerlandet', en: 'Local travel in the partner country' },
  visa: { sv: 'Visum', en: 'Visas' },
  visa_fees: { sv: 'Visumavgifter', en: 'Visa fees' },
  venue: { sv: 'Lokalhyra', en: 'Venue hire' },
  climate_compensation: { sv: 'Klimatkompensation', en: 'Climate compensation' },
  interpretation: { sv: 'Tolkning och översättning', en: 'Interpretation and translation' },
  activities: { sv: 'Aktiviteter', en: 'Activities' },
};
