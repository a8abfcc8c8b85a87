import { z } from 'zod';

const Path = z.string().min(1).max(4096);

/** The draft submitted together with the open one, as its checks need it. */
export const LinkedDraftSummary = z.strictObject({
  title: z.string().max(1000),
  component: z.string().max(100),
  editionId: z.string().max(100),
  budget: z.array(z.strictObject({ year: z.number().int().min(1).max(10), amountOre: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })).max(5000),
});
export type LinkedDraftSummary = z.infer<typeof LinkedDraftSummary>;

/**
 * The linked-application channel of the one IPC contract (spread into core/ipc/contract.ts). The
 * linked draft is read-only, like a draft read for reuse: not opened, not remembered, not written.
 */
export const linkedChannels = {
  'linked:read': { req: z.strictObject({ path: Path }), res: LinkedDraftSummary },
} as const;
