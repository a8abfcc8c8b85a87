import { MAX_DRAFT_FILE_BYTES, MAX_LIST_DEPTH } from '../core/draft/file-format';
import type { AppError } from '../core/result';
import { i18next } from './i18n';
import { text, type TextKey } from './i18n/text-key';

/**
 * Turns an error value into a sentence for the user: what happened, what to do, and that nothing
 * was lost. Raw messages go to the console only; the user never sees a stack trace or zod issue.
 */
export function messageFor(error: AppError | { code: 'offline' | 'render'; message?: string; path?: string }, o: { during?: 'export' } = {}): string {
  const quote = i18next.language === 'en' ? ['“', '”'] : ['”', '”'];
  const file = error.path ? `${quote[0]}${baseName(error.path)}${quote[1]}` : i18next.t('app.untitled');
  // A refused file is about what the user chose, not about the connection (errors.forbidden).
  const general = error.code === 'forbidden' && error.path ? 'errors.forbidden-path' : error.code === 'app-gone' ? 'appGone.message' : `errors.${error.code}`;
  // An export failing says "exportera", not "spara": the draft itself is not what failed to be written.
  const key = o.during === 'export' && i18next.exists(`exportErrors.${error.code}`) ? `exportErrors.${error.code}` : general;
  const detail = error.code === 'draft-invalid' || error.code === 'invalid-request' ? shortDetail(error.message ?? '') : '';
  if (error.message) console.warn(`[kp] ${error.code}${error.path ? ` (${error.path})` : ''}: ${error.message}`);
  const limits = { limit: Math.floor(MAX_DRAFT_FILE_BYTES / (1024 * 1024)), depth: MAX_LIST_DEPTH };
  return i18next.exists(key) ? text(key as TextKey, { file, detail, ...limits }) : i18next.t('errors.unexpected');
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** The field a validation failure is about, without schema jargon. */
function shortDetail(message: string): string {
  const m = /at ([\w.[\]-]+)/.exec(message);
  return m ? m[1]! : '…';
}
