import type { ImportedParty } from './plan';

/**
 * The applicant and partners from a table of parties (Organisation | Roll | Typ | Land, as the
 * app's export writes it in either language), so that an imported draft names its parties and its
 * budget lines can say whose they are. Rows whose role is not recognised are left out.
 */

const ROLES: Array<[RegExp, ImportedParty['role']]> = [
  [/^(sökande|applicant|huvudsökande|lead applicant)$/, 'applicant'],
  [/^(eu-partner|eu partner)$/, 'eu_partner'],
  [/^(svensk medsökande|swedish co-applicant|medsökande|co-applicant)$/, 'swedish_coapplicant'],
  [/^(partner|partnerkommun|partner municipality)$/, 'partner'],
];

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function readPartiesTable(rows: string[][]): ImportedParty[] {
  if (rows.length < 2) return [];
  const header = rows[0]!.map(key);
  const org = header.findIndex((h) => /^(organisation|organization|namn|name)$/.test(h));
  const role = header.findIndex((h) => /^(roll|role)$/.test(h));
  const country = header.findIndex((h) => /^(land|country)$/.test(h));
  if (org < 0 || role < 0) return [];
  const out: ImportedParty[] = [];
  for (const row of rows.slice(1)) {
    const r = ROLES.find(([re]) => re.test(key(row[role] ?? '')))?.[1];
    const organisation = (row[org] ?? '').trim();
    if (!r || out.length >= 21) continue;
    out.push({ organisation: organisation === '–' ? '' : organisation.slice(0, 1000), role: r, country: country >= 0 ? (row[country] ?? '').replace(/^–$/, '').trim().slice(0, 1000) : '' });
  }
  return out;
}
