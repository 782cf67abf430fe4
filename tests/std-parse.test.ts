// rayzor's own standard library (std/): every .hx file parses with zero diagnostics under rayzor's
// default defines, declares the package of its folder and the types its module is known for, and
// starts with a header comment. When official Haxe is installed, the whole of std/ also type-checks
// with Haxe 4.2.5 used as the *only* standard library (HAXE_STD_PATH=std/, no target, --no-output),
// which checks the real-Haxe bodies and that the declarations are consistent with one another.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { formatClassic } from '../src/diag/format.js';
import { DiagnosticSink } from '../src/diag/sink.js';
import { defaultDefines } from '../src/driver/defines.js';
import { collectHxFiles } from '../src/driver/sources.js';
import { parseFiles, type ParsedFile } from '../src/driver/syntax-check.js';
import { ROOT } from './support/golden.js';
import { HAVE_HAXE } from './support/haxe.js';

const STD = join(ROOT, 'std');

/** Module (path under std/, without .hx) → the types it must declare. */
const KEY_MODULES: Record<string, string[]> = {
  StdTypes: ['Void', 'Float', 'Int', 'Null', 'Bool', 'Dynamic', 'Iterator', 'Iterable', 'KeyValueIterator', 'KeyValueIterable', 'ArrayAccess'],
  Any: ['Any'],
  Class: ['Class'],
  Enum: ['Enum'],
  EnumValue: ['EnumValue'],
  UInt: ['UInt'],
  String: ['String'],
  Array: ['Array'],
  Math: ['Math'],
  Std: ['Std'],
  Sys: ['Sys'],
  StringBuf: ['StringBuf'],
  StringTools: ['StringTools'],
  Lambda: ['Lambda'],
  IntIterator: ['IntIterator'],
  Map: ['Map', 'IMap'],
  Type: ['Type', 'ValueType'],
  Reflect: ['Reflect'],
  Date: ['Date'],
  EReg: ['EReg'],
  'haxe/Constraints': ['Function', 'FlatEnum', 'NotVoid', 'Constructible', 'IMap'],
  'haxe/ds/Map': ['Map'],
  'haxe/ds/StringMap': ['StringMap'],
  'haxe/ds/IntMap': ['IntMap'],
  'haxe/ds/ObjectMap': ['ObjectMap'],
  'haxe/ds/EnumValueMap': ['EnumValueMap'],
  'haxe/ds/BalancedTree': ['BalancedTree', 'TreeNode'],
  'haxe/ds/Option': ['Option'],
  'haxe/ds/List': ['List'],
  'haxe/ds/Vector': ['Vector'],
  'haxe/ds/ArraySort': ['ArraySort'],
  'haxe/ds/ReadOnlyArray': ['ReadOnlyArray'],
  'haxe/Exception': ['Exception'],
  'haxe/ValueException': ['ValueException'],
  'haxe/exceptions/PosException': ['PosException'],
  'haxe/exceptions/NotImplementedException': ['NotImplementedException'],
  'haxe/CallStack': ['StackItem', 'CallStack'],
  'haxe/NativeStackTrace': ['NativeStackTrace'],
  'haxe/PosInfos': ['PosInfos'],
  'haxe/Log': ['Log'],
  'haxe/Rest': ['Rest'],
  'haxe/EnumTools': ['EnumTools', 'EnumValueTools'],
  'haxe/Int32': ['Int32'],
  'haxe/Int64': ['Int64'],
  'haxe/Timer': ['Timer'],
  'haxe/SysTools': ['SysTools'],
  'haxe/io/Bytes': ['Bytes'],
  'haxe/io/BytesData': ['BytesData'],
  'haxe/io/BytesBuffer': ['BytesBuffer'],
  'haxe/io/Encoding': ['Encoding'],
  'haxe/io/Error': ['Error'],
  'haxe/io/Eof': ['Eof'],
  'haxe/io/FPHelper': ['FPHelper'],
  'haxe/io/Input': ['Input'],
  'haxe/io/Output': ['Output'],
  'haxe/iterators/ArrayIterator': ['ArrayIterator'],
  'haxe/iterators/ArrayKeyValueIterator': ['ArrayKeyValueIterator'],
  'haxe/iterators/StringIterator': ['StringIterator'],
  'haxe/iterators/StringKeyValueIterator': ['StringKeyValueIterator'],
  'haxe/iterators/MapKeyValueIterator': ['MapKeyValueIterator'],
  'rayzor/Vec': ['Vec'],
  'rayzor/Memory': ['Memory', 'MemoryStats'],
};

