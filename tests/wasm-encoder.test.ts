// Unit tests of the wasm backend's pieces: LEB128 and float encodings, modules built by hand with the
// ModuleBuilder (validated and run by V8: calls, memory and data, table and call_indirect, exception
// tags with try/catch, the name section in stack traces), the disassembler, and the structurizer on
// shapes the lowering rarely produces (irreducible loops, very long block chains, dense and sparse
// switches), each compared with the interpreter.
// Invariant: every module built here must pass WebAssembly.validate before it is run.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WA } from '../src/backend/wasm/api.js';
import { BLOCK_VOID, ByteWriter, functionBody, I32, I64, ModuleBuilder, OP } from '../src/backend/wasm/encoder.js';
import { WasmJit } from '../src/backend/wasm/jit.js';
import { compileWasm } from '../src/backend/wasm/module.js';
import { disassemble } from '../src/backend/wasm/text.js';
import { Interpreter, type MirValue } from '../src/interp/interp.js';
import type { MirModule } from '../src/mir/mir.js';
import { readModule } from '../src/mir/read.js';
import { verifyModule } from '../src/mir/verify.js';

const hex = (w: ByteWriter) => [...w.finish()].map((b) => b.toString(16).padStart(2, '0')).join(' ');

test('LEB128: unsigned 32-bit', () => {
  const cases: [number, string][] = [[0, '00'], [1, '01'], [127, '7f'], [128, '80 01'], [624485, 'e5 8e 26'], [0xffffffff, 'ff ff ff ff 0f']];
  for (const [v, want] of cases) assert.equal(hex(new ByteWriter().u32(v)), want, `u32 ${v}`);
});

test('LEB128: signed 32-bit', () => {
  const cases: [number, string][] = [
    [0, '00'], [-1, '7f'], [63, '3f'], [64, 'c0 00'], [-64, '40'], [-65, 'bf 7f'], [-123456, 'c0 bb 78'],
    [2147483647, 'ff ff ff ff 07'], [-2147483648, '80 80 80 80 78'],
  ];
  for (const [v, want] of cases) assert.equal(hex(new ByteWriter().s32(v)), want, `s32 ${v}`);
});

/** A reference decoder, to check the 64-bit encoder over many values. */
function decodeS64(b: Uint8Array): bigint {
  let r = 0n;
  let shift = 0n;
  let i = 0;
  let x: number;
  do {
    x = b[i++]!;
    r |= BigInt(x & 0x7f) << shift;
    shift += 7n;
  } while (x & 0x80);
  assert.equal(i, b.length, 'no trailing bytes');
  if (shift < 64n && x & 0x40) r |= -1n << shift;
  return BigInt.asIntN(64, r);
}

test('LEB128: signed 64-bit round-trips, minimal length', () => {
  const vals = [0n, 1n, -1n, 63n, 64n, -64n, -65n, 2n ** 31n, -(2n ** 31n), 2n ** 63n - 1n, -(2n ** 63n), 0x123456789abcdefn];
  let x = 0x9e3779b97f4a7c15n;
  for (let i = 0; i < 200; i++) {
    x = BigInt.asIntN(64, x * 6364136223846793005n + 1442695040888963407n);
    vals.push(x >> BigInt(i % 64));
  }
  for (const v of vals) {
    const b = new ByteWriter().s64(v).finish();
    assert.equal(decodeS64(b), v, `s64 ${v}`);
    const bits = v < 0n ? (~v).toString(2).length : v.toString(2).length;
    assert.equal(b.length, Math.max(1, Math.ceil((bits + 1) / 7)), `length of ${v}`);
  }
  assert.equal(hex(new ByteWriter().s64(-(2n ** 63n))), '80 80 80 80 80 80 80 80 80 7f');
});

