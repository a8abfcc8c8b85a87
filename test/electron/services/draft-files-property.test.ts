import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../../core/draft/file-format';
import { Draft } from '../../../core/draft/schema';
import { ErrorCode, type Result } from '../../../core/result';
import { parseDraftBytes, readDraftFile } from '../../../electron/services/draft-files';
import { tempFolder } from './draft-files-helpers';
import { generateDraft } from '../../helpers/generate-draft';

/**
 * Property: whatever bytes a file holds, the loader returns either a valid draft or a coded error
 * with a one-line message, and never throws. Inputs: random bytes, truncations, byte-level damage
 * and structural edits of valid drafts of every format version.
 */

const fixtures = join(__dirname, '../../fixtures/drafts/versions');
const validFiles: Uint8Array[] = [
  ...['uppsala-mombasa.v1.kpdraft', 'new-empty.v1.kpdraft', 'uppsala-mombasa.v2.kpdraft', 'tripartite-review.v2.kpdraft'].map(
    (n) => new Uint8Array(readFileSync(join(fixtures, n))),
  ),
  new TextEncoder().encode(serializeDraft(generateDraft({ words: 400, budgetLines: 6, seed: 7 }))),
];
const validTexts = validFiles.map((b) => new TextDecoder().decode(b));

let checked = 0;
const codes = new Map<string, number>();
afterAll(() => {
  const summary = [...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  console.log(`loader property: ${checked} inputs → ${summary}`);
});

/** The property itself: a valid draft that survives a save/load round trip, or a coded one-line error. */
function checkLoader(bytes: Uint8Array): void {
  let r: Result<Draft>;
  try {
    r = parseDraftBytes(bytes);
  } catch (e) {
    throw new Error(`the loader threw: ${String(e)}`);
  }
  checked++;
  const key = r.ok ? 'ok' : r.error.code;
  codes.set(key, (codes.get(key) ?? 0) + 1);
  if (r.ok) {
    expect(Draft.safeParse(r.value).success).toBe(true);
    expect(parseDraftBytes(new TextEncoder().encode(serializeDraft(r.value)))).toEqual(r);
  } else {
    expect(ErrorCode.safeParse(r.error.code).success).toBe(true);
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.message).not.toMatch(/[\r\n]/);
  }
}

const validIndex = fc.nat({ max: validFiles.length - 1 });

/** A JSON value of any kind and any characters, for replacing parts of a draft. */
const anyJson = fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' });

type Edit = { kind: 'replace' | 'delete' | 'add-key'; pick: number; key: string; value: unknown };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'add-key'),
  pick: fc.nat(),
  key: fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('partner', 'partners', 'amountSek', 'amountOre', '__proto__', 'version')),
  value: fc.oneof(anyJson, fc.constantFrom(null, '', -1, 1.5, 2 ** 53, 3, [], {}, 'swedish', 'partner')),
});

/** Applies a structural edit to one node of the parsed JSON, chosen by `pick` among all nodes. */
function applyEdit(root: unknown, e: Edit): unknown {
  const nodes: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    for (const [k, child] of Object.entries(v)) {
      nodes.push({ parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(k) : k });
      walk(child);
    }
  };
  walk(root);
  const target = nodes[e.pick % Math.max(nodes.length, 1)];
  if (!target) return structuredClone(e.value);
  const { parent, key } = target;
  // A copy: generated values (the constant `{}` above among them) are shared across runs, and a
  // later edit that adds a key must not change them or make them contain themselves.
  const value = structuredClone(e.value);
  if (e.kind === 'replace') (parent as Record<string | number, unknown>)[key] = value;
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else {
    const holder = (parent as Record<string | number, unknown>)[key];
    if (typeof holder === 'object' && holder !== null && !Array.isArray(holder)) {
      Object.defineProperty(holder, e.key, { value, enumerable: true, writable: true, configurable: true });
    } else (parent as Record<string | number, unknown>)[key] = { [e.key]: value };
  }
  return root;
}

