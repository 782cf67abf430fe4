// Golden typed-AST printouts: each tests/typing/typed/NAME.hx is type-checked as Main.hx and its typed
// tree (declarations, field types, bodies with inferred types) compared with NAME.typed. A case
// must type-check without diagnostics (they are appended to the golden if any, so none can hide).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkGolden, ROOT } from './support/golden.js';
import { checkSource } from './support/typecheck.js';

const DIR = join(ROOT, 'tests', 'typing', 'typed');
const cases = readdirSync(DIR).filter((n) => n.endsWith('.hx')).sort();

test('typed AST cases: at least 40', () => {
  assert.ok(cases.length >= 40, `only ${cases.length} cases`);
});

for (const name of cases) {
  test(`typed golden: ${name}`, () => {
    const { diagnostics, typed } = checkSource(readFileSync(join(DIR, name), 'utf8'));
    const out = typed + (diagnostics.length ? '--- diagnostics\n' + diagnostics.join('\n') + '\n' : '');
    checkGolden(join(DIR, name.replace(/\.hx$/, '.typed')), out);
    assert.deepEqual(diagnostics, []);
  });
}