/** A little use of the API, so that generic, abstract and inline members are instantiated too. */
const USE_PROGRAM = String.raw`
using StringTools;
using Lambda;

enum Color { Red; Rgb(r:Int, g:Int, b:Int); }

class Main {
	static function sum(...xs:Int):Int {
		var s = 0;
		for (x in xs) s += x;
		return s + xs.length;
	}

	static function main() {
		var m = [1 => "a", 2 => "b"];
		m[3] = "c";
		for (k => v in m) Sys.println(k + v);
		var byName = new Map<String, Int>();
		byName.set("x", 1);
		var byColor:Map<Color, Int> = [Red => 1, Rgb(1, 2, 3) => 2];
		var byObject = new Map<Main, Int>();
		var a = [3, 1, 2];
		a.sort((x, y) -> x - y);
		for (i => v in a.map(x -> x * 2).filter(x -> x > 2)) trace(i, v);
		var c:Null<Int> = "hello".charCodeAt(1);
		trace(" x ".trim().lpad("0", 10).startsWith("0"), "a b".urlEncode(), StringTools.hex(255, 4));
		for (code in "abc") trace(code);
		trace(a.has(1), a.fold((x, acc) -> x + acc, 0), a.count(), Lambda.array(a));
		var u:UInt = 3;
		u += 1;
		var i32:haxe.Int32 = 5;
		i32 = i32 * 3 + 1;
		var i64:haxe.Int64 = 7;
		i64 = i64 * 3 + 1;
		i64++;
		trace(u > 2, i64 > 3, i64.high, haxe.Int64.toInt(i64), haxe.Int64.make(1, 2), i64 == 23);
		var bytes = haxe.io.Bytes.alloc(8);
		bytes.setDouble(0, 1.5);
		var buf = new haxe.io.BytesBuffer();
		buf.addInt64(i64);
		trace(bytes.getInt64(0), buf.getBytes().toHex());
		var v = new haxe.ds.Vector<Int>(3);
		v[0] = 1;
		trace(v[0], v.length, haxe.ds.Vector.fromArrayCopy([1, 2]).map(x -> "" + x));
		var l = new haxe.ds.List<Int>();
		l.add(1);
		for (i => x in l) trace(i, x);
		switch (haxe.ds.Option.Some(3)) {
			case Some(x): trace(x);
			case None:
		}
		try throw new haxe.exceptions.NotImplementedException() catch (e:haxe.Exception) trace(e.details(), e.stack.length);
		try throw "x" catch (e:haxe.ValueException) trace(e.value);
		var col = Rgb(1, 2, 3);
		trace(col.getIndex(), col.getName(), Color.getConstructors(), col.match(Rgb(_, _, _)), sum(1, 2, 3));
		trace(Type.typeof(1), Reflect.fields({a: 1}), Std.isOfType(1, Int), Std.parseInt("3"), Math.floor(2.5));
		var sb = new StringBuf();
		sb.addChar(65);
		var vec = new rayzor.Vec<Int>();
		vec.push(1);
		var popped:Null<Int> = vec.pop();
		trace(sb.length, vec.length, vec.capacity, rayzor.Memory.stats().liveBytes, haxe.Timer.stamp(), Date.now().getFullYear());
		var r = ~/a(b)/g;
		if (r.match("xab")) trace(r.matched(1));
		var any:Any = 3;
		var n:Int = any;
		Sys.stdout().writeString("done");
	}
}
`;

/** Modules that, as in official Haxe, hold no type of their own name. */
const MODULES_OF_SEVERAL_TYPES = new Set(['StdTypes', 'haxe/Constraints']);

const files = collectHxFiles([STD], new DiagnosticSink());
const moduleOf = (path: string) => relative(STD, path).split(sep).join('/').replace(/\.hx$/, '');

let parsed: ParsedFile[] = [];
let diagnostics: string[] = [];
{
  const sink = new DiagnosticSink();
  parsed = parseFiles(files, defaultDefines(), sink);
  diagnostics = sink.items.map((d) => formatClassic(d));
}

test('std: the folder is there', () => {
  assert.ok(files.length >= Object.keys(KEY_MODULES).length, `only ${files.length} .hx files under ${STD}`);
});

test('std: every file parses with zero diagnostics (default defines)', () => {
  assert.deepEqual(diagnostics, []);
  assert.equal(parsed.length, files.length);
});

test('std: the key modules exist and declare their types', () => {
  const byModule = new Map(parsed.map((p) => [moduleOf(p.file.path), p]));
  const missing: string[] = [];
  for (const [mod, types] of Object.entries(KEY_MODULES)) {
    const p = byModule.get(mod);
    if (!p) {
      missing.push(`${mod}.hx (missing)`);
      continue;
    }
    const declared = new Set(p.module.decls.flatMap((d) => ('name' in d ? [d.name] : [])));
    for (const t of types) if (!declared.has(t)) missing.push(`${mod}.hx: no type ${t}`);
  }
  assert.deepEqual(missing, []);
});

test('std: each file declares the package of its folder, its own type and a header comment', () => {
  const wrong: string[] = [];
  for (const p of parsed) {
    const mod = moduleOf(p.file.path);
    const pack = mod.split('/').slice(0, -1);
    if (p.module.pack.join('.') !== pack.join('.')) wrong.push(`${mod}.hx: package ${p.module.pack.join('.') || '(none)'}`);
    if (!p.file.text.startsWith('//')) wrong.push(`${mod}.hx: no header comment`);
    const name = mod.split('/').pop()!;
    if (!MODULES_OF_SEVERAL_TYPES.has(mod) && !p.module.decls.some((d) => 'name' in d && d.name === name)) wrong.push(`${mod}.hx: no type ${name}`);
  }
  assert.deepEqual(wrong, []);
});

test('std: type-checks with official Haxe as the only standard library', { skip: HAVE_HAXE ? false : 'haxe not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'rayzor-std-'));
  try {
    const imports = files.map((f) => `import ${moduleOf(f).split('/').join('.')};`).join('\n');
    writeFileSync(join(dir, 'Main.hx'), `${imports}\n\n${USE_PROGRAM}`);
    // runtime/ (package rayzor.rt) is compiled with every program, as std/ is.
    const r = spawnSync('haxe', ['--main', 'Main', '--no-output', '-cp', join(STD, '..', 'runtime')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60000,
      env: { ...process.env, HAXE_STD_PATH: STD },
    });
    assert.equal(r.status, 0, `haxe rejected std/:\n${r.stdout}${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
