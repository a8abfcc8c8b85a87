// Child process for export-kill.test.ts: exports the sample to one path over and over, with two
// different titles in turn, until it is killed.
import { exportDocx } from '../../electron/services/export-docx';
import { sampleApplication } from './sample-application';

const target = process.argv[2]!;
const rules = { errorCount: () => 0, packInfo: () => undefined };
for (let i = 0; ; i++) {
  const draft = sampleApplication();
  draft.title = i % 2 ? 'Version B' : 'Version A';
  const r = await exportDocx(draft, target, {}, { rules });
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write(`${i}\n`);
}
