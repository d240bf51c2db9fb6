// Generates a deterministic corpus for `npm run bench`: mostly plain TypeScript, with
// agent code (AutoGen-style agents, tools with fetch and axios, predicates, servers)
// mixed in at about one file in five. Nothing here is committed: bench/corpus is ignored.
import fs from 'node:fs';
import path from 'node:path';

let seed = 20261121;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (items) => items[Math.floor(random() * items.length)];

function plainFile(index) {
  const name = `Service${index}`;
  const lines = [`import { helper${index % 50} } from '../shared/helpers${index % 50}';`, ''];
  lines.push(`export interface ${name}Options {`, '  retries: number;', '  label: string;', '  tags?: string[];', '}', '');
  lines.push(
    `export class ${name} {`,
    `  private readonly cache = new Map<string, number>();`,
    `  constructor(private readonly options: ${name}Options) {}`,
  );
  for (let method = 0; method < 8; method += 1) {
    lines.push(
      `  compute${method}(values: readonly number[]): number {`,
      '    let total = 0;',
      '    for (const value of values) {',
      `      total += value * ${method + 1} + (this.cache.get(String(value)) ?? 0);`,
      '      if (total > 1_000_000) break;',
      '    }',
      `    return helper${index % 50}(total, this.options.retries);`,
      '  }',
    );
  }
  lines.push('}', '');
  lines.push(`export function describe${name}(service: ${name}): string {`, '  return `service ${String(service)}`;', '}', '');
  return lines.join('\n');
}

function agentFile(index) {
  const variant = pick(['autogen', 'tool', 'predicate', 'server', 'team']);
  switch (variant) {
    case 'autogen':
      return [
        "import { AssistantAgent, UserProxyAgent } from '@acme/autogen';",
        `const writer${index} = new AssistantAgent({ name: 'writer_${index}' });`,
        `const proxy${index} = new UserProxyAgent({ name: 'proxy_${index}', humanInputMode: 'NEVER', maxConsecutiveAutoReply: ${pick(['10', 'null', 'Infinity', '25'])} });`,
        `export async function run${index}(topic: string) {`,
        `  return proxy${index}.initiateChat(writer${index}, { message: topic, maxTurns: ${pick(['12', '20', 'Number.POSITIVE_INFINITY'])} });`,
        '}',
        plainFile(index),
      ].join('\n');
    case 'tool':
      return [
        "import axios from 'axios';",
        `export async function lookup${index}(id: string, signal?: AbortSignal) {`,
        `  const first = await fetch(\`https://api.example/items/\${id}\`${pick([', { signal }', '', ', { signal: AbortSignal.timeout(5000) }'])});`,
        `  const second = await axios.get(\`https://api.example/more/\${id}\`${pick([', { timeout: 5000 }', ''])});`,
        '  return [await first.json(), second.data];',
        '}',
        plainFile(index),
      ].join('\n');
    case 'predicate':
      return [
        "import { ConversableAgent } from '@acme/autogen';",
        `export const reviewer${index} = new ConversableAgent({`,
        `  name: 'reviewer_${index}',`,
        '  maxConsecutiveAutoReply: 8,',
        `  isTerminationMsg: (message) => ${pick(["message.content.includes('DONE')", "typeof message.content === 'string' && message.content.endsWith('DONE')", "JSON.stringify(message.content).includes('DONE')"])},`,
        '});',
        plainFile(index),
      ].join('\n');
    case 'server':
      return [
        "import express from 'express';",
        "import { UserProxyAgent } from '@acme/autogen';",
        'const app = express();',
        `app.post('/chat/${index}', (request, response) => {`,
        `  const host = new UserProxyAgent({ name: 'host', humanInputMode: ${pick(["'ALWAYS'", "'NEVER'", "'TERMINATE'"])}, maxConsecutiveAutoReply: 4 });`,
        '  response.json({ host: String(host), body: request.body });',
        '});',
        plainFile(index),
      ].join('\n');
    default:
      return [
        "import { RoundRobinGroupChat } from 'autogen_agentchat';",
        `export const team${index} = new RoundRobinGroupChat([], { ${pick(['maxTurns: 10', '', 'terminationCondition: stop'])} });`,
        plainFile(index),
      ].join('\n');
  }
}

export function generateCorpus(directory, count) {
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(path.join(directory, 'src', 'shared'), { recursive: true });
  for (let helper = 0; helper < 50; helper += 1) {
    fs.writeFileSync(
      path.join(directory, 'src', 'shared', `helpers${helper}.ts`),
      `export function helper${helper}(total: number, retries: number): number {\n  return total / Math.max(1, retries);\n}\n`,
    );
  }
  for (let index = 0; index < count; index += 1) {
    const folder = path.join(directory, 'src', `module${Math.floor(index / 100)}`);
    fs.mkdirSync(folder, { recursive: true });
    const content = random() < 0.2 ? agentFile(index) : plainFile(index);
    fs.writeFileSync(path.join(folder, `file${index}.ts`), content.replaceAll("'../shared/", "'../shared/"));
  }
  fs.writeFileSync(
    path.join(directory, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          skipLibCheck: true,
          noEmit: true,
        },
        include: ['src'],
      },
      null,
      2,
    ),
  );
}
