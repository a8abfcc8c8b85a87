import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../core/i18n/catalogue';
import { ruleDefinition } from '../../../core/rules/registry';
import { keyLabels } from '../../../renderer/i18n/key-labels';

const ROOT = join(import.meta.dirname, '../../..');
/** Where code names catalogue keys: the renderer, main, and the Word export. */
const SCANNED = ['renderer', 'electron/main', 'core/docx', 'core/rules'];
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: unknown };

/** Every text's dotted key ("start.new", "components.project.0", "sections.words_one"). */
function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);
}

/** The arguments of the call whose "(" is at `open`, split at its own commas. */
function callArguments(code: string, open: number): string[] {
  const args: string[] = [];
  let [depth, start] = [0, open + 1];
  for (let i = open + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth-- === 0) return [...args, code.slice(start, i)];
    else if (c === ',' && depth === 0) [args[args.length], start] = [code.slice(start, i), i + 1];
  }
  return args;
}

/**
 * Keys named in calls of t(), text(), i18next.t(), ruleText() (first argument) and textIn(lang, key), each with
 * where it is used. A key built with `${…}` becomes a pattern that some key of the catalogue must
 * match; both arms of `t(cond ? 'a.b' : 'a.c')` count.
 */
function usedKeys(): { key: string; where: string }[] {
  const calls = /(?<![\w$.])(t|text|i18next\.t|i18n\.t|ruleText|textIn)\(/g;
  const out: { key: string; where: string }[] = [];
  for (const file of SCANNED.flatMap(sourceFiles)) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    for (const m of code.matchAll(calls)) {
      const keyArgument = callArguments(code, m.index + m[0].length - 1)[m[1] === 'textIn' ? 1 : 0] ?? '';
      for (const lit of keyArgument.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`\n]*)`/g)) {
        const key = lit[1] ?? lit[2] ?? lit[3]!;
        if (/^[\w-]+(\.[\w${}-]+)+$/.test(key)) out.push({ key, where: `${file}:${code.slice(0, m.index).split('\n').length}` });
      }
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^()|[\]\\]/g, '\\$&');
/** Does `lang` have a text (or a plural group, or a group of texts) for `key`? */
function has(lang: 'sv' | 'en', key: string): boolean {
  const pattern = new RegExp(`^${key.split(/\$\{[^}]*\}/).map(escape).join('[^.]+')}(${PLURAL.source}|\\..+)?$`);
  return leaves(catalogue[lang]).some((k) => pattern.test(k));
}

describe('the text catalogue', () => {
  it('has the same keys in Swedish and English', () => {
    const sv = leaves(catalogue.sv).sort();
    const en = leaves(catalogue.en).sort();
    expect(en.filter((k) => !sv.includes(k)), 'in English only').toEqual([]);
    expect(sv.filter((k) => !en.includes(k)), 'in Swedish only').toEqual([]);
  });

  it('has every key the code uses, in both languages', () => {
    const used = usedKeys();
    // The scan itself is checked: it finds keys of every kind of call it looks for.
    for (const key of ['start.new', 'team.${f}', 'errors.unexpected', 'main.unsavedQuestion', 'docx.draftStatus', 'rules.TEAM-04.tooMany']) expect(used.map((u) => u.key)).toContain(key);
    const missing = used.filter((u) => !u.key.startsWith('keys.')).flatMap(({ key, where }) =>
      (['sv', 'en'] as const).filter((lang) => !has(lang, key)).map((lang) => `${lang}: ${key} (${where})`));
    expect(missing).toEqual([]);
  });

  it('has every text that a text names with $t(…), and every shortcut it names', () => {
    const missing: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      const shortcuts = leaves(keyLabels(lang, false)).map((k) => `keys.${k}`);
      for (const key of leaves(catalogue[lang])) {
        const text = String(key.split('.').reduce<unknown>((n, part) => (n as Tree)[part], catalogue[lang]));
        for (const [, ref] of text.matchAll(/\$t\(([^),]+)/g)) {
          if (!(ref!.startsWith('keys.') ? shortcuts.includes(ref!) : has(lang, ref!))) missing.push(`${lang}: ${ref} (in ${key})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has a title for every rule, the one the rule is listed with', () => {
    const titles = catalogue.sv.rules as unknown as Record<string, { title?: string }>;
    const english = catalogue.en.rules as unknown as Record<string, { title?: string }>;
    const wrong = [...ruleDefinition.values()].filter((r) => titles[r.id]?.title !== r.title.sv || english[r.id]?.title !== r.title.en).map((r) => r.id);
    expect(ruleDefinition.size).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });
});
