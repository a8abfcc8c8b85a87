import { z } from 'zod';

/**
 * Why a file was not imported. Each reason is one line for the user (core/i18n/import-*.ts,
 * `import.refused.<reason>`) and for `kp import`; nothing of such a file reaches a draft.
 */
export const ImportRefusal = z.enum([
  /** Larger than MAX_IMPORT_BYTES. */
  'too-large',
  /** Not a Word document at all (no zip, or no word/document.xml). */
  'not-docx',
  /** A spreadsheet (an .xlsx, perhaps renamed). */
  'spreadsheet',
  /** A password-protected document (Word keeps it encrypted in an OLE container). */
  'encrypted',
  /** An old-format Word document (.doc). */
  'legacy-doc',
  /** A macro-enabled document (.docm, or one holding a VBA project). */
  'macros',
  /** Its parts unpack to far more than the file's size: a zip bomb, or a document too big to read safely. */
  'zip-bomb',
  /** Reading it took longer than the time limit, or more memory than allowed. */
  'too-complex',
  /** The package is damaged. */
  'corrupt',
]);
export type ImportRefusal = z.infer<typeof ImportRefusal>;

/** The largest Word document imported (a long application with photos is a few MB). */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;
/** How much more than the file its parts may unpack to (Word's own documents stay well below 30). */
export const MAX_UNPACK_RATIO = 100;

/** One-line English text of a refusal (the `kp` command's). */
export const refusalText: Record<ImportRefusal, string> = {
  'too-large': `the file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB, more than an application needs; remove large images and try again`,
  'not-docx': 'this is not a Word document (.docx)',
  spreadsheet: 'this is a spreadsheet (Excel), not a Word document',
  encrypted: 'the document is password-protected (lösenordsskyddad); save it without a password in Word and import that copy',
  'legacy-doc': 'this is an old-format Word document (.doc); save it as .docx in Word and import that copy',
  macros: 'the document contains macros (.docm), which are never opened; save it as .docx without macros',
  'zip-bomb': 'the document unpacks to far more than its size (a zip bomb?) and was not read',
  'too-complex': 'the document took too long or too much memory to read and was left unread',
  corrupt: 'the document is damaged and could not be read',
};
