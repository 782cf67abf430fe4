// The SSA builder (Braun et al.): variables written in blocks become block parameters exactly where
// values merge; a variable unchanged around a loop gets no parameter (trivial ones are removed);
// the result verifies and prints as expected.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FunctionBuilder } from '../src/mir/builder.js';
import { printFunction } from '../src/mir/print.js';
import { formatVerifyErrors, verifyModule } from '../src/mir/verify.js';
import { emptyModule } from '../src/mir/mir.js';

test('a loop: the changing variables become parameters of the header, the constant one does not', () => {
  const b = new FunctionBuilder('sum', { params: ['i32'], results: ['i32'] });
  const n = b.params[0]!;
  const i = b.declareVar('i32');
  const acc = b.declareVar('i32');
  const limit = b.declareVar('i32');
  b.defVar(i, b.iconst('i32', 0));
  b.defVar(acc, b.iconst('i32', 0));
  b.defVar(limit, n);
  const header = b.newBlock();
  const body = b.newBlock();
  const exit = b.newBlock();
  b.jump(header);
  b.switchTo(header);
  const c = b.inst('slt', 'i32', [b.useVar(i), b.useVar(limit)])!;
  b.br(c, body, [], exit, []);
  b.switchTo(body);
  b.seal(body);
  b.defVar(acc, b.inst('iadd', 'i32', [b.useVar(acc), b.useVar(i)])!);
  b.defVar(i, b.inst('iadd', 'i32', [b.useVar(i), b.iconst('i32', 1)])!);
  b.jump(header);
  b.seal(header);
  b.switchTo(exit);
  b.seal(exit);
  b.ret([b.useVar(acc)]);
  const f = b.finish();
  assert.deepEqual(verifyModule(emptyModule([f])), []);
  assert.equal(printFunction(f), [
    'function @sum(i32) -> i32 {',
    'bb0(v0: i32):',
    '    v1 = iconst.i32 0',
    '    v2 = iconst.i32 0',
    '    jump bb1(v1, v2)',
    // v4 was the parameter for `limit`, added while bb1 was open and removed as trivial at sealing.
    'bb1(v3: i32, v6: i32):',
    '    v5 = slt.i32 v3, v0',
    '    br v5, bb2, bb3',
    'bb2:',
    '    v7 = iadd.i32 v6, v3',
    '    v8 = iconst.i32 1',
    '    v9 = iadd.i32 v3, v8',
    '    jump bb1(v9, v7)',
    'bb3:',
    '    ret v6',
    '}',
    '',
  ].join('\n'));
});

test('a diamond: a variable assigned on both sides merges in a parameter; one assigned on neither does not', () => {
  const b = new FunctionBuilder('pick', { params: ['i32', 'i32'], results: ['i32'] });
  const [c, y] = b.params as [number, number];
  const x = b.declareVar('i32');
  const keep = b.declareVar('i32');
  b.defVar(keep, y);
  const t = b.newBlock();
  const e = b.newBlock();
  const join = b.newBlock();
  b.br(c, t, [], e, []);
  b.seal(t);
  b.seal(e);
  b.switchTo(t);
  b.defVar(x, b.iconst('i32', 1));
  b.jump(join);
  b.switchTo(e);
  b.defVar(x, b.iconst('i32', 2));
  b.jump(join);
  b.seal(join);
  b.switchTo(join);
  const sum = b.inst('iadd', 'i32', [b.useVar(x), b.useVar(keep)])!;
  b.ret([sum]);
  const f = b.finish();
  assert.deepEqual(verifyModule(emptyModule([f])), []);
  assert.equal(f.blocks[join]!.params.length, 1, 'only x merges');
  assert.match(printFunction(f), /bb3\(v\d+: i32\):\n {4}v\d+ = iadd\.i32 v\d+, v1\n/);
});

test('verifier failures print the function annotated', async () => {
  const { readModule } = await import('../src/mir/read.js');
  const { formatVerifyErrors } = await import('../src/mir/verify.js');
  const r = readModule('function @f(i32) -> i32 {\nbb0(v0: i32):\n    v1 = fneg.f64 v0\n    ret v1\n}\n');
  assert.ok('module' in r);
  const errors = verifyModule(r.module);
  assert.equal(formatVerifyErrors(r.module, errors), [
    'function @f(i32) -> i32 {',
    'bb0(v0: i32):',
    '    v1 = fneg.f64 v0',
    '    ; error: [R5] operand of fneg v0 is i32, expected f64',
    '    ret v1',
    '    ; error: [R8] return value 0 v1 is f64, expected i32',
    '}',
    '',
  ].join('\n'));
});

