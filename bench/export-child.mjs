// The export bench's child process (bench/export.bench.ts). tsx is registered here, in this thread
// only: started with `--import tsx`, the export worker would inherit the flag and load tsx's hooks
// and esbuild before its own code, which the app, `kp` and browser mode never do.
import { register } from 'tsx/esm/api';

register();
const { child } = await import('./export.bench.ts');
await child(process.argv[2], Number(process.argv[3]), process.argv[4]);
process.exit(0);
