// Checks that the JavaScript a trainee downloads for the first route (the entry chunk and everything it imports
// statically, plus the trainee home's lazily loaded chunk) stays within the budget, gzipped. Reads the Vite
// manifest of `npm run web:build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = join(import.meta.dirname, '..', '..', '..', 'dist', 'web');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) throw new Error('No entry chunk in the Vite manifest: run npm run web:build first');
const traineeHome = Object.keys(manifest).find((key) => key === 'src/features/ojt/index.ts');
if (!traineeHome) throw new Error('The trainee pages chunk (src/features/ojt/index.ts) is missing from the manifest');

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported);
}
collect(entry[0]);
collect(traineeHome);

let total = 0;
const rows = [];
for (const file of files) {
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  rows.push(`  ${file}  ${(size / 1024).toFixed(1)} KB`);
}
const totalKb = total / 1024;
console.log(`trainee first route: ${totalKb.toFixed(1)} KB of JavaScript gzipped (budget ${BUDGET_KB} KB)`);
console.log(rows.join('\n'));
if (totalKb > BUDGET_KB) {
  console.error(`over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
