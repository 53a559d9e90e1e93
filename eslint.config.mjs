// ESLint (flat config): `npm run lint`, zero warnings allowed. Formatting is Prettier's job (`npm run format:check`);
// eslint-config-prettier, last, turns off every rule that would disagree with it.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    // Build output, scratch files, and the files `npm run generate` writes (same folders as .gitattributes, .prettierignore).
    ignores: [
      'dist/',
      'artifacts/',
      '.swc/',
      '.scratch/',
      'src/content/generated/',
      'src/domain/generated/',
      'src/packages/issue-*/',
      'tests/fixtures/issues/generated/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_` marks a parameter a callback's signature needs but the body does not (tsc's noUnusedParameters agrees).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The app (weapp and H5), the desk page and the site's takeover script run in a browser or WeChat's web-like runtime.
    files: ['src/**', 'desk/**', 'scripts/build/site/takeover.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // CommonJS files read by Babel and Taro's build.
    files: ['babel.config.js', 'config/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // eslint-plugin-react-hooks 7: rules-of-hooks and exhaustive-deps, plus the React Compiler's checks of the rules of
    // React (purity, refs, immutability, setState in render, …), which hold with or without the compiler. Two are off:
    files: ['**/*.tsx', 'src/**/*.ts', 'desk/**/*.ts'],
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Only says the compiler would skip a component; this app is not compiled by it (Taro 4.2, React 18).
      'react-hooks/preserve-manual-memoization': 'off',
      // A performance hint (an extra render), not a correctness rule: our effects set `loading` before a request and
      // reset `failed` before a redirect, the pattern the timers and retries there rely on.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  prettier,
)
