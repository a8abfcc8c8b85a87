import type { Draft } from '../../core/draft/schema';

/**
 * Version `k` of the crash test's draft: the large base draft with a different title, time and
 * summary, whose length also varies, so that a file mixing two versions, or cut short, can never
 * pass for either.
 */
export function draftVersion(base: Draft, k: number): Draft {
  const filler = `version ${k} `.repeat(1 + (k % 7) * 1500);
  return {
    ...base,
    title: `Crash test, version ${k}`,
    modifiedAt: new Date(Date.UTC(2026, 0, 1) + k * 1000).toISOString(),
    sections: { ...base.sections, summary: [{ type: 'paragraph', children: [{ text: filler }] }] },
  };
}

/** Reads k back from a draft's title; NaN when it is not a crash-test draft. */
export function versionOf(draft: Draft): number {
  const m = /^Crash test, version (\d+)$/.exec(draft.title);
  return m ? Number(m[1]) : Number.NaN;
}
