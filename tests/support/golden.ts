// Golden-file support for the test suite.
// Takes: a golden file path and the actual text. Gives: an assertion that they are equal, or, under
// UPDATE_GOLDEN=1, a rewritten golden file. A mismatch fails with a unified diff of the two texts.
// Invariant: golden files live in the source tree (tests/…), never under dist/.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from dist/tests/support/golden.js or tests/support/golden.ts. */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();

/** ../shared beside the checkout (or $RAYZOR_SHARED), if present. */
export const SHARED = process.env['RAYZOR_SHARED'] ?? join(ROOT, '..', 'shared');
export const HAVE_SHARED = existsSync(join(SHARED, 'corpus'));

export const UPDATE = process.env['UPDATE_GOLDEN'] === '1';

export function checkGolden(goldenPath: string, actual: string): void {
  const rel = relative(ROOT, goldenPath);
  if (UPDATE) {
    mkdirSync(dirname(goldenPath), { recursive: true });
    if (!existsSync(goldenPath) || readFileSync(goldenPath, 'utf8') !== actual) writeFileSync(goldenPath, actual);
    return;
  }
  if (!existsSync(goldenPath)) throw new Error(`missing golden file ${rel}; create it with UPDATE_GOLDEN=1 npm test`);
  const expected = readFileSync(goldenPath, 'utf8');
  if (expected !== actual) {
    throw new Error(`golden mismatch: ${rel} (regenerate with UPDATE_GOLDEN=1 npm test)\n${unifiedDiff(expected, actual)}`);
  }
}

/** A compact unified diff (LCS over lines), enough to see what changed. */
export function unifiedDiff(a: string, b: string, context = 3): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  if (n * m > 4_000_000) return `--- expected (${n} lines)\n+++ actual (${m} lines)\n(too large to diff)`;
  const lcs: Uint32Array[] = [];
  for (let i = 0; i <= n; i++) lcs.push(new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: { op: ' ' | '-' | '+'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      ops.push({ op: ' ', text: x[i]! });
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      ops.push({ op: '+', text: y[j]! });
      j++;
    } else {
      ops.push({ op: '-', text: x[i]! });
      i++;
    }
  }
  const keep = new Array<boolean>(ops.length).fill(false);
  ops.forEach((o, k) => {
    if (o.op !== ' ') for (let d = Math.max(0, k - context); d <= Math.min(ops.length - 1, k + context); d++) keep[d] = true;
  });
  const out = ['--- expected', '+++ actual'];
  let skipped = false;
  ops.forEach((o, k) => {
    if (!keep[k]) {
      if (!skipped) out.push('@@');
      skipped = true;
      return;
    }
    skipped = false;
    out.push(`${o.op}${o.text}`);
  });
  return out.join('\n');
}
