import { Packer, type Document } from 'docx';
import { buildDocx, buildExtraParts, type BuildDocxOptions } from '../../core/docx/build-docx';
import type { DocxPackInfo } from '../../core/docx/pack-info';
import type { ProgrammeNames } from '../../core/docx/programme-names';
import type { Draft, DocumentLanguage } from '../../core/draft/schema';
import type { ApplicationTemplate } from '../../core/template/schema';
import { zipParts } from './export-docx-zip';

/**
 * Everything the export worker needs, as plain data (it crosses a thread boundary). The template
 * is sent already validated, so the worker never loads zod and starts in a fraction of the time.
 */
export interface ExportJob {
  draft: Draft;
  template: ApplicationTemplate;
  language: DocumentLanguage;
  withComments: boolean;
  withSuggestions: boolean;
  openErrors: number;
  pack?: DocxPackInfo;
  /** The bundled packs' names, for ids the pack does not name (worked out here: the worker has no packs). */
  names: ProgrammeNames;
  /** ISO time of the export. */
  now: string;
}

type Parts = Map<string, string | Uint8Array>;
interface DocxCompiler {
  compile(doc: Document, prettify: undefined, overrides: ReadonlyArray<{ path: string; data: string }>): Parts;
}

/**
 * Registers a part docx did not write itself (the resolved state of unthreaded comments) in the
 * package's content types and the document's relationships; parts docx wrote are just replaced.
 */
function register(parts: Parts, extra: { path: string; data: string }) {
  if (parts.has(extra.path) || extra.path !== 'word/commentsExtended.xml') return;
  const types = parts.get('[Content_Types].xml');
  const rels = parts.get('word/_rels/document.xml.rels');
  if (typeof types !== 'string' || typeof rels !== 'string') return;
  parts.set('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>'));
  parts.set('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdKpCommentsEx" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>'));
}

/**
 * Packs the document with its extra parts. Packer's own zip is a JavaScript deflate that takes most
 * of an export's time on long drafts; the compiler step before it is reached directly when this
 * version of docx exposes it (and the parts are zipped with Node's zlib), Packer is used otherwise.
 */
async function pack(doc: Document, extras: Array<{ path: string; data: string }>): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return Packer.toBuffer(doc, false, extras.filter((e) => e.path === 'docProps/core.xml'));
  const known = extras.filter((e) => e.path === 'docProps/core.xml');
  const parts = compiler.compile(doc, undefined, known);
  for (const e of extras) {
    if (known.includes(e)) continue;
    register(parts, e);
    parts.set(e.path, e.data);
  }
  return zipParts(parts);
}

/** Builds and packs the .docx bytes of an export job. */
export async function buildDocxBytes(job: ExportJob): Promise<Buffer> {
  const o: BuildDocxOptions = {
    template: job.template,
    language: job.language,
    pack: job.pack,
    names: job.names,
    withComments: job.withComments,
    withSuggestions: job.withSuggestions,
    openErrors: job.openErrors,
    now: new Date(job.now),
  };
  const doc = buildDocx(job.draft, o);
  return pack(doc, buildExtraParts(job.draft, o));
}
