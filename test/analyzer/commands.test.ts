import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpret, splitCommand, type Invocation } from '../../src/analyzer/project/commands.js';

const cwd = path.resolve('/repo');
const scripts = new Set(['report', 'nightly']);
const hasScript = (directory: string, name: string): boolean => directory === cwd && scripts.has(name);

/** The first thing a command line runs, as a short string (`file:/repo/x.ts`, `script:report`). */
function firstRun(command: string): string | undefined {
  let directory = cwd;
  for (const segment of splitCommand(command)) {
    const invocation: Invocation | undefined = interpret(segment.words, directory, hasScript);
    if (invocation?.kind === 'cd') {
      if (invocation.directory === undefined) return undefined;
      directory = invocation.directory;
    } else if (invocation?.kind === 'file') return `file:${path.relative(cwd, invocation.file)}`;
    else if (invocation) return `script:${invocation.name}@${path.relative(cwd, invocation.directory) || '.'}`;
  }
  return undefined;
}

describe('splitCommand', () => {
  it.each([
    ['npm ci && npm run report', ['npm ci', 'npm run report']],
    ['npm ci\nnpm test; node x.js | tee out.log', ['npm ci', 'npm test', 'node x.js', 'tee out.log']],
    ["node 'scripts/a b.js' 2>&1", ["node 'scripts/a b.js' 2>&1"]],
    ['# a comment\nnode x.js', ['node x.js']],
  ])('%j', (command, texts) => {
    expect(splitCommand(command).map((segment) => segment.text)).toEqual(texts);
  });

  it('marks words the shell expands as not literal and drops redirections', () => {
    expect(splitCommand('node "scripts/$TASK.js" > out.log 2>&1')[0]?.words).toEqual([
      { value: 'node', literal: true },
      { value: 'scripts/$TASK.js', literal: false },
    ]);
  });
});

describe('interpret', () => {
  it.each([
    ['node dist/server.js', 'file:dist/server.js'],
    ['node --enable-source-maps -r dotenv/config dist/server.js --port 3000', 'file:dist/server.js'],
    ['npx tsx scripts/nightly.ts --since yesterday', 'file:scripts/nightly.ts'],
    ['npx --yes tsx@4 scripts/nightly.ts', 'file:scripts/nightly.ts'],
    ['pnpm exec ts-node -P tsconfig.json src/job.ts', 'file:src/job.ts'],
    ['NODE_ENV=production cross-env DEBUG=1 node server.js', 'file:server.js'],
    ['bun run src/worker.ts', 'file:src/worker.ts'],
    ['bun run report', 'script:report@.'],
    ['deno run --allow-net main.ts', 'file:main.ts'],
    ['tsx watch src/dev.ts', 'file:src/dev.ts'],
    ['cd packages/api && node dist/server.js', 'file:packages/api/dist/server.js'],
    ['npm run report', 'script:report@.'],
    ['npm run --silent report -- --week 12', 'script:report@.'],
    ['npm start', 'script:start@.'],
    ['npm t', 'script:test@.'],
    ['npm --prefix tools run report', 'script:report@tools'],
    ['pnpm nightly', 'script:nightly@.'],
    ['yarn tsx scripts/seed.ts', 'file:scripts/seed.ts'],
    ['./node_modules/.bin/tsx scripts/nightly.ts', 'file:scripts/nightly.ts'],
  ])('%s runs %s', (command, expected) => {
    expect(firstRun(command)).toBe(expected);
  });

  it.each([
    'node -e "require(\'./x\')"',
    'node --test',
    'npx tsx scripts/${{ matrix.task }}.ts',
    'node $ENTRY',
    'pnpm --filter api start',
    'npm -w packages/api run report',
    'deno task build',
    'npm ci',
    'npm run',
    'vitest run',
    'cd $HOME && node x.js',
  ])('%s runs nothing to follow', (command) => {
    expect(firstRun(command)).toBeUndefined();
  });
});
