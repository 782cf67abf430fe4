// `rayzor run` and `rayzor dump --stage mir` end to end, in child processes: program output and exit
// status, program arguments, uncaught exceptions, the --times table, --dump-after dumps the MIR reader
// accepts, the same output at -O0 and -O2, diagnostics for bad input, usage errors for bad pass
// lists; and, in-process, a pass that breaks the MIR is an internal compiler error naming the pass.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../src/cli/main.js';
import { readModule } from '../src/mir/read.js';
import { defaultPasses, PROGRAM_ONLY, PASSES } from '../src/opt/pipeline.js';
import { ROOT } from './support/golden.js';

function rayzor(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rayzor.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'rayzor-run-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const hello = join(ROOT, 'examples', 'hello', 'Main.hx');

function program(name: string, text: string): string {
  mkdirSync(join(dir, name), { recursive: true });
  const path = join(dir, name, 'Main.hx');
  writeFileSync(path, text);
  return path;
}

const args = program('args', 'class Main {\n  static function main() {\n    var a = Sys.args();\n    Sys.println(a.length);\n    for (x in a) Sys.println("<" + x + ">");\n  }\n}\n');
const thrower = program('throw', 'class Main {\n  static function main() {\n    Sys.println("before");\n    throw "boom";\n  }\n}\n');
const syntaxError = program('syntax', 'class Main {\n  static function main() {\n    var x = 1\n    trace(x);\n  }\n}\n');
const typeError = program('type', 'class Main {\n  static function main() {\n    var x:Int = "s";\n  }\n}\n');

// Two small programs whose output must not change with the optimizer (loops, recursion, sort with a
// closure, maps, floats; exceptions caught by type, captured variables, string building).
const small = [
  program(
    'opt1',
    `class Main {
  static function fib(n:Int):Int return n < 2 ? n : fib(n - 1) + fib(n - 2);
  static function main() {
    var sum = 0;
    for (i in 0...100) if (i % 3 == 0) sum += i * 2; else sum -= 1;
    Sys.println('sum=$sum fib=\${fib(15)}');
    var a = [5, 3, 9, 1];
    a.sort((x, y) -> x - y);
    Sys.println(a.join(","));
    var m = new Map<String, Int>();
    for (w in "a b a c b a".split(" ")) m[w] = (m.exists(w) ? m[w] : 0) + 1;
    Sys.println('a=\${m["a"]} b=\${m["b"]} c=\${m["c"]}');
    Sys.println(1.5 * 3 + Std.int(7.9));
  }
}
`,
  ),
  program(
    'opt2',
    `class Main {
  static function check(x:Int):Int {
    if (x > 2) throw 'too big: $x';
    return x * 10;
  }
  static function main() {
    var out = new StringBuf();
    for (i in 0...5) {
      try out.add(check(i)) catch (e:String) out.add("[" + e + "]");
      out.add(";");
    }
    Sys.println(out.toString());
    var counter = 0;
    var inc = () -> counter += 2;
    inc();
    inc();
    Sys.println(counter);
    var s = "";
    var k = 10;
    while (k > 0) {
      s += String.fromCharCode(64 + k);
      k -= 3;
    }
    Sys.println(s);
  }
}
`,
  ),
];

test('run: hello world prints its line and exits 0', () => {
  const r = rayzor(['run', hello]);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'Hello, world!\n');
  assert.equal(r.status, 0);
});

test('run: arguments after -- reach Sys.args(), with -cp/-main too', () => {
  const r = rayzor(['run', '-O0', args, '--', 'a', 'b c', '-x', '--y']);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '4\n<a>\n<b c>\n<-x>\n<--y>\n');
  assert.equal(r.status, 0);
  const cp = rayzor(['run', '-O0', '-cp', join(dir, 'args'), '-main', 'Main', '--', 'one']);
  assert.equal(cp.stdout, '1\n<one>\n');
  assert.equal(cp.status, 0);
  // Without -- an extra word is not silently taken for a source file.
  const bad = rayzor(['run', args, 'a']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /program arguments go after --/);
});

test('run: an uncaught exception prints "Uncaught exception" on stderr and exits 1', () => {
  const r = rayzor(['run', thrower]);
  assert.equal(r.stdout, 'before\n');
  assert.match(r.stderr, /^Uncaught exception: boom\n/);
  assert.equal(r.status, 1);
});

test('run --times --debug: an aligned table on stderr with every stage and pass', () => {
  const r = rayzor(['run', '--times', '--debug', '-O2', hello]);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'Hello, world!\n', 'the table stays off stdout');
  const lines = r.stderr.trimEnd().split('\n');
  assert.match(lines[0]!, /^name\s+time\(ms\)\s+%\s+#$/);
  const rows = new Map<string, { ms: number; count: number | undefined; end: number }>();
  for (const l of lines.slice(1)) {
    const m = /^(\s*)([\w+ -]*[\w+-])\s+(\d+\.\d)\s+(\d+\.\d)(?:\s+(\d+))?$/.exec(l);
    assert.ok(m, `not a table row: ${JSON.stringify(l)}`);
    rows.set(m[2]!, { ms: Number(m[3]), count: m[5] === undefined ? undefined : Number(m[5]), end: l.indexOf(m[3]!) + m[3]!.length });
  }
  // The compiler's rows in this order, each -O2 pass once under optimize (repeats add up); an
  // executor may add rows of its own before `run`.
  const o2 = defaultPasses(2).filter((n) => n !== PROGRAM_ONLY); // a step, not a pass: no row
  const passNames = [...new Set(o2)];
  const names = [...rows.keys()];
  assert.deepEqual(names.slice(0, 4 + passNames.length), ['parse+type', 'lower', 'verify', 'optimize', ...passNames]);
  assert.deepEqual(names.slice(-2), ['run', 'total']);
  assert.equal(new Set([...rows.values()].map((x) => x.end)).size, 1, 'the time column is right-aligned');
  assert.equal(rows.get('const-fold')!.count, o2.filter((n) => n === 'const-fold').length, 'repeated passes add up');
  assert.equal(rows.get('verify')!.count, 1 + o2.length, '--debug verifies after lowering and after every pass');
});

