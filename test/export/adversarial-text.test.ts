import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../core/docx/text';
import type { Draft } from '../../core/draft/schema';
import { exportDocx, stopExportWorker } from '../../electron/services/export-docx';
import { docxToPdf, pdfRawText, readWithPythonDocx, type PyDocx } from './readers';
import { sampleApplication } from './sample-application';
import { toolsMissing } from '../support/tools';

const missing = toolsMissing(['python-docx', 'soffice', 'pdftotext'], 'the adversarial-text reading tests');

// Text the coordinator wrote must come back exactly, whatever it is; only characters Word cannot
// store at all (C0 controls, U+FFFE/U+FFFF, unpaired surrogates) come back as a visible U+FFFD.

const run = promisify(execFile);
const FFFD = '\uFFFD';

const LINES = [
  'XML <tag attr="x">&amp; & \' " ]]> <![CDATA[ x ]]> &#x1; &lt;',
  'CTRL a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi\uD800j\uDFFFk',
  'EMOJI 👩🏽‍💻 🇸🇪 🎉 🧑‍🤝‍🧑 ✅ 𝄞',
  'RTL שלום עולם – Hello עולם 123',
  'ARABIC مرحبا بالعالم ١٢٣',
  'COMBINING e\u0301 A\u030A n\u0303 Z\u0324\u0325 क्षि',
  'SPACES a\u00A0b\u200Bc\u2028d\u2029e\u202Ff  double  spaces and trailing ',
  'TABS col1\tcol2\t\tcol4',
];
const expected = (s: string) => cleanText(s).replace(/\r\n|\r/g, '\n');
const BIG = `START ${'ordning och reda '.repeat(61_681)}END`.slice(0, 1024 * 1024);
const MULTILINE = 'first line\nsecond line\r\nthird line';

// Generated strings from the whole of Unicode (including lone surrogates and controls).
const RANDOM = fc.sample(fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), { numRuns: 300, seed: 7 }).map((s) => `R ${s}`);

function adversarialDraft(withBig: boolean): Draft {
  const d = sampleApplication();
  d.title = 'Titel <&> "citat" 🚀 שלום';
  d.applicant.organisation = 'Kommun & Co <AB>';
  d.sections.summary = [...LINES, MULTILINE, ...RANDOM].map((text) => ({ type: 'paragraph', children: [{ text }] }));
  d.sections.challenge = [
    { type: 'heading-one', children: [{ text: 'Rubrik 🎯 <h1> & مرحبا' }] },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'punkt \u0007 med klocka' }] }] },
    { type: 'paragraph', children: [{ text: 'länk: ' }, { type: 'link', url: 'https://example.org/?a=1&b=<2>', children: [{ text: 'här & där' }] }] },
  ];
  d.coreAreas[0]!.justification = 'Motivering med <xml> & emoji 🙂\noch en andra rad';
  d.budget[0]!.description = 'Beskrivning ‏עברית‎ & <tag>';
  if (withBig) d.sections.risks = [{ type: 'paragraph', children: [{ text: BIG }] }];
  return d;
}

let dir: string;
let docx: string;
let py: PyDocx;

beforeAll(async () => {
  if (missing) return;
  dir = await mkdtemp(join(tmpdir(), 'kp-export-adv-'));
  docx = join(dir, 'adversarial.docx');
  const r = await exportDocx(adversarialDraft(true), docx, { allowErrors: true });
  expect(r.ok).toBe(true);
  py = await readWithPythonDocx(docx);
}, 180_000);
afterAll(async () => {
  stopExportWorker();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('adversarial text, read back by python-docx', () => {
  it('keeps XML specials, emoji, right-to-left text, combining marks and spaces exactly', () => {
    const texts = py.paragraphs.map((p) => p.text);
    for (const line of LINES) expect(texts).toContain(expected(line));
    expect(texts).toContain('first line\nsecond line\nthird line');
  });

  it('replaces only what Word forbids, each with one visible U+FFFD', () => {
    const ctrl = py.paragraphs.find((p) => p.text.startsWith('CTRL'))!.text;
    expect(ctrl).toBe(`CTRL a${FFFD}b${FFFD}c${FFFD}d${FFFD}e${FFFD}f${FFFD}g${FFFD}h${FFFD}i${FFFD}j${FFFD}k`);
  });

  it('brings back 300 generated strings from all of Unicode as written (or with U+FFFD)', () => {
    const texts = py.paragraphs.filter((p) => p.text.startsWith('R ')).map((p) => p.text);
    expect(texts).toEqual(RANDOM.map(expected));
  });

  it('keeps a 1 MB paragraph whole', () => {
    const big = py.paragraphs.find((p) => p.text.startsWith('START'))!.text;
    expect(big.length).toBe(BIG.length);
    expect(big === BIG).toBe(true);
  });

  it('keeps specials in the title, header, headings, lists, links, tables and properties', () => {
    const texts = py.paragraphs.map((p) => p.text);
    expect(py.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Titel <&> "citat" 🚀 שלום');
    expect(py.header).toEqual(['Titel <&> "citat" 🚀 שלום']);
    expect(py.core.title).toBe('Titel <&> "citat" 🚀 שלום');
    expect(py.core.author).toBe('Kommun & Co <AB>');
    expect(py.paragraphs.find((p) => p.style === 'Heading 2')?.text).toBe('Rubrik 🎯 <h1> & مرحبا');
    expect(texts).toContain(`punkt ${FFFD} med klocka`);
    expect(py.paragraphs.map((p) => p.allText)).toContain('länk: här & där');
    const cells = py.tables.flat(2);
    expect(cells).toContain('Motivering med <xml> & emoji 🙂\noch en andra rad');
    expect(cells).toContain('Beskrivning ‏עברית‎ & <tag>');
    expect(cells).toContain('Kommun & Co <AB>');
  });
});

describe.skipIf(missing)('adversarial text, read back by LibreOffice', () => {
  it('opens the file and gives the same text back, the 1 MB paragraph included', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'kp-lo-'));
    try {
      await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], { timeout: 240_000 });
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    const lines = (await readFile(join(dir, 'adversarial.txt'), 'utf8')).replace(/^\uFEFF/, '').split('\n');
    for (const line of LINES) expect(lines).toContain(expected(line));
    expect(lines).toContain(RANDOM.map(expected).find((s) => !/[\n\r\u2028\u2029\u000B\u000C]/.test(s))!);
    expect(lines.find((l) => l.startsWith('START')) === BIG).toBe(true);
  }, 300_000);

  it('lays the document out as PDF (without the 1 MB paragraph, which LibreOffice takes minutes to lay out)', async () => {
    const small = join(dir, 'adversarial-small.docx');
    expect((await exportDocx(adversarialDraft(false), small, { allowErrors: true })).ok).toBe(true);
    const pdf = await docxToPdf(small, dir);
    expect((await stat(pdf)).size).toBeGreaterThan(10_000);
    const text = await pdfRawText(pdf);
    expect(text).toContain(LINES[0]);
    expect(text).toContain('Titel <&> "citat"');
    expect(text.normalize('NFC')).toContain('COMBINING é Å ñ');
  }, 240_000);
});
