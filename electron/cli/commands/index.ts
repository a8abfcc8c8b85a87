import type { Command } from '../io';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { mergeCommentsCommand } from './merge-comments';
import { newCommand } from './new';
import { rulesCommand } from './rules';
import { schemaCommand } from './schema';

/** Every `kp` command, in the order `kp --help` lists them. */
export const commands: Command[] = [newCommand, checkCommand, exportCommand, mergeCommentsCommand, schemaCommand, rulesCommand];
