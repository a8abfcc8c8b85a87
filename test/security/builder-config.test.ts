import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../electron/main/app-id';

// electron-builder's own schema and validator, plus the JSON-schema validator (ajv) and YAML parser
// it depends on itself — resolved from electron-builder's package so they are the ones it uses.
const require = createRequire(import.meta.url);
const fromBuilder = createRequire(require.resolve('app-builder-lib/package.json'));
type ValidateFunction = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const { Ajv } = fromBuilder('ajv') as { Ajv: new (options: object) => { compile(schema: object): ValidateFunction } };
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const schema = fromBuilder('./scheme.json') as object;
const { validateConfiguration } = fromBuilder('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

type Target = string | { target: string };
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  publish: unknown;
  fileAssociations: Array<{ ext: string; name: string; role: string; mimeType: string }>;
  win: { target: Target[] };
  mac: { target: Target[] };
  linux: { target: Target[] };
}

const configPath = fileURLToPath(new URL('../../electron-builder.yml', import.meta.url));
const load = () => yaml.load(readFileSync(configPath, 'utf8')) as BuilderConfig;
const targetNames = (targets: Target[]) => targets.map((t) => (typeof t === 'string' ? t : t.target));
const quiet = { isEnabled: false, add() {} };

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s JSON schema (ajv)', () => {
    const ok = validate(load());
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('passes electron-builder’s own configuration check', async () => {
    await expect(validateConfiguration(load(), quiet)).resolves.toBeUndefined();
  }, 120_000);

  it('is rejected by the same checks when an option is misspelt or out of range', async () => {
    expect(validate({ ...load(), fileAsociations: [] })).toBe(false);
    expect(validate({ ...load(), fileAssociations: [{ ext: 'kpdraft', role: 7 }] })).toBe(false);
    expect(validate({ ...load(), win: { target: 42 } })).toBe(false);
    await expect(validateConfiguration({ ...load(), windowz: {} }, quiet)).rejects.toThrow(/windowz/);
  }, 120_000);

  it('builds an NSIS installer, a dmg, an AppImage and a deb', () => {
    const c = load();
    expect(targetNames(c.win.target)).toEqual(['nsis']);
    expect(targetNames(c.mac.target)).toEqual(['dmg']);
    expect(targetNames(c.linux.target).sort()).toEqual(['AppImage', 'deb']);
  });

  it('associates .kpdraft files with the app as their editor', () => {
    expect(load().fileAssociations).toEqual([
      expect.objectContaining({ ext: 'kpdraft', name: 'KP Drafter draft', role: 'Editor', mimeType: 'application/x-kpdraft' }),
    ]);
  });

  it('packages only the build output and the manifest, under the id main uses, with no update server', () => {
    const c = load();
    expect(c.files).toEqual(['out/**', 'package.json']);
    expect(c.appId).toBe(APP_ID);
    expect(c.productName).toBe('KP Drafter');
    expect(c.publish).toBeNull();
  });

  it('finds the app icon electron-builder looks for in build/, large enough for every platform (≥ 512 px)', () => {
    const png = readFileSync(fileURLToPath(new URL('../../build/icon.png', import.meta.url)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(Math.min(width, height)).toBeGreaterThanOrEqual(512);
    expect(width).toBe(height);
  });
});
