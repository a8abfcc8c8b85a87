import { z } from 'zod';
import { Draft } from '../draft/schema';
import { AppError } from '../result';

const Path = z.string().min(1).max(4096);

/**
 * An earlier draft the user may take text, team members or budget lines from: a recent file or a
 * draft in the drafts folder. One that cannot be opened is listed with the reason (`problem`).
 */
export const ReuseSourceEntry = z.strictObject({
  path: Path,
  origin: z.enum(['recent', 'folder']),
  title: z.string().max(1000),
  /** When the draft says it was last changed (its own modifiedAt); absent when it cannot be read. */
  modifiedAt: z.string().max(100).optional(),
  partner: z.string().max(300).optional(),
  problem: AppError.optional(),
});
export type ReuseSourceEntry = z.infer<typeof ReuseSourceEntry>;

/**
 * The reuse channels of the one IPC contract (spread into core/ipc/contract.ts). A draft read for
 * reuse is read-only: it is not opened, not remembered as recent, and nothing is written.
 */
export const reuseChannels = {
  'reuse:list': { req: z.strictObject({}), res: z.strictObject({ entries: z.array(ReuseSourceEntry).max(500) }) },
  'reuse:read': { req: z.strictObject({ path: Path }), res: z.strictObject({ path: Path, draft: Draft }) },
} as const;
