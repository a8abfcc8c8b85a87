import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { parseRulePacks } from './core/rules/load-pack';
import { parseSourceCatalogue } from './core/rules/sources';
import { ApplicationTemplate } from './core/template/schema';
import { applicationTemplates, rulePacks, sourceCatalogue } from './templates';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bundled programme data, validated here with the same zod schemas as everywhere else: a pack
 * or template that doesn't validate stops the build. The renderer gets the parsed result
 * (renderer/validated-data.ts) instead of validating it again in every window, as a JSON string:
 * V8 reads JSON.parse('…') of a large object faster than the same object written as JavaScript.
 */
function validatedData(): Record<string, string> {
  const packs = parseRulePacks(rulePacks);
  if (!packs.ok) throw new Error(`templates/rules: ${packs.error.message}`);
  const template = ApplicationTemplate.safeParse(applicationTemplates[0]);
  if (!template.success) throw new Error(`templates/applications: ${template.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // The renderer validates the small source catalogue itself; a broken one still stops the build.
  const sources = parseSourceCatalogue(sourceCatalogue);
  if (!sources.ok) throw new Error(`templates/sources: ${sources.error.message}`);
  return {
    __KP_VALIDATED_RULE_PACKS__: JSON.stringify(JSON.stringify(packs.value)),
    __KP_VALIDATED_TEMPLATE__: JSON.stringify(JSON.stringify(template.data)),
  };
}

/**
 * The renderer's bundle leaves out the raw rule packs and application template: it has their
 * validated copies (above), and the raw ones, read only where no build ran (unit tests), were a
 * second copy of the largest data in the bundle, parsed by every window. The source catalogue is
 * and the online form's data are still read raw (the renderer validates them itself).
 */
function withoutRawTemplates(): Plugin {
  const index = at('./templates/index.ts');
  return {
    name: 'kp-without-raw-templates',
    enforce: 'pre',
    load(id) {
      if (id !== index) return null;
      return [
        "import factSheetSources from './sources/fact-sheet.json';",
        'export const applicationTemplates = [];',
        'export const rulePacks = [];',
        'export const sourceCatalogue = factSheetSources;',
        // Small; the renderer validates it itself (renderer/submit/submit-data.ts).
        "import onlineForm from './forms/online-form.json';",
        'export const onlineFormData = onlineForm;',
      ].join('\n');
    },
  };
}

/**
 * out/main/index.js     main process, ESM (package.json "type": "module"); dependencies stay in
 *                       node_modules (externalised), electron-store among them.
 * out/main/export-docx-worker.js  the Word-export worker thread, started by main, kp and browser mode.
 * out/main/cli.js      the `kp` command (bin/kp.mjs runs it).
 * out/main/serve-web.js browser mode's server (scripts/start.mjs runs it).
 * out/preload/index.cjs preload, CommonJS: a sandboxed preload cannot be an ES module, and may
 *                       require nothing but 'electron', so everything it imports is bundled in.
 * out/renderer/         the React UI, served by main on app://kp and by browser mode over loopback.
 * The out/ folders are electron-vite's defaults, so `electron-vite build --outDir` can relocate them.
 */
export default defineConfig({
  main: {
    build: {
      lib: {
        entry: {
          index: at('./electron/main/index.ts'),
          // Word export runs in a worker thread; electron/services/export-docx-pool.ts looks for it
          // as export-docx-worker.js beside the bundle that starts it.
          'export-docx-worker': at('./electron/services/export-docx-worker.ts'),
          // Word import converts in a worker of its own per document (electron/services/import-docx.ts).
          'import-docx-worker': at('./electron/services/import-docx-worker.ts'),
          // The `kp` command and browser mode's server run built, like the app: no compiler at run
          // time, and the same modules as the desktop app.
          cli: at('./electron/cli/bin.ts'),
          'serve-web': at('./electron/web/index.ts'),
        },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      lib: { entry: at('./electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: at('./renderer'),
    plugins: [react(), withoutRawTemplates()],
    define: validatedData(),
    build: {
      rolldownOptions: {
        input: at('./renderer/index.html'),
        // Everything the first frame needs stays in one bundle (read from disk, never over a
        // network, so more files would gain nothing); what it doesn't need (the dialogs, see
        // renderer/dialogs/deferred-dialogs.ts) comes in chunks of its own, loaded when idle.
        output: { codeSplitting: { groups: [{ name: 'start', tags: ['$initial'] }] } },
      },
      // electron-vite leaves the renderer unminified by default; minified, the bundle is less than
      // half the size and a long draft's window is ready sooner (`npm run bench`: ready-to-type).
      minify: true,
      // KP_SOURCEMAP=1 for profiling: a CPU profile's positions can then be traced to the sources.
      sourcemap: !!process.env.KP_SOURCEMAP,
      chunkSizeWarningLimit: 2000,
    },
  },
});
