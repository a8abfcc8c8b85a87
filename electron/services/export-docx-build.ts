import { Packer, type Document } from 'docx';
import { buildCoreProperties, buildDocx, type BuildDocxOptions } from '../../core/docx/build-docx';
import type { DocxPackInfo } from '../../core/docx/pack-info';
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
  openErrors: number;
  pack?: DocxPackInfo;
  /** ISO time of the export. */
  now: string;
}

type Parts = Map<string, string | Uint8Array>;
interface DocxCompiler {
  compile(doc: Document, prettify: undefined, overrides: ReadonlyArray<{ path: string; data: string }>): Parts;
}

/**
 * The package parts docx would zip. Packer's own zip is a JavaScript deflate that takes most of an
 * export's time on long drafts; the compiler step before it is reached directly when this version
 * of docx exposes it, and Packer is used as is otherwise.
 */
async function pack(doc: Document, overrides: Array<{ path: string; data: string }>): Promise<Buffer> {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  if (typeof compiler?.compile === 'function') return zipParts(compiler.compile(doc, undefined, overrides));
  return Packer.toBuffer(doc, false, overrides);
}

/** Builds and packs the .docx bytes of an export job. */
export async function buildDocxBytes(job: ExportJob): Promise<Buffer> {
  const o: BuildDocxOptions = {
    template: job.template,
    language: job.language,
    pack: job.pack,
    withComments: job.withComments,
    openErrors: job.openErrors,
    now: new Date(job.now),
  };
  const doc = buildDocx(job.draft, o);
  return pack(doc, [{ path: 'docProps/core.xml', data: buildCoreProperties(job.draft, o) }]);
}
