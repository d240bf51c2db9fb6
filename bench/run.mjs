// `npm run bench`: generates a corpus, then runs the variants alternately in fresh
// processes and prints ratios pair by pair (wall and CPU seconds), with the median.
//   (a) ESLint + typescript-eslint parser + halting recommended  /  the same ESLint without halting   (budget <= 1.03)
//   (b) the halting scanner without types  /  TypeScript parse-only of the same files                 (budget <= 2)
//   (c) the halting scanner with types  /  `tsc --noEmit` on the same project                        (budget <= 0.5)
// Options: --files N (default 2000), --rounds N (default 3), --project DIR (a real project with a
// tsconfig.json instead of the generated corpus: runs (b) and (c) only).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.mjs';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' }, project: { type: 'string' } },
});
const here = path.dirname(new URL(import.meta.url).pathname);
const corpus = values.project ? path.resolve(values.project) : path.join(here, 'corpus');
if (!values.project) generateCorpus(corpus, Number(values.files));

const measure = (variant) =>
  JSON.parse(execFileSync(process.execPath, [path.join(here, 'variant.mjs'), variant, corpus], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function compare(label, subject, baseline, budget) {
  const walls = [];
  const cpus = [];
  const shares = [];
  for (let round = 0; round < Number(values.rounds); round += 1) {
    // Alternate the order so warm-up and machine noise fall on both sides.
    const [first, second] = round % 2 === 0 ? [baseline, subject] : [subject, baseline];
    const runs = Object.fromEntries([first, second].map((variant) => [variant, measure(variant)]));
    const a = runs[subject];
    const b = runs[baseline];
    if (a.haltingShare !== undefined) shares.push(a.haltingShare);
    walls.push(a.wall / b.wall);
    cpus.push(a.cpu / b.cpu);
    console.log(
      `${label} round ${round + 1}: ${subject} ${a.wall.toFixed(2)}s wall / ${a.cpu.toFixed(2)}s cpu (${a.result} results, ${(a.rss / 2 ** 20).toFixed(0)} MiB peak); ` +
        `${baseline} ${b.wall.toFixed(2)}s wall / ${b.cpu.toFixed(2)}s cpu (${(b.rss / 2 ** 20).toFixed(0)} MiB peak); ratio ${(a.wall / b.wall).toFixed(3)} wall, ${(a.cpu / b.cpu).toFixed(3)} cpu`,
    );
  }
  const wall = median(walls);
  const cpu = median(cpus);
  console.log(
    `${label}: median ratio ${wall.toFixed(3)} wall, ${cpu.toFixed(3)} cpu (budget <= ${budget}) ${Math.min(wall, cpu) <= budget ? 'OK' : 'OVER BUDGET'}`,
  );
  if (shares.length > 0)
    console.log(`${label}: halting's rules take ${(median(shares) * 100).toFixed(2)} % of ESLint's linting time (ESLint stats, median)`);
  console.log('');
}

console.log(values.project ? `project: ${corpus}\n` : `corpus: ${values.files} files in ${corpus}\n`);
if (!values.project) compare('(a) eslint + halting / eslint', 'eslint-halting', 'eslint-base', 1.03);
compare('(b) scanner without types / ts parse-only', 'scanner', 'ts-parse', 2);
compare('(c) scanner with types / tsc --noEmit', 'scanner-types', 'tsc', 0.5);
