// Golden diagnostics for ill-typed programs: each tests/typing/diag/NAME.hx is type-checked as
// Main.hx; all its diagnostics (classic format) are compared with NAME.txt. When official Haxe is
// installed, our first diagnostic must equal the first error line of `haxe --main Main --interp
// --no-output` on the same file (message and character range). A case whose first line is
// `// haxe-differs: REASON` is exempt from that comparison, with the reason.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkGolden, ROOT } from './support/golden.js';
import { HAVE_HAXE, runHaxe } from './support/haxe.js';
import { checkSource } from './support/typecheck.js';

const DIR = join(ROOT, 'tests', 'typing', 'diag');
const cases = readdirSync(DIR).filter((n) => n.endsWith('.hx')).sort();

test('typing diag cases: at least 80 ill-typed programs', () => {
  assert.ok(cases.length >= 80, `only ${cases.length} cases`);
});

for (const name of cases) {
  const text = readFileSync(join(DIR, name), 'utf8');
  test(`typing diag golden: ${name}`, () => {
    const { diagnostics } = checkSource(text);
    assert.ok(diagnostics.length > 0, 'an ill-typed program must produce at least one diagnostic');
    checkGolden(join(DIR, name.replace(/\.hx$/, '.txt')), diagnostics.join('\n') + '\n');
  });
  const differs = /^\/\/ haxe-differs: (.*)$/.exec(text.split('\n')[0] ?? '');
  test(`typing diag vs official haxe: ${name}`, { skip: !HAVE_HAXE ? 'haxe not installed' : differs ? `differs: ${differs[1]}` : false }, () => {
    const { diagnostics } = checkSource(text);
    const r = runHaxe(text, ['--no-output']);
    const first = (r.stderr + r.stdout).split('\n').find((l) => l.startsWith('Main.hx:'));
    assert.ok(first !== undefined, `official Haxe reported no error:\n${r.stderr}${r.stdout}`);
    // Our first diagnostic's first line (its notes follow on further lines) against Haxe's first line.
    assert.equal(diagnostics[0]?.split('\n')[0], first);
  });
}
