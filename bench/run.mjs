#!/usr/bin/env node
// Runs every bench/*.bench.ts, prints one table and writes bench/results.json.
// A bench module exports `run(): Promise<Row[]>`, Row = { bench, case, metric, value, unit, target? }.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
const rows = [];
for (const f of files) {
  process.stderr.write(`running ${f}…\n`);
  const mod = await import(join(here, f));
  rows.push(...(await mod.run()));
}

const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v));
const table = rows.map((r) => ({
  bench: r.bench,
  case: r.case,
  metric: r.metric,
  value: `${fmt(r.value)} ${r.unit}`,
  target: r.target === undefined ? '' : `${r.target.op ?? '≤'} ${fmt(r.target.value)} ${r.unit}`,
  met: r.target === undefined ? '' : (r.target.op === '≥' ? r.value >= r.target.value : r.value <= r.target.value) ? 'yes' : 'NO',
}));
const cols = Object.keys(table[0] ?? { bench: '' });
const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...table.map((t) => t[c].length))]));
const line = (o) => cols.map((c) => o[c].padEnd(width[c])).join(' │ ');
console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
console.log(cols.map((c) => '─'.repeat(width[c])).join('─┼─'));
for (const t of table) console.log(line(t));
writeFileSync(join(here, 'results.json'), JSON.stringify({ date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, rows }, null, 2) + '\n');
console.log(`\nwrote bench/results.json (${rows.length} rows)`);
