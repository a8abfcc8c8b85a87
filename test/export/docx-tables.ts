import { decodeXml } from '../core/docx/helpers';

/** One cell of a table in document.xml, as a reader of the file would see it. */
export interface XmlCell {
  text: string;
  fill: string | undefined;
  span: number;
  merge: 'restart' | 'continue' | undefined;
}

/** A table of document.xml: its rows of cells, which rows repeat as headers, and where it is in the part. */
export interface XmlTable {
  rows: XmlCell[][];
  headerRows: number;
  width: number;
  at: number;
}

const texts = (xml: string) => [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)]
  .map((p) => [...(p[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''))
  .join('\n');

function cell(xml: string): XmlCell {
  const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(xml);
  return {
    text: texts(xml),
    fill: /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(xml)?.[1],
    span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(xml)?.[1] ?? 1),
    merge: merge ? (merge[1] === 'restart' ? 'restart' : 'continue') : undefined,
  };
}

/** Every table of a document.xml (tables are not nested in the export). */
export function tablesOf(documentXml: string): XmlTable[] {
  return [...documentXml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => {
    const rows = [...m[1]!.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1]!);
    return {
      rows: rows.map((r) => [...r.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => cell(c[1]!))),
      headerRows: rows.filter((r) => /<w:tblHeader\/>/.test(r)).length,
      width: Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(m[1]!)?.[1]),
      at: m.index,
    };
  });
}

/** The table whose first header cell reads `first`. */
export function tableStarting(documentXml: string, first: string): XmlTable | undefined {
  return tablesOf(documentXml).find((t) => t.rows[0]?.[0]?.text === first && t.rows[0]?.length > 1);
}

/** Cell texts of a table, row by row. */
export const textRows = (t: XmlTable) => t.rows.map((r) => r.map((c) => c.text));

/** The orientation of the page section that holds position `at` of document.xml. */
export function orientationAt(documentXml: string, at: number): string | undefined {
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/g;
  sect.lastIndex = at;
  const m = sect.exec(documentXml);
  return m ? /w:orient="(\w+)"/.exec(m[0])?.[1] : undefined;
}
