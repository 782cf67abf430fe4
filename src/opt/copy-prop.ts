// Pass `copy-prop`: copy propagation.
// Takes: a verified module. Gives: the same module where (1) a block parameter that receives one
// value v on every incoming edge from a reachable block (or only v and itself, around a loop) is
// replaced by v everywhere and removed together with its arguments; (2) instructions that only copy
// (`select c, x, x`, `bitcast`/`fconv` to the operand's own type) are replaced by their operand.
// Repeats until nothing changes, since removing one parameter can make another trivial.
// Invariant: v dominates the block when every reachable predecessor passes it and v is not defined
// in the block itself (each predecessor's use is dominated by v's definition, and every path to the
// block ends with one of them), so the rewrite keeps SSA dominance. Parameters an invoke fills
// implicitly (results, thrown value) are never touched.

import type { Inst, MirFunction, MirModule, ValueId } from '../mir/mir.js';
import { fixedParams, incomingEdges, reachable, removeParams, replaceUses, resolver } from './cfg.js';
import { inScope, type FuncFilter } from './scope.js';

export function copyProp(m: MirModule, only?: FuncFilter): void {
  for (const f of m.funcs) if (inScope(f, only)) propagate(f);
}

function copyOf(f: MirFunction, i: Inst): ValueId | undefined {
  if (i.results.length !== 1) return undefined;
  if (i.op === 'select' && i.args[1] === i.args[2]) return i.args[1];
  if ((i.op === 'bitcast' || i.op === 'fconv') && f.values[i.args[0]!]?.type === i.type) return i.args[0];
  return undefined;
}

function propagate(f: MirFunction): void {
  const live = reachable(f);
  // The block defining each value (blocks do not move during this pass).
  const defBlock = new Int32Array(f.values.length).fill(-1);
  f.blocks.forEach((b, bi) => {
    for (const p of b.params) defBlock[p] = bi;
    for (const i of b.insts) for (const r of i.results) defBlock[r] = bi;
  });
  for (let round = 0; round < 1000; round++) {
    const rep = new Map<ValueId, ValueId>();
    for (const b of f.blocks) {
      if (!b.insts.some((i) => copyOf(f, i) !== undefined)) continue;
      b.insts = b.insts.filter((i) => {
        const c = copyOf(f, i);
        if (c === undefined) return true;
        rep.set(i.results[0]!, c);
        return false;
      });
    }
    const ins = incomingEdges(f);
    f.blocks.forEach((b, bi) => {
      if (bi === 0 || !live[bi]) return;
      const edges = ins[bi]!.filter((e) => live[e.from]);
      if (edges.length === 0) return;
      const fixed = fixedParams(ins[bi]!);
      const gone = new Set<number>();
      b.params.forEach((p, k) => {
        if (k < fixed) return;
        let same: ValueId | undefined;
        for (const e of edges) {
          const a = e.call.args[k - e.implicit]!;
          if (a === p) continue;
          if (same !== undefined && a !== same) return;
          same = a;
        }
        // A cycle through another parameter replaced this round would only arise in invalid SSA; guard anyway.
        if (same === undefined || defBlock[same] === bi || resolver(rep)(same) === p) return;
        rep.set(p, same);
        gone.add(k);
      });
      removeParams(f, bi, gone, ins[bi]!);
    });
    if (rep.size === 0) return;
    replaceUses(f, rep);
  }
}
