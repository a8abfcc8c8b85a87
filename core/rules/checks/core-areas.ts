import { z } from 'zod';
import { finding, single, type RuleDefinition } from '../rule';
import { asArray, asString, field } from '../read';
import { countWords } from '../word-count';
import { ruleText } from '../rule-text';
import type { RulePack } from '../pack-schema';

/** CORE-01: at least one democratic core area is selected. */
export const core01: RuleDefinition = {
  id: 'CORE-01',
  title: ruleText('rules.CORE-01.title'),
  units: single(['coreAreas'], (d, ctx) => {
    const known = new Set(ctx.pack.coreAreas.map((a) => a.id));
    if (asArray(d.coreAreas).some((a) => known.has(asString(field(a, 'id')) as never))) return [];
    const names = ctx.pack.coreAreas;
    return [finding(ctx, {
      message: ruleText('rules.CORE-01.noneChosen', (l) => ({ areas: names.map((a) => (l === 'sv' ? a.svShort : a.enShort)).join(', ') })),
      location: { kind: 'core-area' },
    })];
  }),
};

const Core02Params = z.strictObject({ minWords: z.number().int().positive() });

/** CORE-02: each selected core area is explained. */
export const core02: RuleDefinition = {
  id: 'CORE-02',
  title: ruleText('rules.CORE-02.title'),
  params: Core02Params,
  units: single(['coreAreas'], (d, ctx) => {
    const { minWords } = Core02Params.parse(ctx.config.params);
    return asArray(d.coreAreas).flatMap((a) => {
      const area = ctx.pack.coreAreas.find((x) => x.id === field(a, 'id'));
      if (!area) return [];
      const words = countWords(asString(field(a, 'justification')));
      if (words >= minWords) return [];
      return [finding(ctx, {
        message: ruleText(words === 0 ? 'rules.CORE-02.unexplained' : 'rules.CORE-02.short', (l) => {
          const name = l === 'sv' ? area.svShort : area.enShort;
          return { area: name, areaLower: name.toLowerCase(), count: words, minWords };
        }),
        location: { kind: 'core-area', coreAreaId: area.id },
        sources: area.sources,
      })];
    });
  }),
};

const Obj01Params = z.strictObject({
  sections: z.array(z.string()).min(1),
  themes: z.array(z.strictObject({ id: z.string(), sv: z.string(), en: z.string(), keywords: z.array(z.string().min(2)).min(1) })).min(1),
});

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** True when some word of `text` starts with `stem` (lower-case text, lower-case stem). */
export function hasWordStartingWith(text: string, stem: string): boolean {
  let i = text.indexOf(stem);
  while (i !== -1) {
    if (i === 0 || !isLetter(text.charCodeAt(i - 1))) return true;
    i = text.indexOf(stem, i + 1);
  }
  return false;
}

function plainText(node: unknown, out: string[], depth = 0): void {
  if (depth > 200) return;
  if (Array.isArray(node)) {
    for (const n of node) plainText(n, out, depth + 1);
    return;
  }
  const t = field(node, 'text');
  if (typeof t === 'string') out.push(t);
  else plainText(field(node, 'children'), out, depth + 1);
  out.push(' ');
}

/** OBJ-01: 2023 objectives or target groups address one of the programme's new aims. */
export const obj01: RuleDefinition = {
  id: 'OBJ-01',
  title: ruleText('rules.OBJ-01.title'),
  params: Obj01Params,
  units: (_pack: RulePack, config) => {
    const p = Obj01Params.parse(config.params);
    return [{
      key: config.id,
      reads: p.sections.map((s) => `section:${s}` as const),
      run: (d, ctx) => {
        const sections = field(d, 'sections');
        const parts: string[] = [];
        for (const s of p.sections) plainText(field(sections, s), parts);
        const text = parts.join('').toLowerCase();
        if (p.themes.some((t) => t.keywords.some((k) => hasWordStartingWith(text, k.toLowerCase())))) return [];
        return [finding(ctx, {
          message: ruleText('rules.OBJ-01.noAim', (l) => ({ aims: p.themes.map((t) => t[l]).join('; ') })),
          location: { kind: 'section', sectionId: p.sections[0]! },
        })];
      },
    }];
  },
};