test('dump --stage mir --dump-after=dce: MIR the reader accepts; run still runs after the dumps', () => {
  const d = rayzor(['dump', '--stage', 'mir', '-O1', '--dump-after=dce', hello]);
  assert.equal(d.status, 0, d.stderr);
  assert.match(d.stdout, /^; after dce\n/);
  assert.equal(d.stdout.match(/^; after /gm)?.length, 1);
  const read = readModule(d.stdout);
  assert.ok(!('error' in read), 'error' in read ? read.error : '');
  assert.ok(read.module.funcs.some((f) => f.name === 'Main.main'));

  const r = rayzor(['run', '-O2', '--dump-after=dce', hello]);
  assert.equal(r.status, 0, r.stderr);
  const parts = r.stdout.split(/^; after dce\n/m);
  assert.equal(parts.length, 1 + defaultPasses(2).filter((n) => n === 'dce').length, 'one dump per run of dce');
  assert.ok(parts.at(-1)!.endsWith('\nHello, world!\n'), 'the program runs after the dumps');
  const last = readModule(parts.at(-1)!.slice(0, -'Hello, world!\n'.length));
  assert.ok(!('error' in last), 'error' in last ? last.error : '');
});

test('dump --stage mir without passes prints the lowering, and takes -cp/-main', () => {
  const a = rayzor(['dump', '--stage', 'mir', '-O0', hello]);
  const b = rayzor(['dump', '--stage', 'mir', '--passes', '', '-cp', join(ROOT, 'examples', 'hello'), '-main', 'Main']);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(b.status, 0, b.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.ok(!('error' in readModule(a.stdout)));
});

test('-O0 and -O2 print the same program output', () => {
  for (const p of small) {
    const o0 = rayzor(['run', '-O0', p]);
    const o2 = rayzor(['run', '-O2', p]);
    assert.equal(o0.status, 0, o0.stderr);
    assert.ok(o0.stdout.length > 0);
    assert.deepEqual(o2, o0, p);
  }
});

test('bad input: exit 1 with a file:line diagnostic, never a stack trace', () => {
  const cases: [string[], RegExp][] = [
    [['run', syntaxError], /syntax\/Main\.hx:4: characters 5-10 : Missing ;\n$/],
    [['run', typeError], /type\/Main\.hx:3: characters 5-21 : String should be Int\n$/],
    [['dump', '--stage', 'mir', typeError], /type\/Main\.hx:3: characters 5-21 : String should be Int\n$/],
    [['run', join(dir, 'Nope.hx')], /^File not found: .*Nope\.hx\n$/],
    [['run', join(dir, 'empty')], /^No Main\.hx in .*empty \(name the main class with -main\)\n$/],
    [['run', '-cp', join(dir, 'empty'), '-main', 'Main'], /^Type not found : Main\n$/],
  ];
  mkdirSync(join(dir, 'empty'), { recursive: true });
  for (const [argv, re] of cases) {
    const r = rayzor(argv);
    assert.equal(r.status, 1, argv.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, re);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
  }
  writeFileSync(join(dir, 'NoMain.hx'), 'class NoMain {\n  static function f() {}\n}\n');
  const r = rayzor(['run', join(dir, 'NoMain.hx')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /NoMain\.hx:1: lines 1-3 : Invalid -main : NoMain does not have static function main\n$/);
});

test('bad pass lists are usage errors (exit 2), before anything is compiled', () => {
  const unknown = rayzor(['run', '--passes', 'dce,bogus', hello]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown pass 'bogus' \(known: .*const-fold/);
  const notRun = rayzor(['run', '-O1', '--dump-after=inline', hello]);
  assert.equal(notRun.status, 2);
  assert.match(notRun.stderr, /--dump-after=inline: that pass does not run/);
  const noInline = rayzor(['run', '-O2', '--no-inline', '--dump-after=inline', hello]);
  assert.equal(noInline.status, 2, '--no-inline drops the inline pass');
  assert.equal(rayzor(['run', '-O4', hello]).status, 2);
  assert.equal(rayzor(['run', '--help']).status, 0);
  assert.match(rayzor(['run', '--help']).stdout, /--dump-after=PASS/);
});

test('a pass that leaves invalid MIR is an internal compiler error naming it (exit 3)', () => {
  // A pass registered only for this test: it removes Main.main's first terminator.
  PASSES['test-break'] = (m) => {
    const f = m.funcs.find((x) => x.name === 'Main.main');
    if (f) f.blocks[0]!.term = undefined;
  };
  let err = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string | Uint8Array) => {
    err += typeof s === 'string' ? s : Buffer.from(s).toString();
    return true;
  }) as typeof process.stderr.write;
  let status: number;
  try {
    status = main(['run', '--debug', '--passes', 'test-break', hello]);
  } finally {
    process.stderr.write = write;
    delete PASSES['test-break'];
  }
  assert.equal(status, 3);
  assert.match(err, /^rayzor: internal compiler error: invalid MIR after pass 'test-break'\n/);
  assert.match(err, /Main\.main/);
});
