import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { buildDraftJsonSchema } from '../../../core/draft/json-schema';
import { CURRENT_VERSION } from '../../../core/draft/file-format';

const root = join(__dirname, '../../..');
const schema = buildDraftJsonSchema();
const versions = join(root, 'test/fixtures/drafts/versions');

describe('the JSON Schema of .kpdraft files', () => {
  it('describes the envelope and the draft', () => {
    const props = schema.properties as Record<string, { const?: unknown; properties?: Record<string, unknown>; required?: string[] }>;
    expect(props.format?.const).toBe('kp-drafter/draft');
    expect(props.version?.const).toBe(CURRENT_VERSION);
    expect(Object.keys(props.draft?.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'editionId', 'component', 'partners', 'sections', 'budget', 'team', 'annotations', 'annexes', 'prerequisites', 'invalidInputs']),
    );
    expect(props.draft?.required).toContain('partners');
  });

  it('is the same as the committed docs/draft-format.schema.json (run `kp schema > docs/draft-format.schema.json` after changing the model)', () => {
    expect(JSON.parse(readFileSync(join(root, 'docs/draft-format.schema.json'), 'utf8'))).toEqual(schema);
  });

  it('accepts current-format files and rejects damaged ones, as an independent validator reads it', () => {
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    const current = readdirSync(versions).filter((f) => f.endsWith(`.v${CURRENT_VERSION}.kpdraft`));
    expect(current.length).toBeGreaterThan(0);
    for (const f of current) expect(validate(JSON.parse(readFileSync(join(versions, f), 'utf8'))), f).toBe(true);
    const v1 = JSON.parse(readFileSync(join(versions, 'uppsala-mombasa.v1.kpdraft'), 'utf8'));
    expect(validate(v1)).toBe(false); // older formats are upgraded by the app, not described here
    for (const f of ['wrong-types.kpdraft', 'unknown-field.kpdraft', 'newer-version.kpdraft']) {
      expect(validate(JSON.parse(readFileSync(join(root, 'test/fixtures/drafts/bad', f), 'utf8'))), f).toBe(false);
    }
  });
});
