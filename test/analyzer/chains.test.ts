import { describe, expect, it } from 'vitest';
import { collectChains } from '../../src/analyzer/chains.js';
import { createFileFacts, type ChainFact } from '../../src/analyzer/facts.js';
import type { CollectContext } from '../../src/analyzer/frameworks/types.js';
import { getRange, isFunctionLike } from '../../src/analyzer/syntax.js';
import type { TypeOracle } from '../../src/analyzer/type-oracle.js';
import { parse, ts } from './parse.js';

/** A type oracle that only resolves calls: each call of a method named in `methods` runs that method. */
function methodOracle(methods: ReadonlyMap<string, ts.FunctionLikeDeclaration>): TypeOracle {
  return {
    getContentType: () => undefined,
    getLiteralOptions: () => undefined,
    getCalledFunction: (call) => {
      const callee = call.expression;
      return ts.isPropertyAccessExpression(callee) ? methods.get(callee.name.text) : undefined;
    },
  };
}

function findFunction(sourceFile: ts.SourceFile, name: string): ts.FunctionLikeDeclaration {
  let found: ts.FunctionLikeDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (isFunctionLike(ts, node) && node.name && ts.isIdentifier(node.name) && node.name.text === name) found = node;
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) throw new Error(`no function \`${name}\``);
  return found;
}

/** The chains a tool function reaches, as `tool: helper → helper: problem`. */
function chainsOf(sourceFile: ts.SourceFile, toolName: string, types?: TypeOracle): string[] {
  const facts = createFileFacts(sourceFile.fileName);
  const ctx: CollectContext = {
    ts,
    sourceFile,
    facts,
    evalContext: { ts, resolver: undefined, types },
    range: (node) => getRange(node, sourceFile),
  };
  collectChains(ctx, findFunction(sourceFile, toolName), toolName);
  return facts.chains.map(
    (chain: ChainFact) => `${chain.tool ?? '?'}: ${chain.steps.map((step) => step.callee).join(' → ')}: ${chain.network.problem}`,
  );
}

const CLIENT = `
class PolicyClient {
  async get(path: string) {
    return (await fetch('https://policies.internal' + path)).json();
  }
}
const client = new PolicyClient();
async function lookupPolicy(policyId: string) {
  return client.get('/policies/' + policyId);
}
`;

describe('collectChains', () => {
  it('follows a method call only when the type oracle resolves it', () => {
    const sourceFile = parse(CLIENT);
    expect(chainsOf(sourceFile, 'lookupPolicy')).toEqual([]);
    const oracle = methodOracle(new Map([['get', findFunction(sourceFile, 'get')]]));
    expect(chainsOf(sourceFile, 'lookupPolicy', oracle)).toEqual(['lookupPolicy: client.get: noInit']);
  });

  it('never enters declaration files or node_modules', () => {
    const library = parse('export declare function get(path: string): Promise<unknown>;', '/project/node_modules/http-kit/index.d.ts');
    const vendored = parse('export async function get(path: string) { return fetch(path); }', '/project/node_modules/http-kit/index.js');
    const tool = parse(CLIENT.replace('class PolicyClient', 'class Unused'), '/project/src/tools.ts');
    for (const file of [library, vendored]) {
      const [declared] = file.statements;
      if (!declared || !ts.isFunctionDeclaration(declared)) throw new Error('no function');
      expect(chainsOf(tool, 'lookupPolicy', methodOracle(new Map([['get', declared]])))).toEqual([]);
    }
  });

  it('records nothing for a tool whose helpers have deadlines', () => {
    const sourceFile = parse(`
async function httpGet(path: string, signal: AbortSignal) {
  return fetch('https://policies.internal' + path, { signal });
}
async function lookupPolicy(policyId: string) {
  return httpGet('/policies/' + policyId, AbortSignal.timeout(5_000));
}
`);
    expect(chainsOf(sourceFile, 'lookupPolicy')).toEqual([]);
  });
});
