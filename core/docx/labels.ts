import { catalogue } from '../i18n/catalogue';
import { textIn } from '../i18n/lookup';

/**
 * The document's own words in both document languages: the catalogue's `docx` group
 * (core/i18n/docx-sv.ts, docx-en.ts), with the texts that hold values as functions.
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
  contact: string;
  signatory: string;
  contacts: string;
  annexes: string;
  annex: string;
  annexState: string;
  annexFile: string;
  annexStates: Record<'missing' | 'draft' | 'signed', string>;
  noAnnexes: string;
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
  /** Under a comment that proposes a value for its field. */
  proposedValue: (value: string, was: string) => string;
}

/** The document's fixed wording in `lang`. */
export function docLabels(lang: Lang): DocLabels {
  const { ceiling: _byKind, ...words } = catalogue[lang].docx;
  return {
    ...words,
    year: (n) => textIn(lang, 'docx.year', { n }),
    yearTotal: (n) => textIn(lang, 'docx.yearTotal', { n }),
    invalidAmount: (typed) => textIn(lang, 'docx.invalidAmount', { typed }),
    amountsLeftOut: (count) => textIn(lang, 'docx.amountsLeftOut', { count }),
    ceiling: (amount, per, kind) => textIn(lang, `docx.ceiling.${kind}_${per}`, { amount }),
    draftWithErrors: (count) => textIn(lang, 'docx.draftWithErrors', { count }),
    draftStatus: (count) => textIn(lang, 'docx.draftStatus', { count }),
    proposedValue: (value, was) => textIn(lang, 'docx.proposedValue', { value, was }),
  };
}
