// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const LIBS = [
  'core',
  'identity',
  'frameworks',
  'programs',
  'audit',
  'competency',
  'ojt',
  'notification',
  'learning',
  'credentials',
  'reporting',
  'certification',
  'exports',
  'system',
  'platform',
];
const APPS = ['api', 'worker', 'cli', 'web'];

/** A lib is imported only through its index: no deep path by alias, by `libs/…` or by climbing into another lib. */
const LIB_INDEX_ONLY = [
  {
    group: LIBS.map((lib) => `@banso/${lib}/*`),
    message: 'Import a lib only through its index: @banso/<name>',
  },
  {
    group: ['**/libs/*/src/**', '../../*/src/**', '../../../*/src/**', '../../../../*/src/**'],
    message: 'Import a lib only through its index: @banso/<name>',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.demo/**',
      'test/tools/**',
      'eslint.config.mjs',
      'apps/web/src/gql/**',
      'apps/web/src/features/*/gql/**',
      'apps/web/scripts/**',
      'test-results/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/unbound-method': 'off',
      'no-restricted-imports': ['error', { patterns: LIB_INDEX_ONLY }],
    },
  },
  {
    files: ['apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...LIB_INDEX_ONLY,
            {
              group: ['**/apps/**', ...APPS.map((app) => `**/${app}/src/**`)],
              message: 'Apps never import each other: share code through a lib (e.g. @banso/platform)',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
