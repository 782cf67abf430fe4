// MIR benchmark: building (SSA construction), verifying, printing and reading back a synthetic
// function of many blocks (a chain of diamonds updating three variables), the default -O2 pipeline
// on such a function whose diamonds call small helpers, and the tier-0 interpreter on fib and on a
// loop with calls before and after -O2; medians of several runs.

import { FunctionBuilder } from '../src/mir/builder.js';
import { printModule } from '../src/mir/print.js';
import { readModule } from '../src/mir/read.js';
import { verifyModule } from '../src/mir/verify.js';
import { emptyModule, type MirFunction } from '../src/mir/mir.js';
import { median, type BenchRow } from './util.js';
import { Interpreter } from '../src/interp/interp.js';
import { defaultPasses, runPasses } from '../src/opt/pipeline.js';

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

// sum over i < n of max(i, 3)^2 through two small helpers: what -O2 inlines and folds.
const LOOP = `function @max(i32, i32) -> i32 {
bb0(v0: i32, v1: i32):
    v2 = slt.i32 v0, v1
    br v2, bb1, bb2
bb1:
    ret v1
bb2:
    ret v0
}

function @square(i32) -> i32 {
bb0(v0: i32):
    v1 = imul.i32 v0, v0
    ret v1
}

function @sum(i32) -> i32 {
bb0(v0: i32):
    v1 = iconst.i32 0
    v2 = iconst.i32 1
    jump bb1(v1, v1, v2)
bb1(v3: i32, v4: i32, v5: i32):
    v6 = slt.i32 v3, v0
    br v6, bb2, bb3(v4)
bb2:
    v7 = iconst.i32 3
    v8 = call @max(v3, v7)
    v9 = call @square(v8)
    v10 = iadd.i32 v4, v9
    v11 = iadd.i32 v3, v5
    jump bb1(v11, v10, v5)
bb3(v12: i32):
    ret v12
}
`;

/** The diamond chain; with `calls`, each diamond's sides call small helpers (@add3, @half) and add constants. */
function build(diamonds: number, calls = false): MirFunction {
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
    if (calls) b.defVar(vars[0]!, b.call('add3', [b.useVar(vars[0]!), b.binary('imul', 'i32', b.iconst('i32', 2), b.iconst('i32', 3))], ['i32'])[0]!);
    b.jump(j);
    b.switchTo(e);
    b.defVar(vars[1]!, b.inst('isub', 'i32', [b.useVar(vars[1]!), b.useVar(vars[2]!)])!);
    if (calls) b.defVar(vars[1]!, b.call('half', [b.useVar(vars[1]!)], ['i32'])[0]!);
    b.jump(j);
    b.seal(j);
    b.switchTo(j);
  }
  b.ret([b.useVar(vars[0]!)]);
  return b.finish();
}

function helperFunctions(): MirFunction[] {
  const a = new FunctionBuilder('add3', { params: ['i32', 'i32'], results: ['i32'] });
  a.ret([a.binary('iadd', 'i32', a.binary('iadd', 'i32', a.params[0]!, a.params[1]!), a.iconst('i32', 3))]);
  const h = new FunctionBuilder('half', { params: ['i32'], results: ['i32'] });
  const neg = h.newBlock();
  const pos = h.newBlock();
  h.br(h.binary('slt', 'i32', h.params[0]!, h.iconst('i32', 0)), neg, [], pos, []);
  h.switchTo(neg);
  h.ret([h.params[0]!]);
  h.switchTo(pos);
  h.ret([h.binary('sshr', 'i32', h.params[0]!, h.iconst('i32', 1))]);
  return [a.finish(), h.finish()];
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
  const m = emptyModule([f]);
  const tVerify = time(() => verifyModule(m));
  let text = '';
  const tPrint = time(() => (text = printModule(m)));
  const tRead = time(() => readModule(text));
  const fibMod = readModule(FIB);
  if (!('module' in fibMod)) throw new Error(fibMod.error);
  const interp = new Interpreter(fibMod.module);
  const tFib = time(() => interp.call('fib', [25]));
  // -O2 on a fresh copy each run (passes work in place).
  const O2_N = 2000;
  const big = () => emptyModule([...helperFunctions(), build(O2_N, true)]);
  const bigBlocks = big().funcs[2]!.blocks.length;
  let optimized = big();
  const tO2 = time(() => {
    optimized = big();
    runPasses(optimized, defaultPasses(2));
  }) - time(() => big());
  const after = optimized.funcs[2]!;
  const loop = readModule(LOOP);
  if (!('module' in loop)) throw new Error(loop.error);
  const tLoop0 = time(() => new Interpreter(loop.module).call('sum', [300000]));
  runPasses(loop.module, defaultPasses(2), { verify: true });
  const tLoop2 = time(() => new Interpreter(loop.module).call('sum', [300000]));
  return [
    { name: 'tier-0 interpreter: fib(25), 243k calls', ms: tFib, extra: '' },
    { name: 'tier-0: loop of 300k with 2 calls, -O0', ms: tLoop0, extra: '' },
    { name: 'tier-0: same loop after -O2 (calls inlined)', ms: tLoop2, extra: `${(tLoop0 / tLoop2).toFixed(1)}x faster` },
    {
      name: `opt -O2 pipeline, ${bigBlocks} blocks + 2 helpers`, ms: tO2,
      extra: `→ ${after.blocks.length} blocks, ${after.blocks.reduce((n, b) => n + b.insts.length, 0)} insts (building excluded)`,
    },
    { name: `mir build ${blocks} blocks (SSA construction)`, ms: tBuild, extra: `${((blocks / tBuild) * 1000 / 1e6).toFixed(2)} M blocks/s` },
    { name: 'mir verify (incl. dominators)', ms: tVerify, extra: '' },
    { name: `mir print (${(text.length / 1e6).toFixed(1)} MB)`, ms: tPrint, extra: '' },
    { name: 'mir read', ms: tRead, extra: '' },
  ];
}
