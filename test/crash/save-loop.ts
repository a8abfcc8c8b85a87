/**
 * The child process of the crash-safety test: saves versions start, start+1, … of a large draft
 * to one file through the app's own save path, forever, until it is killed. Before each save it
 * prints `start k`, after it `done k`; the parent uses these lines to know which versions the file
 * may legitimately hold at the moment of the kill.
 */
import { readFileSync } from 'node:fs';
import type { Draft } from '../../core/draft/schema';
import { writeDraftFile } from '../../electron/services/draft-files';
import { draftVersion } from './versions';

const [target, basePath, startArg] = process.argv.slice(2);
if (!target || !basePath || !startArg) {
  process.stderr.write('usage: save-loop TARGET BASE_JSON START\n');
  process.exit(2);
}
const base = JSON.parse(readFileSync(basePath, 'utf8')) as Draft;

async function loop(): Promise<void> {
  for (let k = Number(startArg); ; k++) {
    const draft = draftVersion(base, k);
    const t0 = performance.now();
    process.stdout.write(`start ${k}\n`);
    const r = await writeDraftFile(target!, draft);
    if (!r.ok) {
      process.stdout.write(`failed ${k} ${r.error.code}\n`);
      process.exit(1);
    }
    process.stdout.write(`done ${k} ${(performance.now() - t0).toFixed(1)}\n`);
  }
}
void loop();
