// Runs once before any test: tests use the built export worker, the built `kp` and the built
// browser-mode server, as users do, so they must not run against an out/ older than the sources.
import { buildIfStale } from '../scripts/build-if-stale.mjs';

export default function setup(): void {
  const problem = buildIfStale(['out/main/cli.js', 'out/main/serve-web.js', 'out/main/export-docx-worker.js', 'out/renderer/index.html']);
  if (problem) throw new Error(`the app could not be built:\n${problem}`);
}
