import { findPack, type RulePack } from '../../core/rules';
import { loadRulePacks } from '../services/templates';

export interface EditionFlag {
  /** Every shipped rule pack. */
  packs: RulePack[];
  /** The ids of `packs`, comma-separated, for messages naming the editions there are. */
  known: string;
  /** The pack `--edition` names; undefined when the flag is not given. */
  pack?: RulePack;
}

/** Resolves `--edition ID` (as tryParseArgs returns it) against the shipped rule packs. */
export function readEditionFlag(value: string | boolean | undefined):
  | { ok: true; value: EditionFlag }
  | { ok: false; message: string } {
  const packs = loadRulePacks();
  const known = packs.map((p) => p.id).join(', ');
  if (typeof value !== 'string') return { ok: true, value: { packs, known } };
  const pack = findPack(packs, value);
  return pack ? { ok: true, value: { packs, known, pack } } : { ok: false, message: `unknown edition "${value}" (known: ${known})` };
}
