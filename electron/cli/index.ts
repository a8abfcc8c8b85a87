import { commands } from './commands';
import { EXIT_INPUT, EXIT_OK, type CliIo } from './io';

function help(): string {
  // Usage first, summary indented below it: usages are long and a fixed column would collide.
  const lines = commands.flatMap((c) => [
    `  ${c.usage}`,
    `      ${c.summary}${c.aliases?.length ? ` (also: ${c.aliases.map((a) => `kp ${a}`).join(', ')})` : ''}`,
  ]);
  return [
    'kp — KP Drafter on the command line',
    '',
    'Usage:',
    ...lines,
    '',
    'Exit codes: 0 ok · 1 the check found errors or the export was refused · 2 unreadable or invalid input, or wrong usage',
    '',
  ].join('\n');
}

/** Runs the `kp` command; returns the exit code. Never throws: a bug becomes one line and code 2. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? EXIT_INPUT : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name || c.aliases?.includes(name));
  if (!command) {
    io.stderr(`kp: unknown command "${name}" (see kp --help)\n`);
    return EXIT_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.stderr(`kp: ${name}: unexpected error (${(e as Error)?.message ?? 'unknown'})\n`);
    return EXIT_INPUT;
  }
}
