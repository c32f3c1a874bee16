import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// zod's classic API doubles the side panel's zod (about 16 KB gzipped) next to zod/mini, which
// every schema here uses.
const ZOD_CLASSIC = { name: 'zod', message: "Use 'zod/mini', as every schema here does." };

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'artifacts/', 'dist/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Email content is untrusted: render text, never HTML.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Email content is untrusted: never assign HTML.',
        },
      ],
    },
  },
  {
    // What the extension bundles (Node-only scripts may use either).
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD_CLASSIC] }] },
  },
  {
    // The shared parser runs in the page, the panel and Node: no UI framework, no extension APIs.
    files: ['lib/email/**', 'lib/extract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD_CLASSIC],
          patterns: [
            {
              group: ['preact', 'preact/*', '@preact/*'],
              message: 'lib/email and lib/extract stay framework-free.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'],
              message: 'lib/email and lib/extract never touch WXT or the extension APIs.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'The parser never touches the extension APIs.' },
        { name: 'chrome', message: 'The parser never touches the extension APIs.' },
        { name: 'window', message: 'The parser takes its inputs as arguments.' },
        { name: 'document', message: 'The parser takes its inputs as arguments.' },
        { name: 'fetch', message: 'The parser never touches the network.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'scripts/**', 'cli/**', 'tests/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
