// The JIT through the command line (fresh processes of bin/rayzor.js): `run` defaults to the JIT and
// agrees with `--tier 0` (stdout, exit status, arguments, Sys.exit, floats, exceptions); deep recursion
// runs in the JIT's worker thread as deep as tier 0 allows; failures print Haxe-style messages without
// a JS stack; `build --target wasm` writes a module and a loader that `node` runs with the same output;
// `dump --stage wasm` prints the module as text; a bad --tier is a usage error.
// Takes: small programs written to a temporary folder. Gives: one subtest per behaviour.
// Invariant: the loader's platform layer (its own Float formatting) must print what the JIT prints.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from './support/golden.js';

const CLI = join(ROOT, 'bin', 'rayzor.js');
const work = mkdtempSync(join(tmpdir(), 'rayzor-wasm-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function program(name: string, body: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Main.hx'), `class Main {\n${body}\n}\n`);
  return dir;
}

function rayzor(dir: string, ...args: string[]) {
  return spawnSync('node', [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
}

const FLOATS = `
  static function main() {
    var args = Sys.args();
    Sys.println("args: " + args.join(","));
    var xs = [0.1, 1.0 / 3, 1e21, 1e-7, 123456789.125, Math.PI, Math.sqrt(2), 2.5e-300, 1.7976931348623157e308, 5e-324, 1 / 0, -1 / 0, Math.NaN];
    for (x in xs) Sys.println(Std.string(x) + " " + Std.string(-x * 7.3));
    Sys.println(Std.parseFloat("3.25") * 2);
    try {
      throw "boom";
    } catch (e:String) {
      Sys.println("caught " + e);
    }
    var s = 0;
    for (i in 0...100000) s = (s * 31 + i) | 0;
    Sys.println(s);
    if (args.length > 1) Sys.exit(Std.parseInt(args[1]));
  }`;

test('run: the JIT is the default and prints what tier 0 prints, with arguments and Sys.exit', () => {
  const dir = program('floats', FLOATS);
  const jit = rayzor(dir, 'run', 'Main.hx', '--', 'a', '4');
  const t0 = rayzor(dir, 'run', '--tier', '0', 'Main.hx', '--', 'a', '4');
  const t1 = rayzor(dir, 'run', '--tier', '1', 'Main.hx', '--', 'a', '4');
  assert.equal(t0.status, 4, t0.stderr);
  assert.equal(jit.stdout, t0.stdout);
  assert.equal(jit.status, 4, jit.stderr);
  assert.equal(t1.stdout, t0.stdout);
  assert.match(jit.stdout, /^args: a,4\n/);
});

test('build --target wasm: node runs the module through its loader with the same output', () => {
  const dir = program('build', FLOATS);
  const b = rayzor(dir, 'build', '--target', 'wasm', 'Main.hx', '-o', join(dir, 'out.wasm'));
  assert.equal(b.status, 0, b.stderr);
  assert.ok(existsSync(join(dir, 'out.wasm')) && existsSync(join(dir, 'out.js')));
  const viaLoader = spawnSync('node', [join(dir, 'out.js'), 'x', '2'], { cwd: dir, encoding: 'utf8' });
  const viaRun = rayzor(dir, 'run', '--tier', '0', 'Main.hx', '--', 'x', '2');
  assert.equal(viaLoader.stdout, viaRun.stdout);
  assert.equal(viaLoader.status, 2, viaLoader.stderr);
  const usage = rayzor(dir, 'build', '--target', 'wasm', 'Main.hx');
  assert.equal(usage.status, 2);
});

test('deep recursion runs in the JIT worker as deep as tier 0 allows; beyond, a stack overflow', () => {
  const dir = program('deep', `
  static function depth(n:Int):Int {
    return n == 0 ? 0 : depth(n - 1) + 1;
  }
  static function main() {
    Sys.println(depth(90000));
    Sys.println(depth(1000000000));
  }`);
  const jit = rayzor(dir, 'run', 'Main.hx');
  assert.equal(jit.stdout, '90000\n');
  assert.equal(jit.status, 1);
  assert.match(jit.stderr, /^Uncaught exception: Stack overflow\nCalled from Main\.depth\n/);
});

test('failures are Haxe-style messages naming the function, never a JS stack', () => {
  const dir = program('fail', `
  var x:Int = 1;
  static function get(m:Main):Int {
    return m.x;
  }
  static function main() {
    Sys.println("before");
    var ms:Array<Main> = [null];
    Sys.println(get(ms[0]));
  }`);
  const jit = rayzor(dir, 'run', 'Main.hx');
  const t0 = rayzor(dir, 'run', '--tier', '0', 'Main.hx');
  assert.equal(jit.stdout, t0.stdout);
  assert.equal(jit.status, 1);
  assert.equal(jit.stderr.split('\n')[0], t0.stderr.split('\n')[0]);
  assert.doesNotMatch(jit.stderr, /RuntimeError|\n\s+at |wasm:\/\//);
  const thrown = program('thrown', `
  static function main() {
    Sys.println("before");
    throw "not caught";
  }`);
  const r = rayzor(thrown, 'run', 'Main.hx');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^Uncaught exception: not caught/);
  assert.doesNotMatch(r.stderr, /RuntimeError|\n\s+at |wasm:\/\//);
});

test('dump --stage wasm prints the module as text; a bad --tier is a usage error', () => {
  const dir = program('dump', `
  static function main() {
    Sys.println("hi");
  }`);
  const d = rayzor(dir, 'dump', '--stage', 'wasm', '-O1', 'Main.hx'); // -O1: at -O2 main is inlined into rayzor_main
  assert.equal(d.status, 0, d.stderr);
  for (const want of ['(module', '(func $Main.main', '(export "rayzor_main"', '(memory ', '(tag 0', '(data (i32.const 1024)']) assert.ok(d.stdout.includes(want), `dump lacks ${want}`);
  const bad = rayzor(dir, 'run', '--tier', '7', 'Main.hx');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown tier 7/);
});
