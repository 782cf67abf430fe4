// The module loader end to end: class paths, packages, every import form, import.hx, using,
// module-level fields, cycles between modules, and lazy loading (an unreached broken module is
// never read), through `rayzor check`.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/golden.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rayzor-mod-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

function check(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rayzor.js'), 'check', ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

const LIB = {
  'src/pack/Util.hx': 'package pack;\nfunction helper(x:Int) return x + 1;\nfinal K = 5;\nclass Util { public static function twice(x:Int) return x * 2; }\nclass Other { public static var v = 3; }\n',
  'src/pack/import.hx': 'using StringTools;\n',
  'src/pack/Tools.hx': 'package pack;\nclass Tools { public static function t(s:String) return s.trim(); }\n',
  'src/pack/sub/Deep.hx': 'package pack.sub;\nenum Kind { A; B(x:Int); }\nclass Deep { public static function kind() return B(1); }\n',
  'src/Broken.hx': 'class Broken { static function f():Int return "not an int"; }\n',
};

test('imports: type, sub-type, field, wildcard, alias, module-level fields, import.hx', () => {
  const dir = project({
    ...LIB,
    'src/Main.hx': [
      'import pack.Util;',
      'import pack.Util.Other;',
      'import pack.Util.helper;',
      'import pack.Tools as T;',
      'import pack.sub.*;',
      'import pack.sub.Deep.Kind;',
      'class Main {',
      '  static function main() {',
      '    var n:Int = Util.twice(2) + helper(1) + pack.Util.K + Other.v;',
      '    var s:String = T.t(" x ");',
      '    var k = Deep.kind();',
      '    switch (k) { case A: case B(x): n += x; }',
      '  }',
      '}',
    ].join('\n'),
  });
  try {
    const r = check(join(dir, 'src'), ['-cp', '.', '-main', 'Main']);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('errors in a reached module are reported; an unreached module is never read', () => {
  const dir = project({
    ...LIB,
    'src/Main.hx': 'class Main { static function main() { Reached.go(); } }\n',
    'src/Reached.hx': 'class Reached { public static function go():Void { var x:Int = "s"; } }\n',
  });
  try {
    const r = check(join(dir, 'src'), ['-cp', '.', '-main', 'Main']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Reached\.hx:1: characters \d+-\d+ : String should be Int/);
    assert.doesNotMatch(r.stderr, /Broken/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cycles between modules and between static initialisers type-check', () => {
  const dir = project({
    'A.hx': 'class A { public static var x = B.y + 1; public static function f():Int return B.g(); static function main() {} }\n',
    'B.hx': 'class B { public static var y = 2; public static function g():Int return A.x; }\n',
  });
  try {
    const r = check(dir, ['-cp', '.', '-main', 'A']);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing import and a missing main class are diagnostics', () => {
  const dir = project({ 'Main.hx': 'import nope.Missing;\nclass Main { static function main() {} }\n' });
  try {
    const r = check(dir, ['-cp', '.', '-main', 'Main']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Main\.hx:1: characters 8-20 : Type not found : nope\.Missing/);
    const r2 = check(dir, ['-cp', '.', '-main', 'Nope']);
    assert.equal(r2.status, 1);
    assert.match(r2.stderr, /Type not found : Nope/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
