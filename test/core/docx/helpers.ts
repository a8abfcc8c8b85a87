import { Packer, type Document } from 'docx';
import JSZip from 'jszip';
import { buildDocx, type BuildDocxOptions } from '../../../core/docx/build-docx';
import { programmeNames } from '../../../core/docx/programme-names';
import { ApplicationTemplate } from '../../../core/template/schema';
import type { Draft } from '../../../core/draft/schema';
import { applicationTemplates } from '../../../templates';

export const template = ApplicationTemplate.parse(applicationTemplates[0]);

/** The XML parts of a packed document, by path. */
export async function partsOf(doc: Document): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const out: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) out[path] = await file.async('string');
  return out;
}

/** Builds a draft's document and returns its parts. */
export async function exportParts(draft: Draft, o: Partial<BuildDocxOptions> = {}): Promise<Record<string, string>> {
  return partsOf(buildDocx(draft, { template, language: 'sv-SE', names: programmeNames(), ...o }));
}

/** The text of each paragraph of an XML part, with its style id. */
export function paragraphs(xml: string): Array<{ style: string | undefined; text: string; xml: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
    const body = m[1] ?? '';
    return {
      style: /<w:pStyle w:val="([^"]+)"/.exec(body)?.[1],
      text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''),
      xml: body,
    };
  });
}

/** Undoes XML escaping. */
export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
