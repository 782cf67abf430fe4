// MIR filetests, Cranelift style: each tests/mir/**/*.mir starts with `test verify` and holds MIR
// text; expected verifier errors are `; verify: [Rn] message` lines (none: the function must verify).
// Every file also round-trips: reading and printing again gives the same text. `; run: @f(1, 2) == 3`
// lines call a function on the interpreter (tier 0) and compare its result; `; run: @f(0) traps MSG`
// expects a runtime error. (`test opt` comes with the optimizer.)

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { printModule } from '../src/mir/print.js';
import { readModule } from '../src/mir/read.js';
import { formatVerifyErrors, verifyModule } from '../src/mir/verify.js';
import { Interpreter, MirTrap, type MirValue } from '../src/interp/interp.js';
import type { MirModule, MirType } from '../src/mir/mir.js';

function parseValue(text: string, t: MirType | undefined): MirValue {
  return t === 'i64' ? BigInt(text) : Number(text);
}

function runLine(m: MirModule, line: string): void {
  const r = /^@([\w.$]+)\(([^)]*)\)\s*(?:==\s*(\S+)|traps\s+(.+))$/.exec(line.trim());
  assert.ok(r, `bad run line: ${line}`);
  const f = m.funcs.find((x) => x.name === r[1]);
  assert.ok(f, `no function @${r[1]}`);
  const args = r[2]!.trim() ? r[2]!.split(',').map((a, i) => parseValue(a.trim(), f.sig.params[i])) : [];
  const interp = new Interpreter(m);
  if (r[4] !== undefined) {
    assert.throws(() => interp.call(f.name, args), (e: unknown) => e instanceof MirTrap && e.message === r[4]!.trim());
    return;
  }
  const got = interp.call(f.name, args)[0];
  assert.equal(String(got), String(parseValue(r[3]!, f.sig.results[0])), line);
}
import { ROOT } from './support/golden.js';

const DIR = join(ROOT, 'tests', 'mir');

function walk(d: string): string[] {
  return readdirSync(d).sort().flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : n.endsWith('.mir') ? [p] : [];
  });
}

const files = walk(DIR);

test('mir filetests: there are some', () => assert.ok(files.length >= 12));

for (const path of files) {
  const name = relative(DIR, path);
  const text = readFileSync(path, 'utf8');
  test(`mir filetest: ${name}`, () => {
    const header = text.split('\n')[0]!.trim();
    assert.match(header, /^test (verify|read-error)$/, 'first line must be a `test` header');
    const r = readModule(text);
    if (header === 'test read-error') {
      const want = /^; read-error: (.*)$/m.exec(text)?.[1];
      assert.ok('error' in r, 'the text must not read');
      assert.equal((r as { error: string }).error, want);
      return;
    }
    if ('error' in r) assert.fail(`read error: ${r.error}`);
    const expected = [...text.matchAll(/^; verify: (.*)$/gm)].map((m) => m[1]!).sort();
    const errors = verifyModule(r.module);
    const got = errors.map((e) => `[${e.rule}] ${e.message}`).sort();
    assert.deepEqual(got, expected, got.length ? formatVerifyErrors(r.module, errors) : 'expected errors were not found');
    // Round trip: print → read → print is stable.
    const printed = printModule(r.module);
    const again = readModule(printed);
    if ('error' in again) assert.fail(`printed text does not read back: ${again.error}\n${printed}`);
    assert.equal(printModule(again.module), printed);
    if (errors.length === 0) for (const m of text.matchAll(/^; run: (.*)$/gm)) runLine(r.module, m[1]!);
  });
}
