// Pass `load-forward`: redundant load elimination and store-to-load forwarding.
// Takes: a verified module. Gives: the same module where a load whose value is already known is
// removed and its uses read the known value: the result of an earlier load of the same address
// (same base, offset, opcode and type), or the value an earlier full-width store of the same type
// wrote there.
//
// Addresses are (base, offset): the base is a value, except that `gaddr +N` bases are the data image
// at absolute offset N (so two gaddr values of one static are one base) and `ptradd p, const` is p at
// a larger offset. Facts flow forward through each block and over the CFG in reverse post-order: a
// block starts with the facts every predecessor ends with (same address and same value; a loop header,
// whose back edge is not yet seen, starts with none). The known value then dominates the block: it is
// defined where it dominates every predecessor's end.
//
// What forgets facts (may-alias is conservative; no type-based aliasing):
// - a store forgets every fact that may overlap it: same base and overlapping bytes, or any other base
//   (two different pointer values may be equal at run time), except two data-image addresses, which
//   are compared exactly; a ptr counts as 4 bytes (MIR does not fix the pointer size, and the
//   lowering never puts a field inside a pointer at either size: sroa relies on the same);
// - calls, invokes, call_indirect, malloc/realloc/free (the allocator writes its own state and clears
//   blocks) and memcpy/memset forget everything.
// Invariant: a removed load could only trap where the load or store it is replaced by already did
// (same address), so traps happen at the same place or earlier in the same block sequence.

import type { Inst, MirFunction, MirModule, MirType, ValueId } from '../mir/mir.js';
import { incomingEdges, replaceUses, resolver, reversePostOrder } from './cfg.js';
import { inScope, type FuncFilter } from './scope.js';

interface Fact {
  /** A value id, or -1 for the data image (offsets absolute). */
  base: number;
  off: number;
  width: number;
  op: string;
  type: MirType;
  value: ValueId;
}

type State = Map<string, Fact>;

const LOADS: Record<string, number> = { load8s: 1, load8u: 1, load16s: 2, load16u: 2 };
const STORES: Record<string, number> = { store8: 1, store16: 2 };
// A ptr counts as 4 bytes, as in sroa: the lowering never puts a field inside a pointer at either size.
const WIDTH: Record<MirType, number> = { i32: 4, i64: 8, f32: 4, f64: 8, ptr: 4 };
const DATA = -1;

export function loadForward(m: MirModule, only?: FuncFilter): void {
  for (const f of m.funcs) if (inScope(f, only) && f.blocks.length) forward(f);
}

function forward(f: MirFunction): void {
  const instOf: (Inst | undefined)[] = new Array(f.values.length);
  for (const b of f.blocks) for (const i of b.insts) for (const r of i.results) instOf[r] = i;
  const rep = new Map<ValueId, ValueId>();
  const res = resolver(rep);
  const constOf = (v: ValueId): number | undefined => {
    const i = instOf[v];
    if (i?.op !== 'iconst') return undefined;
    const n = Number(i.imm);
    return Number.isSafeInteger(n) ? n : undefined;
  };
  /** Canonical (base, offset) of `ptr +off`. */
  const address = (ptr: ValueId, off: number): { base: number; off: number } => {
    let p = res(ptr);
    for (let guard = 0; guard < 16; guard++) {
      const d = instOf[p];
      if (d?.op === 'gaddr') return { base: DATA, off: off + Number(d.imm ?? 0) };
      if (d?.op !== 'ptradd') break;
      const c = constOf(res(d.args[1]!));
      if (c === undefined) break;
      off += c;
      p = res(d.args[0]!);
    }
    return { base: p, off };
  };
  const key = (base: number, off: number, op: string, type: MirType) => `${base}:${off}:${op}:${type}`;

  const order = reversePostOrder(f);
  const rank = new Int32Array(f.blocks.length).fill(-1);
  order.forEach((b, k) => (rank[b] = k));
  const ins = incomingEdges(f);
  const out: (State | undefined)[] = new Array(f.blocks.length);

  for (const bi of order) {
    // Entry facts: the intersection of the predecessors' exit facts (none at a loop header or the entry).
    let st: State = new Map();
    const preds = ins[bi]!.filter((e) => rank[e.from]! >= 0);
    if (bi !== 0 && preds.length && preds.every((e) => rank[e.from]! < rank[bi]!)) {
      const first = out[preds[0]!.from]!;
      for (const [k, fact] of first) {
        if (preds.every((e) => out[e.from]!.get(k)?.value === fact.value)) st.set(k, fact);
      }
    }
    const b = f.blocks[bi]!;
    const kept: Inst[] = [];
    for (const i of b.insts) {
      const op = i.op;
      if (op === 'load' || op in LOADS) {
        const a = address(i.args[0]!, Number(i.imm ?? 0));
        const k = key(a.base, a.off, op, i.type!);
        const known = st.get(k);
        if (known) {
          rep.set(i.results[0]!, known.value);
          continue; // the load goes
        }
        st.set(k, { ...a, width: LOADS[op] ?? WIDTH[i.type!], op, type: i.type!, value: i.results[0]! });
      } else if (op === 'store' || op in STORES) {
        const a = address(i.args[1]!, Number(i.imm ?? 0));
        const width = STORES[op] ?? WIDTH[i.type!];
        for (const [k, fact] of st) {
          const comparable = fact.base === a.base;
          if (!comparable || (fact.off < a.off + width && a.off < fact.off + fact.width)) st.delete(k);
        }
        if (op === 'store') st.set(key(a.base, a.off, 'load', i.type!), { ...a, width, op: 'load', type: i.type!, value: res(i.args[0]!) });
      } else if (op === 'call' || op === 'call_indirect' || op === 'malloc' || op === 'realloc' || op === 'free' || op === 'memcpy' || op === 'memset') {
        st = new Map();
      }
      kept.push(i);
    }
    if (kept.length !== b.insts.length) b.insts = kept;
    if (b.term?.k === 'invoke') st = new Map();
    out[bi] = st;
  }
  replaceUses(f, rep);
}
