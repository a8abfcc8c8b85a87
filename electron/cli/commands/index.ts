import type { Command } from '../io';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { exportBudgetCommand } from './export-budget';
import { mergeReviewCommand } from './merge-review';
import { newCommand } from './new';
import { rulesCommand } from './rules';
import { schemaCommand } from './schema';

/** Every `kp` command, in the order `kp --help` lists them. */
export const commands: Command[] = [newCommand, checkCommand, exportCommand, exportBudgetCommand, importCommand, mergeReviewCommand, schemaCommand, rulesCommand];
