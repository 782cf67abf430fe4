// The SSA builder (Braun et al.): variables written in blocks become block parameters exactly where
// values merge; a variable unchanged around a loop gets no parameter (trivial ones are removed);
// the result verifies and prints as expected.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FunctionBuilder } from '../src/mir/builder.js';
import { printFunction } from '../src/mir/print.js';
import { verifyModule } from '../src/mir/verify.js';

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
  assert.deepEqual(verifyModule({ funcs: [f] }), []);
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
  assert.deepEqual(verifyModule({ funcs: [f] }), []);
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
