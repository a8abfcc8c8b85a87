import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/**
 * Independent readers of exported .docx files: LibreOffice (→ PDF → pdftotext/pdftoppm) and
 * python-docx. Used by the export tests and by scripts/render-sample-export.mjs.
 */

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Converts a .docx to PDF with headless LibreOffice and returns the PDF's path. With `exportNotes`
 * the document's comments become PDF notes (LibreOffice's ExportNotes filter option).
 */
export async function docxToPdf(docx: string, outDir: string, o: { exportNotes?: boolean } = {}): Promise<string> {
  const filter = o.exportNotes ? 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' : 'pdf';
  return convertDocx(docx, outDir, filter, '.pdf');
}

/** A .docx converted by LibreOffice into `outDir` with a filter (e.g. "fodt", flat OpenDocument XML); returns the new file's path. */
export async function convertDocx(docx: string, outDir: string, filter: string, ext: string): Promise<string> {
  // A private profile per conversion: parallel test runs must not share LibreOffice's lock.
  const profile = await mkdtemp(join(tmpdir(), 'kp-lo-'));
  try {
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filter, '--outdir', outDir, docx], {
      timeout: 240_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(docx).replace(/\.docx$/i, ext));
}

/** The text of each page of a PDF, laid out as on the page (pdftotext -layout). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The raw text of a PDF in reading order (pdftotext without -layout), for exact comparisons. */
export async function pdfRawText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Each page's size in points, as pdfinfo (poppler-utils, with pdftotext) reports it. */
export async function pdfPageSizes(pdf: string): Promise<Array<{ width: number; height: number }>> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** Renders each page of a PDF as a PNG (pdftoppm) named `<prefix>-<n>.png`. */
export async function pdfToPngs(pdf: string, prefix: string, dpi = 60): Promise<void> {
  await run('pdftoppm', ['-r', String(dpi), '-png', pdf, prefix]);
}

/** What python-docx sees in a document. */
export interface PyDocx {
  paragraphs: Array<{ style: string | null; text: string; allText: string; runLangs: string[]; numbered: boolean }>;
  tables: string[][][];
  /** Each table cell's background colour (w:shd fill), by grid column; null without one. */
  tableFills: Array<Array<Array<string | null>>>;
  /** The page sections in order: on their side or upright, and the page width in twips. */
  sections: Array<{ landscape: boolean; width: number | null }>;
  core: {
    title: string; subject: string; author: string; keywords: string; comments: string;
    language: string; contentStatus: string; category: string;
  };
  header: string[];
  footerXml: string;
}

/** Reads a .docx with python-docx (Debian's python3-docx, hence /usr/bin/python3). */
export async function readWithPythonDocx(docx: string): Promise<PyDocx> {
  const { stdout } = await run('/usr/bin/python3', [join(here, 'read-docx.py'), docx], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  return JSON.parse(stdout) as PyDocx;
}

/** A text note (comment) of a PDF: its text and its title, which LibreOffice fills with "author, date". */
export interface PdfNote {
  text: string;
  title: string;
}

const pdfString = (hex: string) => {
  const b = Buffer.from(hex, 'hex');
  return b[0] === 0xfe && b[1] === 0xff ? Buffer.from(b.subarray(2)).swap16().toString('utf16le') : b.toString('latin1');
};

/** The text notes of a PDF written by LibreOffice (uncompressed annotation objects). */
export async function pdfNotes(pdf: string): Promise<PdfNote[]> {
  const { readFile } = await import('node:fs/promises');
  const objects = (await readFile(pdf)).toString('latin1').split('endobj');
  return objects
    .filter((o) => /\/Subtype\s*\/Text\b/.test(o))
    .map((o) => ({ text: pdfString(/\/Contents\s*<([0-9A-Fa-f]*)>/.exec(o)?.[1] ?? ''), title: pdfString(/\/T\s*<([0-9A-Fa-f]*)>/.exec(o)?.[1] ?? '') }));
}
