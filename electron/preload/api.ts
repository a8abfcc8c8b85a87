import type { Channel, EventName } from '../../core/ipc/contract';

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
  'dialog:open-docx',
  'import:docx',
  'dialog:save-draft',
  'dialog:export-docx',
  'dialog:export-xlsx',
  'files:list',
  'recent:list',
  'recovery:list',
  'recovery:save',
  'recovery:load',
  'recovery:discard',
  'export:prepare',
  'export:docx',
  'export:xlsx',
  'export:show',
  'window:state',
  'review:roles',
  'review:set-role',
  'review:merge',
  'dialog:open-review-copies',
  'dialog:open-annex',
  'files:exist',
  'review:copy-path',
  'draft:conflict-info',
  'versions:list',
  'versions:load',
  'versions:newest-readable',
  'spelling:status',
  'spelling:document-language',
  'reuse:list',
  'reuse:read',
  'linked:read',
  'first-screen:keep',
] as const satisfies readonly Channel[];

export const EVENT_NAMES = ['menu:action', 'app:open-file', 'app:import-file'] as const satisfies readonly EventName[];

// A channel or event added to the contract but not above fails here, naming what is missing.
const _allChannelsListed: Record<Exclude<Channel, (typeof CHANNELS)[number]>, never> = {};
const _allEventsListed: Record<Exclude<EventName, (typeof EVENT_NAMES)[number]>, never> = {};