test('floats, names and nested sizes', () => {
  assert.equal(hex(new ByteWriter().f32(1.5)), '00 00 c0 3f');
  assert.equal(hex(new ByteWriter().f64(-2)), '00 00 00 00 00 00 00 c0');
  assert.equal(hex(new ByteWriter().name('hé')), '03 68 c3 a9');
  const inner = new ByteWriter().byte(1).byte(2);
  assert.equal(hex(new ByteWriter().sized(inner)), '02 01 02');
  // a writer that must grow keeps what it had
  const big = new ByteWriter(1);
  for (let i = 0; i < 1000; i++) big.u32(i);
  assert.equal(big.finish()[0], 0);
});

function instantiate(b: ModuleBuilder, imports: Record<string, Record<string, unknown>> = {}) {
  const bytes = b.encode();
  assert.ok(WA.validate(bytes), 'module validates');
  return { bytes, instance: new WA.Instance(new WA.Module(bytes), imports) };
}

test('module builder: functions, memory with data, globals, exports', () => {
  const b = new ModuleBuilder();
  const t = b.typeIndex({ params: [I32, I32], results: [I32] });
  assert.equal(b.typeIndex({ params: [I32, I32], results: [I32] }), t, 'types are interned');
  const code = new ByteWriter().byte(OP.local_get).u32(0).byte(OP.local_get).u32(1).byte(OP.i32_add).byte(OP.end);
  const add = b.addFunction(t, functionBody([], code));
  // load(i32 addr) -> i32 over a data segment
  const load = b.addFunction(b.typeIndex({ params: [I32], results: [I32] }), functionBody([], new ByteWriter().byte(OP.local_get).u32(0).byte(OP.i32_load).u32(2).u32(0).byte(OP.end)));
  // a function with locals of two types
  const locals = b.addFunction(b.typeIndex({ params: [], results: [I64] }), functionBody([I32, I32, I64], new ByteWriter().byte(OP.i64_const).s64(-5n).byte(OP.local_set).u32(2).byte(OP.local_get).u32(2).byte(OP.end)));
  b.memory = { min: 1, max: 2 };
  b.addData(16, new Uint8Array([1, 2, 0, 0]));
  b.globals.push({ type: I32, mutable: true, init: 7 });
  b.exports.push({ name: 'add', kind: 'func', index: add }, { name: 'load', kind: 'func', index: load }, { name: 'locals', kind: 'func', index: locals }, { name: 'memory', kind: 'memory', index: 0 }, { name: 'g', kind: 'global', index: 0 });
  const { instance } = instantiate(b);
  const ex = instance.exports as Record<string, (...a: number[]) => unknown>;
  assert.equal(ex['add']!(40, 2), 42);
  assert.equal(ex['add']!(0x7fffffff, 1), -0x80000000);
  assert.equal(ex['load']!(16), 0x0201);
  assert.equal(ex['locals']!(), -5n);
});