test('invoke edges: variables reach the normal and unwind blocks after the implicit parameters', () => {
  // function f(x) { var acc = x; try { acc = g(acc) + acc } catch (e) { acc = acc * 2 } return acc }
  const g = new FunctionBuilder('g', { params: ['i32'], results: ['i32'] });
  g.ret([g.params[0]!]);
  const b = new FunctionBuilder('f', { params: ['i32'], results: ['i32'] });
  const acc = b.declareVar('i32');
  b.defVar(acc, b.params[0]!);
  const ok = b.newBlock(['i32']); // the call's result
  const caught = b.newBlock(['ptr']); // the thrown value
  const join = b.newBlock();
  b.invoke('g', [b.useVar(acc)], ok, [], caught);
  b.switchTo(ok);
  b.defVar(acc, b.binary('iadd', 'i32', b.blockParams(ok)[0]!, b.useVar(acc)));
  b.jump(join);
  b.switchTo(caught);
  b.defVar(acc, b.binary('imul', 'i32', b.useVar(acc), b.iconst('i32', 2)));
  b.jump(join);
  // Sealed late: the variable parameters are added while the blocks are open, and their arguments
  // go after the invoke's implicit ones.
  b.seal(ok);
  b.seal(caught);
  b.seal(join);
  b.switchTo(join);
  b.ret([b.useVar(acc)]);
  const m = emptyModule([g.finish(), b.finish()]);
  assert.deepEqual(verifyModule(m), [], formatVerifyErrors(m, verifyModule(m)));
  assert.equal(printFunction(m.funcs[1]!), [
    'function @f(i32) -> i32 {',
    'bb0(v0: i32):',
    '    invoke @g(v0) to bb1 unwind bb2',
    'bb1(v1: i32):',
    '    v4 = iadd.i32 v1, v0',
    '    jump bb3(v4)',
    'bb2(v2: ptr):',
    '    v6 = iconst.i32 2',
    '    v7 = imul.i32 v0, v6',
    '    jump bb3(v7)',
    'bb3(v8: i32):',
    '    ret v8',
    '}',
    '',
  ].join('\n'));
});

test('invoke edges: a variable parameter of an open normal block gets its argument after the result', () => {
  const b = new FunctionBuilder('f', { params: ['i32', 'i32'], results: ['i32'] });
  const [x, c] = b.params as [number, number];
  const v = b.declareVar('i32');
  b.defVar(v, x);
  const ok = b.newBlock(['i32']);
  const caught = b.newBlock(['ptr']);
  const other = b.newBlock();
  b.br(c, other, [], b.newBlock(), []);
  const callBlock = 4;
  b.switchTo(other);
  b.seal(other);
  b.defVar(v, b.iconst('i32', 7));
  b.jump(ok, [b.iconst('i32', 1)]);
  b.switchTo(callBlock);
  b.seal(callBlock);
  b.invoke('f', [x, c], ok, [], caught);
  b.switchTo(ok);
  const sum = b.binary('iadd', 'i32', b.blockParams(ok)[0]!, b.useVar(v)); // v merges: 7 or x
  b.seal(ok);
  b.ret([sum]);
  b.switchTo(caught);
  b.seal(caught);
  b.throw(b.blockParams(caught)[0]!);
  const f = b.finish();
  const m = emptyModule([f]);
  assert.deepEqual(verifyModule(m), [], formatVerifyErrors(m, verifyModule(m)));
  const text = printFunction(f);
  assert.match(text, /invoke @f\(v0, v1\) to bb1\(v0\) unwind bb2\n/);
  assert.match(text, /jump bb1\(v\d+, v\d+\)/);
  assert.match(text, /bb1\(v\d+: i32, v\d+: i32\):/);
  assert.match(text, /throw v\d+/);
});

test('builder helpers for the bulk-memory, data and float ops', () => {
  const b = new FunctionBuilder('h', { params: ['ptr', 'f64'], results: ['f64'] });
  const [p, x] = b.params as [number, number];
  const n = b.iconst('i32', 4);
  const g = b.gaddr(8);
  b.memcpy(p, g, n);
  b.memset(p, b.iconst('i32', 0), n);
  const r = b.binary('fmax', 'f64', b.unary('fsqrt', 'f64', x), b.unary('fabs', 'f64', x));
  const fr = b.funcref('h');
  b.callIndirect('(ptr, f64) -> f64', fr, [p, r]);
  b.ret([r]);
  const m = emptyModule([b.finish()]);
  m.data.bytes = new Uint8Array(16);
  assert.deepEqual(verifyModule(m), [], formatVerifyErrors(m, verifyModule(m)));
  assert.match(printFunction(m.funcs[0]!), /v\d+ = gaddr \+8\n {4}memcpy v0, v\d+, v\d+\n/);
});
