// The native commands of the CLI, end to end: `rayzor compile … -o APP` (usage errors, --keep-temps,
// --allocator, a missing toolchain), the executable's behaviour at its edges (arguments, Sys.exit,
// uncaught exceptions, null access, stack overflow, float formatting and parsing), each compared with
// `rayzor run` on tier 0, `run --native` and `dump --stage llvm`. Takes: bin/rayzor.js (built),
// opt/llc/cc (the tests that build skip visibly without them). Gives: subtests per behaviour.
// Invariant: what the executable writes to stdout and its exit status equal tier 0's; its stderr's
// first line too (tier 0 may add "Called from" lines).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { toolchainOrReason } from '../src/driver/native.js';
import { ROOT } from './support/golden.js';

const BIN = join(ROOT, 'bin', 'rayzor.js');
const tc = toolchainOrReason();
const skip = typeof tc === 'string' ? tc : false;
const dir = mkdtempSync(join(tmpdir(), 'rayzor-llvm-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const PROGRAM = `class Point {
  public var x:Int;
  public function new(x:Int) { this.x = x; }
}
class Main {
  static function depth(n:Int):Int {
    return n == 0 ? 0 : 1 + depth(n - 1);
  }
  static function main() {
    var args = Sys.args();
    Sys.println("args: " + args.join(","));
    switch (args[0]) {
      case "exit": Sys.exit(3);
      case "throw": throw "boom";
      case "null":
        var p:Point = args.length > 5 ? new Point(1) : null;
        Sys.println("x = " + p.x);
      case "deep": Sys.println("depth " + depth(Std.parseInt(args[1])));
      case "float": Sys.println(Std.string(0.1 + 0.2) + " " + Std.string(1e21) + " " + Std.string(-1.5e-7) + " " + Std.string(Math.NaN) + " " + Std.parseFloat(" 12.5e1xyz") + " " + Std.parseFloat("0x10") + " " + (1 / 3));
      default:
    }
  }
}
`;

function rayzor(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 300_000 });
}

const firstLine = (s: string) => s.split('\n')[0];

before(() => writeFileSync(join(dir, 'Main.hx'), PROGRAM));

test('compile: usage errors exit 2 before compiling', () => {
  const noOut = rayzor(['compile', 'Main.hx']);
  assert.equal(noOut.status, 2);
  assert.match(noOut.stderr, /compile needs -o/);
  const badAlloc = rayzor(['compile', 'Main.hx', '-o', 'x', '--allocator=gc']);
  assert.equal(badAlloc.status, 2);
  assert.match(badAlloc.stderr, /--allocator must be system or rayzor/);
  const nothing = rayzor(['compile', '-o', 'x']);
  assert.equal(nothing.status, 2);
});

test('compile: a program with errors gives diagnostics, exit 1, and no executable', () => {
  writeFileSync(join(dir, 'Bad.hx'), 'class Bad { static function main() { var x:Int = "s"; } }\n');
  const r = rayzor(['compile', 'Bad.hx', '-o', 'bad-app']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Bad\.hx:1: characters/);
  assert.equal(existsSync(join(dir, 'bad-app')), false);
});

test('compile: a missing toolchain is a clear error naming the package', () => {
  const r = rayzor(['compile', 'Main.hx', '-o', 'never'], { RAYZOR_LLC: join(dir, 'no-such-llc') });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /apt-get install llvm/);
  assert.doesNotMatch(r.stderr, /internal compiler error/);
});

test('the executable behaves as tier 0 does', { skip }, async (t) => {
  const build = rayzor(['compile', 'Main.hx', '-o', 'app', '--keep-temps']);
  assert.equal(build.status, 0, build.stderr);
  for (const f of ['app', 'app.ll', 'app.opt.bc', 'app.o']) assert.ok(existsSync(join(dir, f)), `--keep-temps left no ${f}`);
  const cases: [string, string[]][] = [
    ['no arguments', []],
    ['arguments, UTF-8 included', ['a b', 'ünï', '']],
    ['Sys.exit(3)', ['exit']],
    ['an uncaught exception', ['throw']],
    ['a field of null', ['null']],
    ['deep recursion (10,000 frames)', ['deep', '10000']],
    ['stack overflow', ['deep', '100000000']],
    ['float formatting and parsing', ['float']],
  ];
  for (const [name, args] of cases) {
    await t.test(name, () => {
      const nat = spawnSync(join(dir, 'app'), args, { encoding: 'utf8', timeout: 60_000 });
      const ref = rayzor(['run', 'Main.hx', '--', ...args]);
      assert.equal(nat.stdout, ref.stdout);
      assert.equal(nat.status, ref.status, `stderr: ${nat.stderr}`);
      assert.equal(firstLine(nat.stderr), firstLine(ref.stderr));
    });
  }
});

test('compile --debug -O0: checked indirect calls, no optimisation, same output', { skip }, () => {
  const build = rayzor(['compile', '--debug', '-O0', 'Main.hx', '-o', 'app-debug']);
  assert.equal(build.status, 0, build.stderr);
  const nat = spawnSync(join(dir, 'app-debug'), ['float', 'x'], { encoding: 'utf8' });
  const ref = rayzor(['run', 'Main.hx', '--', 'float', 'x']);
  assert.equal(nat.stdout, ref.stdout);
  assert.equal(nat.status, 0, nat.stderr);
});

test('run --native passes arguments and the exit status through', { skip }, () => {
  const r = rayzor(['run', '--native', '--allocator=rayzor', 'Main.hx', '--', 'exit', 'x']);
  assert.equal(r.stdout, 'args: exit,x\n');
  assert.equal(r.status, 3, r.stderr);
});

test('dump --stage llvm prints the module compile gives opt', () => {
  const r = rayzor(['dump', '--stage', 'llvm', 'Main.hx']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^; rayzor: \d+ MIR functions lowered to LLVM IR/);
  assert.match(r.stdout, /define void @rayzor_entry\(\)/);
  assert.match(r.stdout, /define internal void @Main\.main\(\)/);
  const rayzorAlloc = rayzor(['dump', '--stage', 'llvm', '--allocator=rayzor', 'Main.hx']);
  assert.match(rayzorAlloc.stdout, /define internal ptr @rayzor_malloc\(i32 %v0\)/, 'the runtime allocator compiled from Haxe');
});
