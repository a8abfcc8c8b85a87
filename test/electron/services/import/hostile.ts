import JSZip from 'jszip';

/** Hostile and wrong files, made fresh for each run: what the import must refuse before converting. */

const minimalDocx = (zip: JSZip) => {
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
  return zip;
};

const pack = (zip: JSZip) => zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

/** A docx whose one extra part is 20 MB of zeros, a few kB packed: a ratio far above 100. */
export async function zipBomb(): Promise<Buffer> {
  return pack(minimalDocx(new JSZip()).file('word/media/filler.bin', Buffer.alloc(20 * 1024 * 1024)));
}

/** 50 MB: larger than any application. */
export function fiftyMegabytes(): Buffer {
  return Buffer.alloc(50 * 1024 * 1024, 0x41);
}

/** A workbook, as an .xlsx renamed to .docx is. */
export async function renamedWorkbook(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  return pack(zip);
}

/** The start of an OLE container holding an EncryptedPackage stream, as Word saves a password-protected document. */
export function encrypted(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(4096)]);
}

/** A document with a VBA project, as a macro-enabled .docm renamed to .docx has. */
export async function withMacros(): Promise<Buffer> {
  return pack(minimalDocx(new JSZip()).file('word/vbaProject.bin', Buffer.from('Attribute VB_Name = "NewMacros"')));
}
