// MIR filetests, Cranelift style: each tests/mir/**/*.mir starts with a `test` header and holds MIR
// text.
//   test verify             expected verifier errors are `; verify: [Rn] message` lines (none: it
//                           must verify)
//   test read-error         the text must not read; `; read-error: line N: message`
//   test opt P1,P2,…        run the passes (or O1/O2/O3 for a default pipeline), verifying after
//                           each; the printed result must equal the `; ` lines after `; expect:`.
//                           UPDATE_GOLDEN=1 rewrites them in place (a mismatch prints a diff).
// Every file also round-trips: reading and printing again gives the same text (for `test opt`, the
// optimized module too). `; run: @f(1, 2) == 3` calls a function on the interpreter (tier 0) and
// compares its result; `traps MSG` expects a MirTrap, `throws` an uncaught exception (MirThrow). In
// `test opt` files each run line is checked before and after optimization.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { printModule } from '../src/mir/print.js';
import { readModule } from '../src/mir/read.js';
import { formatVerifyErrors, verifyModule } from '../src/mir/verify.js';
import { Interpreter, MirThrow, MirTrap } from '../src/interp/interp.js';
import type { MirModule } from '../src/mir/mir.js';
import { defaultPasses, runPasses } from '../src/opt/pipeline.js';
import { parseRunLine } from './support/run-line.js';
import { ROOT, UPDATE, unifiedDiff } from './support/golden.js';

function runLine(m: MirModule, line: string): void {
  const { f, args, expect } = parseRunLine(m, line);
  const interp = new Interpreter(m);
  if (expect.k === 'traps') {
    assert.throws(() => interp.call(f.name, args), (e: unknown) => e instanceof MirTrap && e.message === expect.message, line);
    return;
  }
  if (expect.k === 'throws') {
    assert.throws(() => interp.call(f.name, args), (e: unknown) => e instanceof MirThrow, line);
    return;
  }
  const got = interp.call(f.name, args)[0];
  assert.equal(String(got), String(expect.value), line);
}

/** `O2` → the default -O2 pipeline; anything else is a pass name. */
function passList(spec: string): string[] {
  return spec.split(',').map((s) => s.trim()).filter(Boolean).flatMap((s) => {
    const o = /^O([0-3])$/.exec(s);
    return o ? defaultPasses(Number(o[1]) as 0 | 1 | 2 | 3) : [s];
  });
}

function roundTrip(m: MirModule): string {
  const printed = printModule(m);
  const again = readModule(printed);
  if ('error' in again) assert.fail(`printed text does not read back: ${again.error}\n${printed}`);
  assert.equal(printModule(again.module), printed, 'print → read → print is not stable');
  return printed;
}

const EXPECT = '; expect:';

function checkOpt(path: string, text: string, spec: string): void {
  const r = readModule(text);
  if ('error' in r) assert.fail(`read error: ${r.error}`);
  const errors = verifyModule(r.module);
  assert.deepEqual(errors, [], formatVerifyErrors(r.module, errors));
  roundTrip(r.module);
  const runs = [...text.matchAll(/^; run: (.*)$/gm)].map((m) => m[1]!);
  for (const line of runs) runLine(r.module, line);
  const before = readModule(text) as { module: MirModule };
  runPasses(before.module, passList(spec), { verify: true });
  const got = roundTrip(before.module);
  const at = text.indexOf(`\n${EXPECT}\n`);
  const expected = at < 0 ? undefined : text.slice(at + EXPECT.length + 2).split('\n').filter((l, i, a) => i < a.length - 1 || l !== '')
    .map((l) => l.replace(/^; ?/, '')).join('\n') + '\n';
  if (UPDATE && expected !== got) {
    const head = at < 0 ? text.replace(/\n*$/, '\n') : text.slice(0, at + 1);
    writeFileSync(path, `${head}${EXPECT}\n${got.trimEnd().split('\n').map((l) => (l ? `; ${l}` : ';')).join('\n')}\n`);
  } else {
    assert.ok(expected !== undefined, `no '${EXPECT}' section; create it with UPDATE_GOLDEN=1`);
    if (expected !== got) assert.fail(`optimized MIR differs (UPDATE_GOLDEN=1 to accept)\n${unifiedDiff(expected, got)}`);
  }
  for (const line of runs) runLine(before.module, line);
}

const DIR = join(ROOT, 'tests', 'mir');

function walk(d: string): string[] {
  return readdirSync(d).sort().flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : n.endsWith('.mir') ? [p] : [];
  });
}

const files = walk(DIR);

test('mir filetests: there are at least 40', () => assert.ok(files.length >= 40, `${files.length} files`));

for (const path of files) {
  const name = relative(DIR, path);
  const text = readFileSync(path, 'utf8');
  test(`mir filetest: ${name}`, () => {
    const header = text.split('\n')[0]!.trim();
    const opt = /^test opt\s+(\S+)$/.exec(header);
    if (opt) return checkOpt(path, text, opt[1]!);
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
    roundTrip(r.module);
    if (errors.length === 0) for (const m of text.matchAll(/^; run: (.*)$/gm)) runLine(r.module, m[1]!);
  });
}
