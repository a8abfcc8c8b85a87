import { buildNewDraft } from '../../../core/draft/new-draft';
import { contract, events, type Channel, type EventName, type EventPayload, type Req, type ResValue } from '../../../core/ipc/contract';
import { err, ok, type Result } from '../../../core/result';
import { defaultEditionId, parseRulePacks } from '../../../core/rules';
import { ApplicationTemplate } from '../../../core/template/schema';
import { applicationTemplates, rulePacks } from '../../../templates';
import type { Bridge } from '../../../renderer/bridge/types';

/**
 * The window's way out, faked for component tests: every request is checked against the
 * contract's request schema and every canned answer against its response schema, so a test
 * cannot pass with a request main would refuse or an answer main could never give.
 */

type Answer<C extends Channel> = (req: Req<C>) => Result<ResValue<C>> | Promise<Result<ResValue<C>>>;
type AnyAnswer = (req: unknown) => Result<unknown> | Promise<Result<unknown>>;

export interface Call {
  channel: Channel;
  req: unknown;
}

let idCounter = 0;
const testId = () => `00000000-0000-4000-8000-${String(++idCounter).padStart(12, '0')}`;

/** What main answers when a test says nothing else: the quiet channels a window calls on its own. */
function defaults(): Map<Channel, AnyAnswer> {
  const template = ApplicationTemplate.parse(applicationTemplates[0]);
  const packs = parseRulePacks(rulePacks);
  const edition = (packs.ok && defaultEditionId(packs.value)) || 'icld-kp-2020';
  const answers: { [C in Channel]?: Answer<C> } = {
    'export:prepare': () => ok({}),
    'window:state': () => ok({}),
    'recent:list': () => ok([]),
    'recovery:list': () => ok([]),
    'recovery:save': () => ok({ savedAt: new Date().toISOString() }),
    'review:roles': () => ok([]),
    'spelling:status': () => ok({ 'sv-SE': 'browser', 'en-GB': 'browser' }),
    'spelling:document-language': () => ok({}),
    'draft:new': (req) => ok({
      draft: buildNewDraft({
        template, editionId: req.editionId ?? edition, component: req.component ?? 'project',
        documentLanguage: req.documentLanguage ?? 'sv-SE', now: new Date(), newId: testId,
      }),
    }),
  };
  return new Map(Object.entries(answers) as Array<[Channel, AnyAnswer]>);
}

function createFakeBridge() {
  let answers = defaults();
  const calls: Call[] = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  const bridge: Bridge = {
    async invoke(channel, req) {
      const checkedReq = contract[channel].req.safeParse(req);
      if (!checkedReq.success) throw new Error(`the window sent ${channel} a request main refuses: ${checkedReq.error.message}`);
      calls.push({ channel, req });
      const answer = answers.get(channel);
      if (!answer) return err('not-available', `this test gave no answer for ${channel}`);
      const r = await answer(req);
      if (r.ok) {
        const checkedRes = contract[channel].res.safeParse(r.value);
        if (!checkedRes.success) throw new Error(`the test's answer for ${channel} breaks the contract: ${checkedRes.error.message}`);
      }
      return r as Result<ResValue<typeof channel>>;
    },
    on(event, fn) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(fn as (payload: unknown) => void);
      return () => set.delete(fn as (payload: unknown) => void);
    },
  };

  return {
    bridge,
    /** Sets what main answers on a channel from now on (until the test ends). */
    answer<C extends Channel>(channel: C, fn: Answer<C>): void {
      answers.set(channel, fn as AnyAnswer);
    },
    /** The requests sent on a channel so far, oldest first. */
    requests<C extends Channel>(channel: C): Array<Req<C>> {
      return calls.filter((c) => c.channel === channel).map((c) => c.req as Req<C>);
    },
    /** Pushes an event from main, checked against its schema. */
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      events[event].parse(payload);
      for (const fn of listeners.get(event) ?? []) fn(payload);
    },
    /** Back to the default answers, with no requests recorded. */
    reset(): void {
      answers = defaults();
      calls.length = 0;
      listeners.clear();
    },
  };
}

export const fakeBridge = createFakeBridge();

// Installed where the preload puts the real one, before any renderer module reads it.
window.kp = fakeBridge.bridge;