test('module builder: table, call_indirect, imports, tags with try/catch, names in stack traces', () => {
  const b = new ModuleBuilder();
  const vi = b.typeIndex({ params: [I32], results: [] });
  const ii = b.typeIndex({ params: [I32], results: [I32] });
  const log = b.importFunc('env', 'log', vi);
  const tag = b.addTag(vi);
  // thrower(x): throw tag(x)
  const thrower = b.addFunction(ii, functionBody([], new ByteWriter().byte(OP.local_get).u32(0).byte(OP.throw).u32(tag).byte(OP.end)));
  b.setName(thrower, 'Main.thrower');
  // twice(x) = 2x
  const twice = b.addFunction(ii, functionBody([], new ByteWriter().byte(OP.local_get).u32(0).byte(OP.i32_const).s32(2).byte(OP.i32_mul).byte(OP.end)));
  b.table = { min: 2, max: 2 };
  b.addElem(0, [twice, thrower]);
  // guard(i, x): try (call_indirect table[i] x) catch tag (log payload; payload + 1000)
  const guardCode = new ByteWriter()
    .byte(OP.try).byte(I32)
    .byte(OP.local_get).u32(1).byte(OP.local_get).u32(0).byte(OP.call_indirect).u32(ii).byte(0)
    .byte(OP.catch).u32(tag)
    .byte(OP.local_tee).u32(2).byte(OP.call).u32(log).byte(OP.local_get).u32(2).byte(OP.i32_const).s32(1000).byte(OP.i32_add)
    .byte(OP.end).byte(OP.end);
  const guard = b.addFunction(b.typeIndex({ params: [I32, I32], results: [I32] }), functionBody([I32], guardCode));
  // boom(): an unreachable inside a named function
  const boom = b.addFunction(b.typeIndex({ params: [], results: [] }), functionBody([], new ByteWriter().byte(OP.block).byte(BLOCK_VOID).byte(OP.unreachable).byte(OP.end).byte(OP.end)));
  b.setName(boom, 'Main.boom');
  b.exports.push({ name: 'guard', kind: 'func', index: guard }, { name: 'boom', kind: 'func', index: boom }, { name: 'thrower', kind: 'func', index: thrower }, { name: 'tag', kind: 'tag', index: tag });
  const logged: number[] = [];
  const { bytes, instance } = instantiate(b, { env: { log: (x: number) => logged.push(x) } });
  const ex = instance.exports as Record<string, (...a: number[]) => number>;
  assert.equal(ex['guard']!(0, 21), 42);
  assert.equal(ex['guard']!(1, 5), 1005);
  assert.deepEqual(logged, [5]);
  assert.throws(() => ex['boom']!(), (e: unknown) => e instanceof WA.RuntimeError && /Main\.boom/.test((e as Error).stack ?? ''));
  assert.throws(() => ex['thrower']!(9), (e: unknown) => e instanceof WA.Exception);
  const text = disassemble(bytes);
  for (const want of ['(func $Main.thrower (type 1) (param i32) (result i32)', 'call_indirect (type 1)', 'catch 0', 'throw 0', '(elem (i32.const 0) func', '(import "env" "log"']) {
    assert.ok(text.includes(want), `disassembly lacks ${want}\n${text}`);
  }
});

function mir(text: string): MirModule {
  const r = readModule(text);
  if ('error' in r) assert.fail(r.error);
  const errs = verifyModule(r.module);
  assert.deepEqual(errs, []);
  return r.module;
}

/** The function gives the same results on the JIT and the interpreter for each argument list. */
function sameAsInterpreter(m: MirModule, name: string, argLists: MirValue[][]): void {
  const jit = new WasmJit(m, {}, { exportAll: true });
  const interp = new Interpreter(m);
  for (const args of argLists) assert.deepEqual(jit.call(name, args), interp.call(name, args), `@${name}(${args.join(', ')})`);
}

test('structurizer: an irreducible loop runs through the dispatch fallback', () => {
  // bb0 branches into the middle of a two-block cycle at either block: neither dominates the other.
  const m = mir(`function @irr(i32, i32) -> i32 {
bb0(v0: i32, v1: i32):
    v2 = iconst.i32 0
    br v0, bb1(v2), bb2(v2)
bb1(v3: i32):
    v4 = iconst.i32 3
    v5 = iadd.i32 v3, v4
    v6 = slt.i32 v5, v1
    br v6, bb2(v5), bb3(v5)
bb2(v7: i32):
    v8 = iconst.i32 1
    v9 = iadd.i32 v7, v8
    v10 = slt.i32 v9, v1
    br v10, bb1(v9), bb3(v9)
bb3(v11: i32):
    ret v11
}
`);
  const c = compileWasm(m, { exportAll: true });
  assert.ok(disassemble(c.bytes).includes('br_table'), 'the dispatch loop uses br_table');
  sameAsInterpreter(m, 'irr', [[0, 10], [1, 10], [0, 0], [1, 100]]);
});

test('structurizer: a chain of 3,000 blocks compiles without deep JS recursion', () => {
  const lines = ['function @chain(i32) -> i32 {', 'bb0(v0: i32):', '    jump bb1(v0)'];
  const n = 3000; // the MIR reader and verifier are quadratic on this shape, so not more
  for (let i = 1; i <= n; i++) {
    lines.push(`bb${i}(v${2 * i}: i32):`, `    v${2 * i + 1} = iadd.i32 v${2 * i}, v0`);
    // every block may leave early, so the chain nests `if`s and merges at the exit
    lines.push(i < n ? `    br v0, bb${i + 1}(v${2 * i + 1}), bb${n + 1}(v${2 * i + 1})` : `    jump bb${n + 1}(v${2 * i + 1})`);
  }
  lines.push(`bb${n + 1}(v${2 * n + 2}: i32):`, `    ret v${2 * n + 2}`, '}', '');
  const m = mir(lines.join('\n'));
  sameAsInterpreter(m, 'chain', [[1], [0]]);
});

