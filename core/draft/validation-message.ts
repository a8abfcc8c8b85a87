import type { z } from 'zod';
import { err, type Err } from '../result';

/**
 * `['budget', 3, 'amountOre']` → `budget[3].amountOre`: how a person finds the spot in the JSON.
 * Keys that are not plain names (section ids are free text) are quoted, so the result stays on one line.
 */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_-]{0,40}$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(truncate(String(key), 40))}]`;
  }
  return out;
}

/**
 * Turns a failed zod validation of a draft into one coded error with a one-line message:
 * `draft-unknown-field` when the first problem is a field this version does not know (hand edits,
 * another program), otherwise `draft-invalid`. The message names where the problem is and how
 * many more there are; it never echoes the user's text.
 */
export function draftValidationError(error: z.ZodError): Err {
  const issues = error.issues;
  const first = issues[0];
  if (!first) return err('draft-invalid', 'the draft is invalid');
  const where = first.path.length > 0 ? formatIssuePath(first.path) : 'the draft';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})` : '';
  if (first.code === 'unrecognized_keys') {
    const keys = first.keys.slice(0, 3).map((k) => JSON.stringify(truncate(k, 40))).join(', ');
    const noun = first.keys.length === 1 ? 'field' : 'fields';
    return err('draft-unknown-field', `unknown ${noun} ${keys} in ${where}${more}; the file may have been edited outside KP Drafter`);
  }
  const at = first.path.length > 0 ? ` at ${where}` : '';
  return err('draft-invalid', `the draft is invalid${at}: ${describe(first)}${more}`);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? `missing (expected ${noun(issue.expected)})` : `expected ${noun(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.slice(0, 6).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return `too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too small (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      return issue.format === 'regex' ? issue.message : `expected a ${issue.format}`;
    case 'invalid_union':
      return 'not a valid kind of content';
    default:
      return issue.message;
  }
}

const NOUNS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function noun(expected: string): string {
  return NOUNS[expected] ?? expected;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
