// The command line, end to end: exit codes, output streams, help on every command, usage errors
// (running programs is in cli-run.test.ts).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/golden.js';

function rayzor(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rayzor.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rayzor-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'Good.hx'), 'class Good { static function main() { trace("hi"); } }\n');
writeFileSync(join(dir, 'Bad.hx'), 'class Bad {\n  static function main() {\n    var x = 1\n    trace(x);\n  }\n}\n');
mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
writeFileSync(join(dir, 'tree', 'A.hx'), 'class A {}\n');
writeFileSync(join(dir, 'tree', 'sub', 'B.hx'), 'class B { #if foo }\n');

test('check: a good file exits 0 and prints nothing', () => {
  const r = rayzor(['check', join(dir, 'Good.hx')]);
  assert.equal(r.status, 0);
  assert.equal(r.stderr + r.stdout, '');
});

test('check: a bad file exits 1 with a Haxe-style diagnostic on stderr', () => {
  const r = rayzor(['check', join(dir, 'Bad.hx')]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${join(dir, 'Bad.hx')}:4: characters 5-10 : Missing ;\n`);
});

test('check --syntax-only is accepted', () => {
  assert.equal(rayzor(['check', '--syntax-only', join(dir, 'Good.hx')]).status, 0);
});

test('check: a directory is searched for .hx files', () => {
  const r = rayzor(['check', join(dir, 'tree')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /sub\/B\.hx:1: characters 11-14 : Unclosed conditional compilation block/);
});

test('check: -D defines reach #if', () => {
  const r = rayzor(['check', '-D', 'foo', join(dir, 'tree')]);
  assert.match(r.stderr, /Unclosed conditional/);
  writeFileSync(join(dir, 'Cond.hx'), 'class C {\n#if foo\n  var x:Int\n#end\n}\n');
  assert.equal(rayzor(['check', join(dir, 'Cond.hx')]).status, 0);
  assert.equal(rayzor(['check', '-D', 'foo', join(dir, 'Cond.hx')]).status, 1);
  assert.equal(rayzor(['check', '-Dfoo=1', join(dir, 'Cond.hx')]).status, 1);
});

test('check: a missing file is a diagnostic, not a crash', () => {
  const r = rayzor(['check', join(dir, 'Nope.hx')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /File not found: .*Nope\.hx/);
  assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
});

test('check --message-format=pretty prints a code frame', () => {
  const r = rayzor(['check', '--message-format=pretty', join(dir, 'Bad.hx')], { NO_COLOR: '1' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /error\[parse\.missing-semicolon\]: Missing ;/);
  assert.match(r.stderr, /4 \|     trace\(x\);\n\s+\|     \^\^\^\^\^/);
  assert.doesNotMatch(r.stderr, /\x1b\[/);
});

test('dump --stage ast prints the tree', () => {
  const r = rayzor(['dump', '--stage', 'ast', join(dir, 'Good.hx')]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Module \(no package\)\n  DClass name="Good" @1:1-55\n/);
  assert.match(r.stdout, /ECall @1:39-50/);
});

test('--help works on every command; usage errors exit 2', () => {
  for (const cmd of ['check', 'dump', 'run']) {
    const r = rayzor([cmd, '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, new RegExp(`Usage: rayzor ${cmd}`));
  }
  assert.equal(rayzor(['--help']).status, 0);
  assert.match(rayzor(['--version']).stdout, /^rayzor \d+\.\d+\.\d+\n$/);
  const bad = rayzor(['frobnicate']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown command frobnicate/);
  assert.equal(rayzor(['check']).status, 2);
  assert.equal(rayzor(['check', '--bogus', 'x']).status, 2);
  assert.equal(rayzor(['dump', '--stage', 'nope', join(dir, 'Good.hx')]).status, 2);
  assert.equal(rayzor(['run']).status, 2);
  assert.equal(rayzor(['run', '--tier', '9', join(dir, 'Good.hx')]).status, 2);
  assert.equal(rayzor(['run', '--max-heap', 'lots', join(dir, 'Good.hx')]).status, 2);
});

test('help: the usage lists run and its flags; run --help lists every run flag', () => {
  assert.match(rayzor(['--help']).stdout, /run FILE \[-- ARGS\.\.\.\]/);
  const r = rayzor(['help', 'run']).stdout;
  for (const flag of ['-cp', '-main', '-D', '-O0|-O1|-O2|-O3', '--no-inline', '--passes', '--dump-after', '--times', '--debug', '--no-verify', '--tier', '--max-heap', '--message-format']) {
    assert.ok(r.includes(flag), `run --help mentions ${flag}`);
  }
  assert.match(rayzor(['help', 'dump']).stdout, /--stage mir/);
});
