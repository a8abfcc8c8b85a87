// The `kp` command's entry point, bundled into out/main/cli.js (bin/kp.mjs builds and runs it).
import { main } from './index';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});
