import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Tests that run the built package (the bin, ESLint's CLI in workers) need a fresh dist. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}
