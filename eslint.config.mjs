import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'cdk.out/**',
      '.data/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  { files: ['tools/**', 'test/**', 'infra/**'], rules: { 'no-console': 'off' } },
  {
    // ask-sdk-core's index loads all of the package; the Lambda takes the parts it runs from
    // lambda/alexa/sdk.ts (13 KiB less bundle). Types may come from the index: they are erased.
    files: ['lambda/**/*.ts'],
    ignores: ['lambda/alexa/sdk.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'ask-sdk-core',
              message: 'Import what runs from lambda/alexa/sdk.ts (the index bundles all of ask-sdk-core).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
