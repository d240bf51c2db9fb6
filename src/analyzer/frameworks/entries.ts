/**
 * Deployment entry kinds: what makes a file run without a terminal (an HTTP server,
 * a route handler, a serverless handler, a queue worker, a cron job, a CI action),
 * and the TTY checks that say it expects one. Facts only; `headless.ts` decides.
 */
import type * as TS from 'typescript';
import { resolveOrigin, stripNodePrefix } from '../callee.js';
import { getRequiredModule } from '../scope.js';
import { getDottedName, getPropertyName, unwrap } from '../syntax.js';
import { visit, type CollectContext, type FrameworkAdapter } from './types.js';

/** Importing one of these makes a file a server, worker, cron job or CI action. */
const HEADLESS_MODULES: Record<string, string> = {
  express: 'an HTTP server (`express`)',
  fastify: 'an HTTP server (`fastify`)',
  koa: 'an HTTP server (`koa`)',
  hono: 'an HTTP server (`hono`)',
  '@hono/node-server': 'an HTTP server (`@hono/node-server`)',
  bullmq: 'a queue worker (`bullmq`)',
  'node-cron': 'a cron job (`node-cron`)',
  cron: 'a cron job (`cron`)',
  '@actions/core': 'a CI action (`@actions/core`)',
};

const HTTP_MODULES = ['http', 'https', 'http2'];
const ROUTE_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

function addEntry(ctx: CollectContext, reason: string): void {
  if (!ctx.facts.entries.some((entry) => entry.reason === reason)) ctx.facts.entries.push({ reason });
}

function onModule(ctx: CollectContext, module: string): void {
  const reason = HEADLESS_MODULES[stripNodePrefix(module)];
  if (reason) addEntry(ctx, `runs ${reason}`);
}

function onImport(node: TS.ImportDeclaration, ctx: CollectContext): void {
  const typeOnly = node.importClause?.phaseModifier === ctx.ts.SyntaxKind.TypeKeyword;
  if (ctx.ts.isStringLiteral(node.moduleSpecifier) && !typeOnly) onModule(ctx, node.moduleSpecifier.text);
}

function onCall(node: TS.CallExpression, ctx: CollectContext): void {
  const { ts } = ctx;
  const required = getRequiredModule(ts, node);
  if (required) {
    onModule(ctx, required.module);
    return;
  }
  if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [specifier] = node.arguments;
    if (specifier && ts.isStringLiteral(specifier)) onModule(ctx, specifier.text);
    return;
  }
  const callee = unwrap(ts, node.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (name !== 'createServer') return;
  const origin = resolveOrigin(ts, ctx.evalContext.resolver, callee);
  if (origin?.module && HTTP_MODULES.includes(stripNodePrefix(origin.module))) {
    addEntry(ctx, `creates an HTTP server (\`${stripNodePrefix(origin.module)}.createServer\`)`);
  }
}

function hasExportModifier(ts: CollectContext['ts'], node: TS.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

/** Names a file exports directly (`export const handler`, `export async function GET`). */
function getExportedNames(ctx: CollectContext): Set<string> {
  const { ts } = ctx;
  const names = new Set<string>();
  for (const statement of ctx.sourceFile.statements) {
    if (ts.isVariableStatement(statement) && hasExportModifier(ts, statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name && hasExportModifier(ts, statement)) {
      names.add(statement.name.text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.moduleSpecifier &&
      statement.exportClause &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
      const target = getDottedName(ts, statement.expression.left);
      const match = target && /^(?:module\.)?exports\.(\w+)$/.exec(target);
      if (match?.[1]) names.add(match[1]);
    }
  }
  return names;
}

function finish(ctx: CollectContext): void {
  const { ts } = ctx;
  const path = ctx.sourceFile.fileName.replace(/\\/g, '/');
  const exported = getExportedNames(ctx);
  if (/(^|\/)app\/(.+\/)?route\.[cm]?[jt]sx?$/.test(path) && [...exported].some((name) => ROUTE_METHODS.has(name))) {
    addEntry(ctx, 'is a Next.js route handler');
  }
  if (/(^|\/)pages\/api\//.test(path) && /\.[cm]?[jt]sx?$/.test(path)) addEntry(ctx, 'is a Next.js API route');
  if (exported.has('handler')) addEntry(ctx, 'exports a serverless `handler`');
  for (const statement of ctx.sourceFile.statements) {
    if (!ts.isExportAssignment(statement) || statement.isExportEquals) continue;
    const value = unwrap(ts, statement.expression);
    if (!ts.isObjectLiteralExpression(value)) continue;
    const hasFetch = value.properties.some((property) => property.name !== undefined && getPropertyName(ts, property.name) === 'fetch');
    if (hasFetch) addEntry(ctx, 'exports a `fetch` handler (Cloudflare Workers style)');
  }
}

function onPropertyAccess(node: TS.PropertyAccessExpression, ctx: CollectContext): void {
  if (node.name.text !== 'isTTY') return;
  const target = getDottedName(ctx.ts, node.expression);
  if (target === 'process.stdin' || target === 'process.stdout') ctx.facts.ttyGuarded = true;
}

export const entries: FrameworkAdapter = {
  id: 'entries',
  packages: Object.keys(HEADLESS_MODULES),
  hint: /express|fastify|koa|hono|bullmq|cron|@actions\/core|createServer|handler|export\s+default|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|isTTY|pages[\\/]api|route\./,
  visitors: {
    ImportDeclaration: visit<TS.ImportDeclaration>(onImport),
    CallExpression: visit<TS.CallExpression>(onCall),
    PropertyAccessExpression: visit<TS.PropertyAccessExpression>(onPropertyAccess),
  },
  finish,
};
