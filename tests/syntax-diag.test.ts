// Golden diagnostics for malformed input: each tests/syntax/diag/NAME.hx is parsed as "Main.hx" and
// all its diagnostics, in Haxe's classic format, compared with NAME.txt. When official Haxe is
// installed, our first diagnostic must also equal the first error line that
// `haxe --main Main --interp` prints for the same file (message and character range).
// A case whose first line is `// haxe-differs: REASON` is exempt from that comparison, with the reason.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { SourceFile } from '../src/diag/source.js';
import { parseFile } from '../src/syntax/parser.js';
import { checkGolden, ROOT } from './support/golden.js';
import { HAVE_HAXE, runHaxe } from './support/haxe.js';

const DIR = join(ROOT, 'tests', 'syntax', 'diag');
const cases = readdirSync(DIR).filter((n) => n.endsWith('.hx')).sort();

function ourDiagnostics(text: string): string[] {
  const file = new SourceFile('Main.hx', text);
  const sink = new DiagnosticSink();
  parseFile(file, new Map(), sink);
  return sink.items.map((d) => formatClassic(d));
}

test('diag cases: at least 40 malformed inputs', () => {
  assert.ok(cases.length >= 40, `only ${cases.length} cases`);
});

for (const name of cases) {
  const text = readFileSync(join(DIR, name), 'utf8');
  test(`diag golden: ${name}`, () => {
    const ours = ourDiagnostics(text);
    assert.ok(ours.length > 0, 'a malformed input must produce at least one diagnostic');
    checkGolden(join(DIR, name.replace(/\.hx$/, '.txt')), ours.join('\n') + '\n');
  });
  const differs = /^\/\/ haxe-differs: (.*)$/.exec(text.split('\n')[0] ?? '');
  test(`diag vs official haxe: ${name}`, { skip: !HAVE_HAXE ? 'haxe not installed' : differs ? `differs: ${differs[1]}` : false }, () => {
    const ours = ourDiagnostics(text);
    const r = runHaxe(text, ['--no-output']);
    const first = (r.stderr + r.stdout).split('\n').find((l) => l.startsWith('Main.hx:'));
    assert.ok(first !== undefined, `official Haxe reported no error:\n${r.stderr}${r.stdout}`);
    assert.equal(ours[0], first);
  });
}
