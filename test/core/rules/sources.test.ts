import { describe, expect, it } from 'vitest';
import { describeSources, parseSourceCatalogue } from '../../../core/rules/sources';
import { applicationTemplates, rulePacks, sourceCatalogue } from '../../../templates';

/** Every id under a "sources" key anywhere in a JSON value. */
function referencedSources(json: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((v) => referencedSources(v, into));
  else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) {
      if (k === 'sources' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && into.add(id));
      else referencedSources(v, into);
    }
  }
  return into;
}

const parsed = parseSourceCatalogue(sourceCatalogue);
const catalogue = parsed.ok ? parsed.value : undefined;

describe('the source catalogue (templates/sources)', () => {
  it('validates', () => {
    expect(parsed.ok ? 'ok' : parsed.error.message).toBe('ok');
  });

  it('names every source that a rule pack or the application template cites', () => {
    const known = new Set(catalogue!.sources.map((s) => s.id));
    const cited = referencedSources([...rulePacks, ...applicationTemplates]);
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
  });

  it('refuses an id listed twice, a missing title and an address that is not http(s)', () => {
    const entry = { id: 'S1', sv: 'Riktlinjer', en: 'Guidelines', url: 'https://icld.se/' };
    const twice = parseSourceCatalogue({ format: 'kp-drafter/sources', sources: [entry, { ...entry }] });
    expect(twice.ok ? '' : twice.error.message).toContain('duplicate source "S1"');
    expect(parseSourceCatalogue({ format: 'kp-drafter/sources', sources: [{ ...entry, en: '' }] }).ok).toBe(false);
    expect(parseSourceCatalogue({ format: 'kp-drafter/sources', sources: [{ ...entry, url: 'javascript:alert(1)' }] }).ok).toBe(false);
  });

  it('titles ids in the asked language, in the order given, and keeps an unknown id as it is', () => {
    const refs = describeSources(catalogue!, ['S27', 'S1', 'S99'], 'en');
    expect(refs.map((r) => r.id)).toEqual(['S27', 'S1', 'S99']);
    expect(refs[0]!.title).toMatch(/200 words/);
    expect(describeSources(catalogue!, ['S27'], 'sv')[0]!.title).toMatch(/200 ord/);
    expect(refs[2]).toEqual({ id: 'S99', title: 'S99' });
  });
});
