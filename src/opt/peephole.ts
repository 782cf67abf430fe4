// Pass `peephole`: negated comparisons.
// Takes: a verified module. Gives: the same module where `xor.i32 c, 1` of an integer comparison c
// (or of feq/fne) is that comparison's negation computed directly: ieq ↔ ine, `slt a, b` → `sle b, a`,
// `sle a, b` → `slt b, a`, ult/ule likewise, feq ↔ fne (exact negations, NaN included; flt/fle have
// none and stay). The lowering gives `a != b` as `xor (ieq a, b), 1`, so every `!=` in a loop
// condition costs two extra instructions and hides the compare-and-branch from the backend.
// Invariant: the new comparison takes the xor's place and result id; its operands are the original
// comparison's, which dominate it (they dominate the comparison, which dominates the xor). The original
// comparison stays for its other uses (dce removes it when there are none).

import type { Inst, MirModule, Opcode } from '../mir/mir.js';
import { inScope, type FuncFilter } from './scope.js';

const NEGATE: Partial<Record<Opcode, { op: Opcode; swap: boolean }>> = {
  ieq: { op: 'ine', swap: false },
  ine: { op: 'ieq', swap: false },
  slt: { op: 'sle', swap: true },
  sle: { op: 'slt', swap: true },
  ult: { op: 'ule', swap: true },
  ule: { op: 'ult', swap: true },
  feq: { op: 'fne', swap: false },
  fne: { op: 'feq', swap: false },
};

export function peephole(m: MirModule, only?: FuncFilter): void {
  for (const f of m.funcs) {
    if (!inScope(f, only)) continue;
    const instOf: (Inst | undefined)[] = new Array(f.values.length);
    for (const b of f.blocks) for (const i of b.insts) for (const r of i.results) instOf[r] = i;
    const isOne = (v: number) => {
      const i = instOf[v];
      return i?.op === 'iconst' && i.type === 'i32' && i.imm !== undefined && Number(i.imm) === 1;
    };
    for (const b of f.blocks) {
      for (let k = 0; k < b.insts.length; k++) {
        const x = b.insts[k]!;
        if (x.op !== 'xor' || x.type !== 'i32') continue;
        const [a0, a1] = x.args as [number, number];
        const c = isOne(a1) ? instOf[a0] : isOne(a0) ? instOf[a1] : undefined;
        const neg = c && NEGATE[c.op];
        if (!c || !neg) continue;
        const args = neg.swap ? [c.args[1]!, c.args[0]!] : [...c.args];
        const n: Inst = { op: neg.op, type: c.type, args, results: x.results, imm: undefined, callee: undefined };
        b.insts[k] = n;
        instOf[x.results[0]!] = n;
      }
    }
  }
}
