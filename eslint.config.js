import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['_site/', 'node_modules/', 'test-output/', 'tmp-*/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The two small scripts the site serves run in the browser.
    files: ['templates/assets/**/*.js'],
    languageOptions: {
      globals: { document: 'readonly', location: 'readonly', URLSearchParams: 'readonly', PagefindUI: 'readonly' },
    },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
