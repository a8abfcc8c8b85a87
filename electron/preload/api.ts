import type { Channel, EventName, EventPayload, Req, ResValue } from '../../core/ipc/contract';
import type { Result } from '../../core/result';

/**
 * The whole of what a page of the app can ask of the system: `window.kp`. The renderer's HTTP
 * bridge in browser mode implements the same interface, so the UI is written once.
 */
export interface KpBridge {
  /** Sends a request on a contract channel; every outcome, including failures, is a Result value. */
  invoke<C extends Channel>(channel: C, request: Req<C>): Promise<Result<ResValue<C>>>;
  /** Subscribes to an event pushed by main; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/**
 * The contract's channel and event names, written out so the sandboxed preload needs no zod at
 * run time. The compile-time checks below fail when the contract gains a name that is missing
 * here; test/electron/preload checks the lists against the contract's keys at run time too.
 */
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:set',
  'draft:new',
  'draft:open',
  'draft:save',
  'dialog:open-draft',
  'dialog:save-draft',
  'dialog:export-docx',
  'files:list',
  'recent:list',
  'recovery:list',
  'recovery:save',
  'recovery:load',
  'recovery:discard',
  'export:prepare',
  'export:docx',
  'export:show',
  'window:state',
  'review:roles',
  'review:set-role',
  'review:merge',
  'dialog:open-review-copies',
  'review:copy-path',
  'draft:conflict-info',
  'versions:list',
  'versions:load',
  'versions:newest-readable',
] as const satisfies readonly Channel[];

export const EVENT_NAMES = ['menu:action', 'app:open-file'] as const satisfies readonly EventName[];

// A channel or event added to the contract but not above fails here, naming what is missing.
const _allChannelsListed: Record<Exclude<Channel, (typeof CHANNELS)[number]>, never> = {};
const _allEventsListed: Record<Exclude<EventName, (typeof EVENT_NAMES)[number]>, never> = {};
