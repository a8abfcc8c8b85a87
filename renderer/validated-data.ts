import type { RulePack } from '../core/rules/pack-schema';
import type { ApplicationTemplate } from '../core/template/schema';

// The build validates the bundled rule packs and application template with their zod schemas
// (electron.vite.config.ts, which fails on any problem) and hands over the parsed result, so the
// window doesn't spend its first fifth of a second validating data that cannot have changed.
// Where the build didn't run (unit tests), these are undefined and the data is validated here.
// The build hands them over as JSON text, which V8 parses faster than the same object literal.
declare const __KP_VALIDATED_RULE_PACKS__: string | undefined;
declare const __KP_VALIDATED_TEMPLATE__: string | undefined;

export const prevalidatedRulePacks: RulePack[] | undefined =
  typeof __KP_VALIDATED_RULE_PACKS__ === 'undefined' ? undefined : (JSON.parse(__KP_VALIDATED_RULE_PACKS__) as RulePack[]);
export const prevalidatedTemplate: ApplicationTemplate | undefined =
  typeof __KP_VALIDATED_TEMPLATE__ === 'undefined' ? undefined : (JSON.parse(__KP_VALIDATED_TEMPLATE__) as ApplicationTemplate);
