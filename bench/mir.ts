// MIR benchmark: building (SSA construction), verifying, printing and reading back a synthetic
// function of many blocks (a chain of diamonds updating three variables), medians of several runs.

import { FunctionBuilder } from '../src/mir/builder.js';
import { printModule } from '../src/mir/print.js';
import { readModule } from '../src/mir/read.js';
import { verifyModule } from '../src/mir/verify.js';
import type { MirFunction } from '../src/mir/mir.js';
import { median, type BenchRow } from './util.js';
import { Interpreter } from '../src/interp/interp.js';

const FIB = `function @fib(i32) -> i32 {
bb0(v0: i32):
    v1 = iconst.i32 2
    v2 = slt.i32 v0, v1
    br v2, bb1, bb2
bb1:
    ret v0
bb2:
    v3 = iconst.i32 1
    v4 = isub.i32 v0, v3
    v5 = call @fib(v4)
    v6 = isub.i32 v0, v1
    v7 = call @fib(v6)
    v8 = iadd.i32 v5, v7
    ret v8
}
`;

function build(diamonds: number): MirFunction {
  const b = new FunctionBuilder('chain', { params: ['i32'], results: ['i32'] });
  const vars = [b.declareVar('i32'), b.declareVar('i32'), b.declareVar('i32')];
  for (const v of vars) b.defVar(v, b.params[0]!);
  for (let k = 0; k < diamonds; k++) {
    const t = b.newBlock();
    const e = b.newBlock();
    const j = b.newBlock();
    const c = b.inst('slt', 'i32', [b.useVar(vars[0]!), b.useVar(vars[1]!)])!;
    b.br(c, t, [], e, []);
    b.seal(t);
    b.seal(e);
    b.switchTo(t);
    b.defVar(vars[0]!, b.inst('iadd', 'i32', [b.useVar(vars[0]!), b.useVar(vars[2]!)])!);
    b.jump(j);
    b.switchTo(e);
    b.defVar(vars[1]!, b.inst('isub', 'i32', [b.useVar(vars[1]!), b.useVar(vars[2]!)])!);
    b.jump(j);
    b.seal(j);
    b.switchTo(j);
  }
  b.ret([b.useVar(vars[0]!)]);
  return b.finish();
}

export function benchMir(runs: number): BenchRow[] {
  const N = 5000;
  const time = (fn: () => void) => {
    fn();
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  let f = build(N);
  const blocks = f.blocks.length;
  const tBuild = time(() => (f = build(N)));
  const m = { funcs: [f] };
  const tVerify = time(() => verifyModule(m));
  let text = '';
  const tPrint = time(() => (text = printModule(m)));
  const tRead = time(() => readModule(text));
  const fibMod = readModule(FIB);
  if (!('module' in fibMod)) throw new Error(fibMod.error);
  const interp = new Interpreter(fibMod.module);
  const tFib = time(() => interp.call('fib', [22]));
  return [
    { name: 'tier-0 interpreter: fib(22), 57k calls', ms: tFib, extra: '' },
    { name: `mir build ${blocks} blocks (SSA construction)`, ms: tBuild, extra: `${((blocks / tBuild) * 1000 / 1e6).toFixed(2)} M blocks/s` },
    { name: 'mir verify (incl. dominators)', ms: tVerify, extra: '' },
    { name: `mir print (${(text.length / 1e6).toFixed(1)} MB)`, ms: tPrint, extra: '' },
    { name: 'mir read', ms: tRead, extra: '' },
  ];
}
