/** A suggested change (tracked insertion or deletion) nobody has accepted or rejected yet. */
export interface PendingSuggestion {
  id: string;
  /** What the pre-flight list says about it: where, who, what. */
  text: string;
  /** Shows it where it is. */
  go: () => void;
}

/**
 * The draft's undecided suggestions, for the export's pre-flight list. The draft format has no
 * suggestions yet, so there are none; once it has, they are listed here and the pre-flight shows
 * them as a group of their own, with the same jump links as comments.
 */
export function pendingSuggestions(): PendingSuggestion[] {
  return [];
}
