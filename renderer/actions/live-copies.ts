/**
 * The restore offer lists copies left by crashed windows. A copy that another open window or tab
 * is writing right now is not from a crash: restoring or discarding it there would fight that
 * window. Open windows of the app (same origin: Electron's app://kp, or one browser-mode server)
 * answer on a BroadcastChannel with the key of the copy they write; a window that has closed or
 * died cannot answer, so its copy stays on offer.
 */

const CHANNEL = 'kp-drafter/recovery-copies';
/** How long the start screen collects answers: open windows answer within a few milliseconds. */
const ANSWER_WINDOW_MS = 250;

type Message = { kind: 'who' } | { kind: 'mine'; key: string };

/** Answers the question from other windows with this window's key (null: no draft open). */
export function answerForLiveCopy(currentKey: () => string | null): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.kind !== 'who') return;
    const key = currentKey();
    if (key) channel.postMessage({ kind: 'mine', key } satisfies Message);
  };
  return () => channel.close();
}

/** The keys of the copies other open windows are writing now. */
export function liveCopyKeys(): Promise<Set<string>> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(new Set());
  const channel = new BroadcastChannel(CHANNEL);
  const keys = new Set<string>();
  channel.onmessage = (e: MessageEvent<Message>) => {
    if (e.data?.kind === 'mine' && typeof e.data.key === 'string') keys.add(e.data.key);
  };
  channel.postMessage({ kind: 'who' } satisfies Message);
  return new Promise((resolve) =>
    setTimeout(() => {
      channel.close();
      resolve(keys);
    }, ANSWER_WINDOW_MS),
  );
}
