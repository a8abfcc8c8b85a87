import { err, ok, type Result } from '../../result';
import { migrateV1ToV2 } from './v1-to-v2';
import { migrateV2ToV3 } from './v2-to-v3';
import { migrateV3ToV4 } from './v3-to-v4';
import { migrateV4ToV5 } from './v4-to-v5';
import { migrateV5ToV6 } from './v5-to-v6';
import { migrateV6ToV7 } from './v6-to-v7';

/** One migration step: the `draft` object of format N in, the `draft` object of format N + 1 out. Pure. */
export type MigrationStep = (draft: unknown) => Result<unknown>;

/**
 * Every step, keyed by the version it migrates *from*. Adding format N + 1 means adding the step
 * `N: migrateVNToVN1` (a new file), bumping CURRENT_VERSION and committing a fixture of format N + 1.
 */
export const migrationSteps: Readonly<Record<number, MigrationStep>> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
  3: migrateV3ToV4,
  4: migrateV4ToV5,
  5: migrateV5ToV6,
  6: migrateV6ToV7,
};

/**
 * Runs the steps from `fromVersion` up to `toVersion`, one after the other. Pure: returns new
 * data and never touches the input, so a failed migration leaves nothing half-converted.
 */
export function migrateDraftData(draft: unknown, fromVersion: number, toVersion: number): Result<unknown> {
  let data = draft;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrationSteps[v];
    if (!step) return err('file-corrupt', `no way to upgrade format ${v} (the file names a format that never existed)`);
    const next = step(data);
    if (!next.ok) return next;
    data = next.value;
  }
  return ok(data);
}
