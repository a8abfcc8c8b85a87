// Layering is enforced here, not by review: imports point renderer → core and electron → core only.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'test-results/**', 'bench/results.json', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          allowTypeImports: true,
          group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'slate-react', 'slate-dom', ...nodeBuiltins, '**/renderer/**', '**/electron/**'],
          message: 'core/ is pure: no electron, React, DOM or Node imports at runtime.',
        }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['electron', 'electron/*', ...nodeBuiltins, '**/electron/**'],
          message: 'renderer/ reaches main only through the bridge.',
        }],
      }],
    },
  },
  {
    files: ['electron/services/**', 'electron/cli/**', 'electron/web/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['electron', 'electron/*', 'electron-store', '**/electron/main/**', '**/electron/preload/**', '**/renderer/**'],
          message: 'services and the CLI run without Electron (CLI, browser mode, tests).',
        }],
      }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'slate-react'], message: 'main and preload never import the renderer.' }],
      }],
    },
  },
);