test('switches: dense (br_table), sparse and i64 (compare chains), with edge arguments', () => {
  const m = mir(`function @dense(i32) -> i32 {
bb0(v0: i32):
    v1 = iconst.i32 100
    v2 = iconst.i32 200
    switch v0, [3: bb1, 4: bb2, 5: bb3(v2), 6: bb1, 8: bb3(v0)], bb3(v1)
bb1:
    v3 = iconst.i32 1
    ret v3
bb2:
    v4 = iconst.i32 2
    ret v4
bb3(v5: i32):
    ret v5
}

function @sparse(i32) -> i32 {
bb0(v0: i32):
    v1 = iconst.i32 -1
    switch v0, [-1000000: bb1, 7: bb2(v0), 1000000: bb1], bb2(v1)
bb1:
    v2 = iconst.i32 1
    ret v2
bb2(v3: i32):
    ret v3
}

function @wide(i64) -> i32 {
bb0(v0: i64):
    switch v0, [9223372036854775807: bb1, -9223372036854775808: bb1, 5: bb1], bb2
bb1:
    v1 = iconst.i32 1
    ret v1
bb2:
    v2 = iconst.i32 0
    ret v2
}
`);
  assert.ok(disassemble(compileWasm(m, { exportAll: true }).bytes).includes('br_table'));
  sameAsInterpreter(m, 'dense', [[2], [3], [4], [5], [6], [7], [8], [9], [-1], [2147483647]]);
  sameAsInterpreter(m, 'sparse', [[-1000000], [7], [1000000], [0]]);
  sameAsInterpreter(m, 'wide', [[9223372036854775807n], [-9223372036854775808n], [5n], [6n]]);
});

test('integer edge cases agree with the interpreter (MIN / -1, shifts, saturating conversions)', () => {
  const m = mir(`function @div(i32, i32) -> i32 {
bb0(v0: i32, v1: i32):
    v2 = sdiv.i32 v0, v1
    ret v2
}

function @rem(i32, i32) -> i32 {
bb0(v0: i32, v1: i32):
    v2 = srem.i32 v0, v1
    ret v2
}

function @div64(i64, i64) -> i64 {
bb0(v0: i64, v1: i64):
    v2 = sdiv.i64 v0, v1
    ret v2
}

function @shl(i32, i32) -> i32 {
bb0(v0: i32, v1: i32):
    v2 = shl.i32 v0, v1
    ret v2
}

function @sat(f64) -> i32 {
bb0(v0: f64):
    v1 = ftosi.i32 v0
    ret v1
}

function @sat64(f64) -> i64 {
bb0(v0: f64):
    v1 = ftosi.i64 v0
    ret v1
}

function @tof32(i64) -> f32 {
bb0(v0: i64):
    v1 = sitof.f32 v0
    ret v1
}
`);
  sameAsInterpreter(m, 'div', [[-2147483648, -1], [7, -2], [-7, 2]]);
  sameAsInterpreter(m, 'rem', [[-2147483648, -1], [7, -2]]);
  sameAsInterpreter(m, 'div64', [[-(2n ** 63n), -1n], [7n, 2n]]);
  sameAsInterpreter(m, 'shl', [[1, 33], [1, -1]]);
  sameAsInterpreter(m, 'sat', [[NaN], [1e10], [-1e10], [-2.5], [Infinity]]);
  sameAsInterpreter(m, 'sat64', [[NaN], [1e300], [-1e300], [2.5]]);
  sameAsInterpreter(m, 'tof32', [[2n ** 53n + 1n], [(2n ** 62n) + 3n], [-12345678901n]]);
});
