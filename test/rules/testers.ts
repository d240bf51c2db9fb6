import { RuleTester } from '@typescript-eslint/rule-tester';

/** TypeScript files through typescript-eslint's parser (the engine reuses its tree). */
export const tsTester = new RuleTester({
  languageOptions: { parserOptions: {} },
  defaultFilenames: { ts: 'agent.ts', tsx: 'agent.tsx' },
});

/** JavaScript files through espree (the engine parses with its own TypeScript). */
export const jsTester = new RuleTester({
  languageOptions: { parser: undefined as never, ecmaVersion: 'latest', sourceType: 'module' },
  defaultFilenames: { ts: 'agent.js', tsx: 'agent.jsx' },
});
