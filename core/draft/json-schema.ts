import { z } from 'zod';
import { CURRENT_VERSION, DraftFile, FORMAT_MARKER } from './file-format';
import { FormattedText, ListElement, ListItemElement, SuggestionMark } from './rich-text';

/**
 * The JSON Schema (draft 2020-12) of a `.kpdraft` file in the current format, generated from the
 * zod schema so the two cannot drift. Printed by `kp schema` and committed as
 * docs/draft-format.schema.json for people and tools that read drafts without KP Drafter.
 */
export function buildDraftJsonSchema(): Record<string, unknown> {
  // Names for the recursive parts (nested lists), which JSON Schema must express as $defs, and
  // for the text leaf and its suggestion, which would otherwise be written out at every use.
  const names = z.registry<{ id: string }>();
  names.add(ListElement, { id: 'ListElement' });
  names.add(ListItemElement, { id: 'ListItemElement' });
  names.add(FormattedText, { id: 'FormattedText' });
  names.add(SuggestionMark, { id: 'SuggestionMark' });
  const generated = z.toJSONSchema(DraftFile, { target: 'draft-2020-12', unrepresentable: 'any', metadata: names }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `urn:kp-drafter:draft:${CURRENT_VERSION}`,
    title: `KP Drafter draft file (.kpdraft), format ${CURRENT_VERSION}`,
    description:
      `UTF-8 JSON. "format" is always "${FORMAT_MARKER}"; "version" is the format version. ` +
      'Files of older versions are upgraded when opened; files of newer versions are refused. See docs/draft-format.md.',
    ...rest,
  };
}