// Generous timeouts: fast alone, but the machine is shared with other test runs.
describe('the draft loader is total', { timeout: 180_000 }, () => {
  it('random bytes (3,000 inputs)', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (b) => checkLoader(b)), { numRuns: 3000 });
  });

  it('random bytes that look like text or JSON (1,000 inputs)', () => {
    const texty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      anyJson.map((v) => JSON.stringify(v)),
      anyJson.map((v) => JSON.stringify({ format: 'kp-drafter/draft', version: 2, draft: v })),
      fc.tuple(fc.integer({ min: -3, max: 5 }), anyJson).map(([version, draft]) => JSON.stringify({ format: 'kp-drafter/draft', version, draft })),
    );
    fc.assert(fc.property(texty, (t) => checkLoader(new TextEncoder().encode(t))), { numRuns: 1000 });
  });

  it('truncations of valid drafts of every format version (2,000 inputs)', () => {
    fc.assert(
      fc.property(validIndex, fc.double({ min: 0, max: 1, noNaN: true }), (i, at) => {
        const b = validFiles[i]!;
        checkLoader(b.subarray(0, Math.floor(b.length * at)));
      }),
      { numRuns: 2000 },
    );
  });

  it('byte-level damage to valid drafts: flipped, inserted and deleted bytes (2,000 inputs)', () => {
    const op = fc.record({ kind: fc.constantFrom('flip', 'insert', 'delete', 'set'), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }), len: fc.integer({ min: 1, max: 40 }) });
    fc.assert(
      fc.property(validIndex, fc.array(op, { minLength: 1, maxLength: 6 }), (i, ops) => {
        let b = Array.from(validFiles[i]!);
        for (const o of ops) {
          const at = Math.floor(b.length * o.at);
          if (o.kind === 'flip') b[at] = (b[at] ?? 0) ^ (1 << (o.byte % 8));
          else if (o.kind === 'set') b[at] = o.byte;
          else if (o.kind === 'insert') b.splice(at, 0, ...Array.from({ length: o.len }, (_, k) => (o.byte + k * 37) % 256));
          else b = [...b.slice(0, at), ...b.slice(at + o.len)];
        }
        checkLoader(new Uint8Array(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('structural edits of valid drafts: values replaced, fields deleted, unknown fields added (2,500 inputs)', () => {
    fc.assert(
      fc.property(validIndex, fc.array(edit, { minLength: 1, maxLength: 3 }), (i, edits) => {
        let data: unknown = JSON.parse(validTexts[i]!);
        for (const e of edits) data = applyEdit(data, e);
        checkLoader(new TextEncoder().encode(JSON.stringify(data)));
      }),
      { numRuns: 2500 },
    );
  });

  it('amounts of every kind in format 1 and 2 files (500 inputs)', () => {
    const amount = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53, -0, 1e300));
    fc.assert(
      fc.property(fc.boolean(), amount, (v1, value) => {
        const data = JSON.parse(validTexts[v1 ? 0 : 2]!) as { draft: { budget: Record<string, unknown>[] } };
        data.draft.budget[0]![v1 ? 'amountSek' : 'amountOre'] = value;
        checkLoader(new TextEncoder().encode(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });

  it('the same through real files on disk (500 inputs)', async () => {
    const { dir, cleanup } = await tempFolder('kp-property-');
    const path = join(dir, 'fuzz.kpdraft');
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.tuple(validIndex, fc.double({ min: 0, max: 1, noNaN: true })).map(([i, at]) => validFiles[i]!.subarray(0, Math.floor(validFiles[i]!.length * at))),
      fc.tuple(validIndex, edit).map(([i, e]) => new TextEncoder().encode(JSON.stringify(applyEdit(JSON.parse(validTexts[i]!), e)))),
    );
    try {
      await fc.assert(
        fc.asyncProperty(input, async (bytes) => {
          await writeFile(path, bytes);
          const fromDisk = await readDraftFile(path);
          const inMemory = parseDraftBytes(bytes);
          checkLoader(bytes);
          expect(fromDisk).toEqual(inMemory.ok ? inMemory : { ok: false, error: { ...inMemory.error, path } });
        }),
        { numRuns: 500 },
      );
    } finally {
      await cleanup();
    }
  });

  it('covered at least 10,000 inputs in all', () => {
    expect(checked).toBeGreaterThanOrEqual(10_000);
  });
});
