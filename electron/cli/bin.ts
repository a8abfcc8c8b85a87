// The `kp` command's entry point, bundled into out/main/cli.js (bin/kp.mjs builds and runs it).
import { main } from './index';

// `kp check … | head` closes the pipe early: that is the reader's choice, not a failure to report
// with a stack trace. What is left to write is dropped, and kp still exits with its own code.
const closed = new Set<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed.add(stream);
  });
}
const writeTo = (stream: NodeJS.WriteStream) => (s: string) => {
  if (!closed.has(stream)) stream.write(s);
};

process.exitCode = await main(process.argv.slice(2), { stdout: writeTo(process.stdout), stderr: writeTo(process.stderr), cwd: process.cwd() });
