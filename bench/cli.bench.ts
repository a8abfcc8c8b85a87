// The `kp` command's start-up: `kp rules --json` (loads and validates every rule pack, prints
// them) and `kp check` of the 2020 sample, each a fresh process, wall time, median of 10; beside
// them the floor, `node -e 0`, the same Node starting with nothing to do, and the ratio to it.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildIfStale } from '../scripts/build-if-stale.mjs';
import { median, type Row } from './support';

const exec = promisify(execFile);
const RUNS = 10;
const root = fileURLToPath(new URL('..', import.meta.url));
const kp = join(root, 'bin', 'kp.mjs');

async function wall(args: string[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    // kp check exits 1 when the sample has errors; only the time matters here.
    await exec(process.execPath, args, { cwd: root, maxBuffer: 16 << 20 }).catch((e: { code?: number }) => {
      if (typeof e.code !== 'number' || e.code > 1) throw e;
    });
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function run(): Promise<Row[]> {
  const problem = buildIfStale(['out/main/cli.js', 'out/main/export-docx-worker.js']);
  if (problem) throw new Error(problem);
  const floor = await wall(['-e', '0']);
  const rules = await wall([kp, 'rules', '--json']);
  const check = await wall([kp, 'check', join(root, 'test/fixtures/samples/icld-kp-2020.kpdraft')]);
  const c = `median of ${RUNS} fresh processes`;
  return [
    { bench: 'cli', case: c, metric: 'node -e 0 (floor)', value: floor, unit: 'ms' },
    { bench: 'cli', case: c, metric: 'kp rules --json', value: rules, unit: 'ms', target: { op: '≤', value: 500 } },
    { bench: 'cli', case: c, metric: 'kp rules ÷ floor', value: rules / floor, unit: '×' },
    { bench: 'cli', case: c, metric: 'kp check (2020 sample)', value: check, unit: 'ms', target: { op: '≤', value: 500 } },
  ];
}
