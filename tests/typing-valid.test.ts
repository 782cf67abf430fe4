// Valid programs: each tests/typing/valid/NAME.hx (a Main.hx with class Main and static main) must
// type-check with zero diagnostics. When official Haxe is installed, it must also accept each file
// (`haxe --main Main --interp --no-output`), so a case can never be invalid Haxe.
// These are regression tests for false positives and crashes found by writing realistic programs.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/golden.js';
import { HAVE_HAXE, runHaxe } from './support/haxe.js';
import { checkSource } from './support/typecheck.js';

const DIR = join(ROOT, 'tests', 'typing', 'valid');
const cases = readdirSync(DIR).filter((n) => n.endsWith('.hx')).sort();

test('typing valid cases: at least 30 programs', () => {
  assert.ok(cases.length >= 30, `only ${cases.length} cases`);
});

for (const name of cases) {
  const text = readFileSync(join(DIR, name), 'utf8');
  test(`typing valid: ${name} type-checks with no diagnostics`, () => {
    assert.deepEqual(checkSource(text).diagnostics, []);
  });
  test(`typing valid vs official haxe: ${name}`, { skip: HAVE_HAXE ? false : 'haxe not installed' }, () => {
    const r = runHaxe(text, ['--no-output']);
    assert.equal(r.status, 0, `official Haxe rejects ${name}:\n${r.stderr}${r.stdout}`);
  });
}
