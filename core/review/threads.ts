import type { Anchor, Annotation, Author, Reply } from '../draft/annotation';
import type { Settings } from '../settings';
import { err, ok, type Result } from '../result';

/**
 * Comment threads as pure functions: each takes the annotations array and returns a new one (the
 * input is never changed), so they suit React state and undo alike. The clock, the id generator
 * and the acting author are injected. Only a comment's or reply's own author may edit or delete
 * it; anyone may reply, resolve or reopen.
 */

/** Who acts, and the clock and id generator to stamp with. */
export interface ReviewEnv {
  author: Author;
  now: () => Date;
  newId: () => string;
}

/** Longest comment or reply body the file format accepts. */
export const MAX_BODY_LENGTH = 20000;

/** The author identity from settings, or an error asking for a name (the UI asks once). */
export function authorFromSettings(settings: Pick<Settings, 'authorName' | 'authorInitials'> & Partial<Pick<Settings, 'authorOrganisation'>>): Result<Author> {
  const name = settings.authorName.trim();
  if (name === '') return err('invalid-request', 'set your name in the settings before commenting');
  const initials =
    settings.authorInitials.trim() ||
    name
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
  const organisation = (settings.authorOrganisation ?? '').trim().slice(0, 200);
  return ok({ name: name.slice(0, 200), initials: initials.slice(0, 10), ...(organisation ? { organisation } : {}) });
}

/** True when two identities are the same person (same name and initials, ignoring case and spaces). */
export function sameAuthor(a: Author, b: Author): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a.name) === norm(b.name) && norm(a.initials) === norm(b.initials);
}

function checkBody(body: string): Result<string> {
  if (body.trim() === '') return err('invalid-request', 'the comment is empty');
  if (body.length > MAX_BODY_LENGTH) {
    return err('invalid-request', `the comment is too long (at most ${MAX_BODY_LENGTH} characters)`);
  }
  return ok(body);
}

function findThread(annotations: readonly Annotation[], threadId: string): Result<number> {
  const i = annotations.findIndex((a) => a.id === threadId);
  return i === -1 ? err('invalid-request', 'the comment no longer exists') : ok(i);
}

function replaceAt(annotations: readonly Annotation[], i: number, next: Annotation): Annotation[] {
  return annotations.map((a, j) => (j === i ? next : a));
}

/** Starts a thread on a text range (see buildTextAnchor), a whole section or a field. */
export function addComment(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  anchor: Anchor,
  body: string,
): Result<{ annotations: Annotation[]; annotation: Annotation }> {
  const b = checkBody(body);
  if (!b.ok) return b;
  const annotation: Annotation = {
    id: env.newId(),
    author: env.author,
    body: b.value,
    createdAt: env.now().toISOString(),
    editedAt: null,
    anchor,
    resolved: false,
    replies: [],
  };
  return ok({ annotations: [...annotations, annotation], annotation });
}

/** Adds a reply at the end of a thread. */
export function addReply(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  threadId: string,
  body: string,
): Result<{ annotations: Annotation[]; reply: Reply }> {
  const b = checkBody(body);
  if (!b.ok) return b;
  const i = findThread(annotations, threadId);
  if (!i.ok) return i;
  const thread = annotations[i.value]!;
  const reply: Reply = { id: env.newId(), author: env.author, body: b.value, createdAt: env.now().toISOString(), editedAt: null };
  return ok({ annotations: replaceAt(annotations, i.value, { ...thread, replies: [...thread.replies, reply] }), reply });
}

/** Resolves (true) or reopens (false) a thread, recording who and when for merging. */
export function setResolved(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  threadId: string,
  resolved: boolean,
): Result<Annotation[]> {
  const i = findThread(annotations, threadId);
  if (!i.ok) return i;
  const thread = annotations[i.value]!;
  if (thread.resolved === resolved) return ok(annotations as Annotation[]);
  const next: Annotation = { ...thread, resolved, statusChangedAt: env.now().toISOString(), statusChangedBy: env.author };
  return ok(replaceAt(annotations, i.value, next));
}

/** Resolves a thread. */
export const resolveThread = (annotations: readonly Annotation[], env: ReviewEnv, threadId: string) =>
  setResolved(annotations, env, threadId, true);

/** Reopens a resolved thread. */
export const reopenThread = (annotations: readonly Annotation[], env: ReviewEnv, threadId: string) =>
  setResolved(annotations, env, threadId, false);

/** True when the acting author may edit or delete this comment or reply. */
export function canModify(item: Pick<Annotation, 'author'>, author: Author): boolean {
  return sameAuthor(item.author, author);
}

const notYours = () => err('forbidden', 'only the author of a comment can change it');

/** Changes the text of one's own comment (the first message of a thread). */
export function editComment(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  threadId: string,
  body: string,
): Result<Annotation[]> {
  const b = checkBody(body);
  if (!b.ok) return b;
  const i = findThread(annotations, threadId);
  if (!i.ok) return i;
  const thread = annotations[i.value]!;
  if (!canModify(thread, env.author)) return notYours();
  if (thread.body === b.value) return ok(annotations as Annotation[]);
  return ok(replaceAt(annotations, i.value, { ...thread, body: b.value, editedAt: env.now().toISOString() }));
}

/**
 * Deletes one's own thread. Refused while it has replies by others, so nobody's words vanish
 * with it; those can still be resolved.
 */
export function deleteComment(annotations: readonly Annotation[], env: ReviewEnv, threadId: string): Result<Annotation[]> {
  const i = findThread(annotations, threadId);
  if (!i.ok) return i;
  const thread = annotations[i.value]!;
  if (!canModify(thread, env.author)) return notYours();
  if (thread.replies.some((r) => !canModify(r, env.author))) {
    return err('forbidden', 'the comment has replies by others; resolve it instead');
  }
  return ok(annotations.filter((_, j) => j !== i.value));
}

function withReply(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  threadId: string,
  replyId: string,
  change: (replies: Reply[], index: number) => Reply[],
): Result<Annotation[]> {
  const i = findThread(annotations, threadId);
  if (!i.ok) return i;
  const thread = annotations[i.value]!;
  const r = thread.replies.findIndex((x) => x.id === replyId);
  if (r === -1) return err('invalid-request', 'the reply no longer exists');
  if (!canModify(thread.replies[r]!, env.author)) return notYours();
  return ok(replaceAt(annotations, i.value, { ...thread, replies: change(thread.replies, r) }));
}

/** Changes the text of one's own reply. */
export function editReply(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  threadId: string,
  replyId: string,
  body: string,
): Result<Annotation[]> {
  const b = checkBody(body);
  if (!b.ok) return b;
  const stamp = env.now().toISOString();
  return withReply(annotations, env, threadId, replyId, (replies, r) =>
    replies.map((x, j) => (j === r && x.body !== b.value ? { ...x, body: b.value, editedAt: stamp } : x)),
  );
}

/** Deletes one's own reply. */
export function deleteReply(
  annotations: readonly Annotation[],
  env: ReviewEnv,
  threadId: string,
  replyId: string,
): Result<Annotation[]> {
  return withReply(annotations, env, threadId, replyId, (replies, r) => replies.filter((_, j) => j !== r));
}
