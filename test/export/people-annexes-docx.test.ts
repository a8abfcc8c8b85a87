import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { readWithPythonDocx, type PyDocx } from './readers';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['python-docx'], 'the python-docx reading tests');

// The people of each party, the partner's organisation type and the annexes, as an independent
// reader (python-docx) finds them in the exported sample.

let dir: string;
let doc: PyDocx;

beforeAll(async () => {
  if (missing) return;
  dir = await mkdtemp(join(tmpdir(), 'kp-export-people-'));
  const path = join(dir, 'sample.docx');
  const r = await exportDocx(sampleApplication(), path, {}, { now: () => new Date('2026-03-10T09:00:00Z') });
  expect(r.ok).toBe(true);
  doc = await readWithPythonDocx(path);
}, 120_000);
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const tableStarting = (first: string, second: string) => doc.tables.find((t) => t[0]?.[0] === first && t[0]?.[1] === second);

describe.skipIf(missing)('people, partner type and annexes in the exported sample', () => {
  it('the title page names the partner with its type, the contact persons and the signatories', () => {
    const facts = new Map(doc.tables[0]!.map((row) => [row[0], row[1]]));
    expect(facts.get('Partner')).toBe('Kisumu County Government (County/län), Kenya');
    expect(facts.get('Kontaktpersoner')).toBe('Lena Persson (Västerås stad)\nDavid Mwangi (Kisumu County Government)');
    expect(facts.get('Behörig firmatecknare')).toBe('Anders Berg (Västerås stad)\nGrace Achieng (Kisumu County Government)');
  });

  it('the parties table gives the partner its organisation type instead of a dash', () => {
    const parties = tableStarting('Organisation', 'Roll')!;
    expect(parties.slice(1).map((r) => [r[0], r[2]])).toEqual([['Västerås stad', 'Kommun'], ['Kisumu County Government', 'County/län']]);
  });

  it('a table beside it lists each party\'s contact person and signatory with title, e-mail and phone', () => {
    const people = tableStarting('Organisation', 'Kontaktperson')!;
    expect(people[0]).toEqual(['Organisation', 'Kontaktperson', 'Behörig firmatecknare']);
    expect(people[1]).toEqual(['Västerås stad',
      'Lena Persson, Internationell samordnare\nlena.persson@vasteras.se · 021-39 00 00',
      'Anders Berg, Kommundirektör\nanders.berg@vasteras.se · 021-39 00 01']);
    expect(people[2]).toEqual(['Kisumu County Government',
      'David Mwangi, Public Participation Officer\nd.mwangi@kisumu.go.ke · +254 57 202 0000',
      'Grace Achieng, County Secretary\ng.achieng@kisumu.go.ke']);
  });

  it('lists the annexes the project needs with their state and the name of the file, never its folder', () => {
    expect(doc.paragraphs.some((p) => p.text === 'Bilagor')).toBe(true);
    const annexes = tableStarting('Bilaga', 'Status')!;
    expect(annexes.slice(1)).toEqual([
      ['Avsiktsförklaring (Letter of Intent), undertecknad', 'Klar/undertecknad', 'Avsiktsförklaring Västerås–Kisumu.pdf'],
      ['Resultat från ICLD:s projektplaneringsverktyg', 'Klar/undertecknad', '–'],
      ['Styrgruppsansökan', 'Utkast', '–'],
      ['Budget, undertecknad', 'Saknas', '–'],
    ]);
  });
});
