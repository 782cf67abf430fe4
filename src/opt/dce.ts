// Pass `dce`: dead code elimination.
// Takes: a verified module. Gives: the same module without unreachable blocks (the rest renumbered
// densely, entry first), without instructions whose results are unused and that have no effect, and
// without block parameters nothing uses (their arguments removed from every incoming edge).
// Invariant: liveness is a mark phase from the roots (operands of effectful instructions and of
// terminators; edge arguments are not roots), so dead cycles through loop parameters disappear too.
// What counts as removable is `isPure` (cfg.ts): loads yes; stores, calls, allocation, memcpy/memset
// no; division only by a known non-zero constant. Entry parameters (the signature) and parameters an
// invoke fills implicitly stay.

import { termOperands, type Inst, type MirFunction, type MirModule, type ValueId } from '../mir/mir.js';
import { fixedParams, incomingEdges, isPure, reachable, recomputeDefs, removeParams } from './cfg.js';
import { removeBlocks } from './compact.js';
import { inScope, type FuncFilter } from './scope.js';

export function dce(m: MirModule, only?: FuncFilter): void {
  for (const f of m.funcs) if (inScope(f, only)) dceFunction(f);
}

function dceFunction(f: MirFunction): void {
  removeBlocks(f, reachable(f));
  const ins = incomingEdges(f);
  const n = f.values.length;
  const consts = new Map<ValueId, bigint | number>();
  const instOf: (Inst | undefined)[] = new Array(n);
  const paramOf: ({ block: number; index: number } | undefined)[] = new Array(n);
  f.blocks.forEach((b, bi) => {
    b.params.forEach((p, k) => (paramOf[p] = { block: bi, index: k }));
    for (const i of b.insts) {
      for (const r of i.results) instOf[r] = i;
      if (i.op === 'iconst') consts.set(i.results[0]!, BigInt(i.imm!));
    }
  });
  const constOf = (v: ValueId) => consts.get(v);
  const live = new Uint8Array(n);
  const work: ValueId[] = [];
  const mark = (v: ValueId) => {
    if (v < n && !live[v]) {
      live[v] = 1;
      work.push(v);
    }
  };
  for (const b of f.blocks) {
    for (const i of b.insts) if (!isPure(i, constOf)) i.args.forEach(mark);
    if (b.term) termOperands(b.term).forEach(mark);
  }
  // Parameters an invoke fills implicitly (results, the thrown value) stay, so the arguments other
  // edges pass for them (an inlined `throw` jumping to the unwind block) must stay too.
  f.blocks.forEach((b, bi) => {
    if (bi === 0) return;
    const fixed = fixedParams(ins[bi]!);
    for (let k = 0; k < fixed && k < b.params.length; k++) mark(b.params[k]!);
  });
  while (work.length) {
    const v = work.pop()!;
    const inst = instOf[v];
    if (inst) {
      inst.args.forEach(mark);
      continue;
    }
    const p = paramOf[v];
    if (!p) continue;
    for (const e of ins[p.block]!) if (p.index >= e.implicit) mark(e.call.args[p.index - e.implicit]!);
  }
  const dead = (v: ValueId) => !live[v];
  f.blocks.forEach((b, bi) => {
    b.insts = b.insts.filter((i) => !(i.results.length > 0 && i.results.every(dead) && isPure(i, constOf)));
    if (bi === 0) return;
    const fixed = fixedParams(ins[bi]!);
    const gone = new Set<number>();
    b.params.forEach((p, k) => {
      if (k >= fixed && dead(p)) gone.add(k);
    });
    removeParams(f, bi, gone, ins[bi]!);
  });
  recomputeDefs(f);
}
