/** One glyph per severity, the same in the panel, beside fields and in the counts. */
export const severityIcon = { error: '✖', warning: '⚠', info: 'ℹ' } as const;
