import yauzl from 'yauzl';
import { MAX_IMPORT_BYTES, MAX_UNPACK_RATIO, type ImportRefusal } from '../../core/import/refusal';

/**
 * Checks a file before the Word converter sees a byte of it: its size, that it is a zip package
 * holding word/document.xml, and what its central directory declares. Only the directory is read
 * (yauzl, which checks every entry's declared sizes as it unpacks and never unpacks on its own),
 * so a zip bomb is refused by its declared sizes without being unpacked. A password-protected
 * document is no zip but an OLE container, and an old .doc is one too: told apart by the
 * EncryptedPackage stream Word writes into the former.
 */

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/** Every entry's name and declared size, read from the central directory only. */
function listEntries(bytes: Buffer): Promise<Array<{ name: string; size: number }> | null> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, zip) => {
      if (e || !zip) return resolve(null);
      const out: Array<{ name: string; size: number }> = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        out.push({ name: entry.fileName, size: entry.uncompressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(out));
      zip.on('error', () => resolve(null));
      zip.readEntry();
    });
  });
}

/** Why the file may not be converted, or null when it may. `name` is the file's name (its extension counts). */
export async function checkDocxBytes(bytes: Buffer, name: string): Promise<ImportRefusal | null> {
  if (bytes.length > MAX_IMPORT_BYTES) return 'too-large';
  if (bytes.subarray(0, 8).equals(OLE)) return bytes.includes(ENCRYPTED) ? 'encrypted' : 'legacy-doc';
  if (!bytes.subarray(0, 4).equals(ZIP)) return 'not-docx';
  if (/\.(docm|dotm)$/i.test(name)) return 'macros';
  const entries = await listEntries(bytes);
  if (!entries) return 'corrupt';
  const names = new Set(entries.map((x) => x.name.toLowerCase()));
  if (!names.has('word/document.xml')) return names.has('xl/workbook.xml') ? 'spreadsheet' : 'not-docx';
  if ([...names].some((n) => n.endsWith('vbaproject.bin'))) return 'macros';
  const unpacked = entries.reduce((sum, x) => sum + x.size, 0);
  if (unpacked > MAX_UNPACK_RATIO * bytes.length) return 'zip-bomb';
  return null;
}

/** The text of some parts of a checked package (those absent are left out), each at most `limit` bytes unpacked. */
export function readParts(bytes: Buffer, wanted: readonly string[], limit: number): Promise<Map<string, string>> {
  return new Promise((resolve) => {
    const out = new Map<string, string>();
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, zip) => {
      if (e || !zip) return resolve(out);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!wanted.includes(entry.fileName) || entry.uncompressedSize > limit) return zip.readEntry();
        zip.openReadStream(entry, (se, stream) => {
          if (se || !stream) return zip.readEntry();
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', () => zip.readEntry());
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', () => resolve(out));
      zip.readEntry();
    });
  });
}
