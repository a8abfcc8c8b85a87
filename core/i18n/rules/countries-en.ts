import type { SameKeys } from '../same-keys';
import type { countryRulesSv } from './countries-sv';

/** What the partner-country rules say, in English (see countries-sv.ts). */
export const countryRulesEn: SameKeys<typeof countryRulesSv> = {
  country: {
    none: 'No partner country is chosen. Choose the partner organisation’s country.',
    unknown: '"{{text}}" is not a partner country in this edition. Choose one of the edition’s partner countries.',
    unconfirmed: 'It is not confirmed that {{country}} is a partner country in this edition. Check with ICLD.',
    notPartner: '{{country}} is not a partner country in this edition. Choose one of the edition’s partner countries.',
    cluster: '{{cluster}} ({{countries}})',
  },
  'CTY-01': { title: 'The partner country is in the edition’s list' },
  'CTY-02': {
    title: 'Belarus and India are not partner countries from 2019',
    removed: '{{country}} was removed as a partner country in 2019. A partnership with {{country}} cannot be funded under this edition; choose another partner country.',
  },
  'CTY-03': {
    title: 'A country name is recognised and stored as its code',
    readAs: '"{{text}}" is read as {{country}} ({{code}}). Store the country as its code so that checks and export are right.',
    replace: 'Replace with {{country}} ({{code}})',
  },
  'CTY-04': {
    title: 'The partner country belongs to one of the four clusters',
    noCluster: '{{country}} is not in any of the edition’s four clusters. Choose a country in a cluster: {{clusters}}.',
  },
  'CTY-05': {
    title: 'Countries that are not partner countries from 2023',
    left: '{{country}} is not among the partner countries from 2023. The page listing them could not be read in full, so ask ICLD about transitional rules – otherwise choose a country in the clusters.',
  },
  'CTY-06': {
    title: 'The later cluster list (Rwanda in, Bosnia and Herzegovina not listed)',
    notListed: '{{country}} is not in the later cluster list. The list’s date is uncertain – check with ICLD that {{country}} is still a partner country.',
  },
  'CTY-07': {
    title: 'Kosovo is stored as XK (not an official ISO code)',
    kosovo: 'Kosovo has no official ISO country code; the app uses XK. The Word document spells out the country name.',
  },
};
