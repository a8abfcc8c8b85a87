import { cleanText } from './text';

/** The document properties Word shows under File › Info and that search tools index. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  /** BCP 47 tag, e.g. "sv-SE". */
  language: string;
  /** Word's "Status" property; says when the document is a draft with open errors. */
  contentStatus: string;
  category: string;
  created: string;
  modified: string;
}

const escapeXml = (s: string) =>
  cleanText(s).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/**
 * docProps/core.xml. The docx library writes this part without the language and status fields,
 * so the export replaces it with this one when packing.
 */
export function buildCorePropertiesXml(p: CoreProperties): string {
  const el = (name: string, value: string) => (value ? `<${name}>${escapeXml(value)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', p.title) +
    el('dc:subject', p.subject) +
    el('dc:creator', p.creator) +
    el('cp:keywords', p.keywords) +
    el('dc:description', p.description) +
    el('dc:language', p.language) +
    el('cp:category', p.category) +
    el('cp:contentStatus', p.contentStatus) +
    el('cp:lastModifiedBy', p.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(p.created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(p.modified)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
