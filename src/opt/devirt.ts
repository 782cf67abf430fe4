// Pass `devirt`: guarded devirtualization of vtable calls.
// Takes: a verified module. Gives: the same module where a `call_indirect` (or indirect `invoke`)
// whose table index is read through the lowering's vtable chain
//     tid = <any i32>                          (the receiver's type id, `load.i32 obj +0`)
//     tbl = load.ptr (gaddr +8)                 (ROOT_TYPE_TABLE: the type table pointer)
//     rec = load.ptr (ptradd tbl, imul tid, P)  (the type's RTTI record)
//     vt  = load.ptr rec +(32+3P)               (its vtable: i32 table indices)
//     idx = load.i32 vt +(4·slot)
// becomes `switch tid` with one case per type id whose vtable slot holds a function of exactly the
// call's signature, each case a direct call (which the inliner and V8 can inline, and which skips the
// three dependent loads), and the original indirect call as the default. The cases are read from the
// data image: the type table, records and vtables the lowering writes (src/lower/program.ts `record`).
//
// Invariants and assumptions:
// - RTTI (type table, records, vtables) is static: the lowering writes it once into the data image and
//   no program code stores into it, so what the image holds is what the chain loads at run time.
// - Every pointer the walk reads must be a relocation (or a null slot); anything else aborts the
//   rewrite of that call, as does a chain that does not match exactly, or more than MAX_TARGETS
//   distinct functions.
// - The default path recomputes the chain in its own block (the originals become dead and dce
//   deletes them); tid stays where it was, so a null receiver still traps at the same place.
// - A call: its block is split at the call; the continuation block takes the call's results as
//   parameters. An invoke: every new call is an invoke with the same normal and unwind edges.

import type { Block, BlockCall, Inst, MirFunction, MirModule, MirType, ValueId } from '../mir/mir.js';
import { sigText } from '../mir/print.js';
import { inScope, type FuncFilter } from './scope.js';

const ROOT_TYPE_TABLE = 8;
const ROOT_TYPE_COUNT = 16;
export const MAX_TARGETS = 8;

interface Chain {
  tid: ValueId;
  P: number;
  slotOff: number;
}

export function devirt(m: MirModule, only?: FuncFilter): void {
  const targets = vtableReader(m);
  if (!targets) return;
  const byName = new Map(m.funcs.map((f) => [f.name, f]));
  for (const f of m.funcs) if (inScope(f, only)) rewrite(f, targets, byName, m.table);
}

/** Reads (P, slot) → type id → table index from the data image; undefined when the image has no type table. */
function vtableReader(m: MirModule): ((P: number, slotOff: number) => Map<number, number> | undefined) | undefined {
  const bytes = m.data.bytes;
  if (bytes.length < ROOT_TYPE_COUNT + 4) return undefined;
  const relocs = new Set(m.data.relocs);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const i32 = (off: number): number | undefined => (off >= 0 && off + 4 <= bytes.length ? view.getInt32(off, true) : undefined);
  /** A pointer slot: its data-relative target, 0 for a null slot, undefined when unknown. */
  const ptr = (off: number, P: number): number | undefined => {
    if (off < 0 || off + P > bytes.length) return undefined;
    if (relocs.has(off)) return view.getUint32(off, true);
    for (let k = 0; k < P; k++) if (bytes[off + k] !== 0) return undefined;
    return 0;
  };
  const cache = new Map<string, Map<number, number> | undefined>();
  return (P, slotOff) => {
    const key = `${P}:${slotOff}`;
    if (cache.has(key)) return cache.get(key);
    let out: Map<number, number> | undefined = new Map();
    const table = ptr(ROOT_TYPE_TABLE, P);
    const count = i32(ROOT_TYPE_COUNT);
    if (!table || count === undefined || count < 0) out = undefined;
    for (let t = 0; out && t < count!; t++) {
      const rec = ptr(table! + P * t, P);
      if (rec === undefined) { out = undefined; break; }
      if (!rec) continue;
      const len = i32(rec + 32 + 4 * P);
      if (len === undefined) { out = undefined; break; }
      if (slotOff / 4 >= len) continue;
      const vt = ptr(rec + 32 + 3 * P, P);
      const idx = vt ? i32(vt + slotOff) : undefined;
      if (idx === undefined) { out = undefined; break; }
      if (idx >= 0) out.set(t, idx);
    }
    cache.set(key, out);
    return out;
  };
}

function rewrite(f: MirFunction, targets: (P: number, slotOff: number) => Map<number, number> | undefined, byName: Map<string, MirFunction>, table: string[]): void {
  // Defining instruction of each value (values[v].def is current: the pipeline recomputes it after each pass).
  const defOf = (v: ValueId): Inst | undefined => {
    const d = f.values[v]?.def;
    return d?.k === 'inst' ? f.blocks[d.block]?.insts[d.index] : undefined;
  };
  const constOf = (v: ValueId): number | undefined => {
    const i = defOf(v);
    return i?.op === 'iconst' ? Number(i.imm) : undefined;
  };
  const off = (i: Inst) => Number(i.imm ?? 0);
  const match = (idx: ValueId): Chain | undefined => {
    const li = defOf(idx);
    if (li?.op !== 'load' || li.type !== 'i32') return undefined;
    const lv = defOf(li.args[0]!);
    if (lv?.op !== 'load' || lv.type !== 'ptr') return undefined;
    const lr = defOf(lv.args[0]!);
    if (lr?.op !== 'load' || lr.type !== 'ptr' || off(lr) !== 0) return undefined;
    const pa = defOf(lr.args[0]!);
    if (pa?.op !== 'ptradd') return undefined;
    const lt = defOf(pa.args[0]!);
    if (lt?.op !== 'load' || lt.type !== 'ptr' || off(lt) !== 0) return undefined;
    const g = defOf(lt.args[0]!);
    if (g?.op !== 'gaddr' || Number(g.imm) !== ROOT_TYPE_TABLE) return undefined;
    const mul = defOf(pa.args[1]!);
    if (mul?.type !== 'i32' || (mul.op !== 'imul' && mul.op !== 'shl')) return undefined;
    const c = constOf(mul.args[1]!);
    const P = mul.op === 'imul' ? c : c === undefined ? undefined : 1 << c;
    if ((P !== 4 && P !== 8) || off(lv) !== 32 + 3 * P) return undefined;
    const slotOff = off(li);
    if (slotOff < 0 || slotOff % 4 !== 0) return undefined;
    return { tid: mul.args[0]!, P, slotOff };
  };
  const newValue = (type: MirType): ValueId => {
    f.values.push({ type, def: { k: 'none' } });
    return f.values.length - 1;
  };
  /** The chain again from tid, appended to `insts`; gives the new table index value. */
  const rebuild = (insts: Inst[], ch: Chain): ValueId => {
    const mk = (op: Inst['op'], type: MirType | undefined, args: ValueId[], imm?: string): ValueId => {
      const r = newValue(op === 'gaddr' || op === 'ptradd' ? 'ptr' : type!);
      insts.push({ op, type, args, results: [r], imm, callee: undefined });
      return r;
    };
    const g = mk('gaddr', undefined, [], String(ROOT_TYPE_TABLE));
    const tbl = mk('load', 'ptr', [g], undefined);
    const p = mk('iconst', 'i32', [], String(ch.P));
    const scaled = mk('imul', 'i32', [ch.tid, p]);
    const ra = mk('ptradd', undefined, [tbl, scaled]);
    const rec = mk('load', 'ptr', [ra], undefined);
    const vt = mk('load', 'ptr', [rec], String(32 + 3 * ch.P));
    return mk('load', 'i32', [vt], ch.slotOff === 0 ? undefined : String(ch.slotOff));
  };
  /** Case list (type id → function) for a call with signature text `sig`, or undefined. */
  const casesFor = (ch: Chain, sig: string): { tid: number; fn: string }[] | undefined => {
    const map = targets(ch.P, ch.slotOff);
    if (!map) return undefined;
    const cases: { tid: number; fn: string }[] = [];
    const names = new Set<string>();
    for (const [tid, idx] of map) {
      const name = tableName(idx);
      const g = name === undefined ? undefined : byName.get(name);
      if (!g || sigText(g.sig) !== sig) continue;
      cases.push({ tid, fn: g.name });
      names.add(g.name);
    }
    return cases.length && names.size <= MAX_TARGETS ? cases : undefined;
  };
  const tableName = (idx: number): string | undefined => table[idx];

  for (let bi = 0; bi < f.blocks.length; bi++) {
    const b = f.blocks[bi]!;
    const k = b.insts.findIndex((i) => i.op === 'call_indirect');
    if (k >= 0) {
      const call = b.insts[k]!;
      const ch = match(call.args[0]!);
      const cases = ch && casesFor(ch, call.callee!);
      if (!ch || !cases) continue; // later call_indirects of this block: not rewritten (rare)
      const contId = f.blocks.length;
      const cont: Block = { params: call.results, insts: b.insts.slice(k + 1), term: b.term };
      b.insts = b.insts.slice(0, k);
      f.blocks.push(cont);
      const arms = new Map<string, number>();
      const callBlock = (fn: string | undefined): number => {
        const insts: Inst[] = [];
        const results = call.results.map((r) => newValue(f.values[r]!.type));
        const args = call.args.slice(1);
        if (fn === undefined) insts.push({ ...call, args: [rebuild(insts, ch), ...args], results });
        else insts.push({ op: 'call', type: undefined, args, results, imm: undefined, callee: fn });
        f.blocks.push({ params: [], insts, term: { k: 'jump', to: { block: contId, args: results } } });
        return f.blocks.length - 1;
      };
      for (const c of cases) if (!arms.has(c.fn)) arms.set(c.fn, callBlock(c.fn));
      const dflt = callBlock(undefined);
      b.term = { k: 'switch', value: ch.tid, cases: cases.map((c) => ({ value: String(c.tid), to: { block: arms.get(c.fn)!, args: [] } })), default: { block: dflt, args: [] } };
      continue; // the continuation (pushed above) is visited later in this loop
    }
    const t = b.term;
    if (t?.k !== 'invoke' || !t.indirect) continue;
    const ch = match(t.args[0]!);
    const cases = ch && casesFor(ch, t.callee);
    if (!ch || !cases) continue;
    const copy = (c: BlockCall): BlockCall => ({ block: c.block, args: [...c.args] });
    const arms = new Map<string, number>();
    const invokeBlock = (fn: string | undefined): number => {
      const insts: Inst[] = [];
      const args = t.args.slice(1);
      const term = fn === undefined
        ? { k: 'invoke' as const, callee: t.callee, indirect: true, args: [rebuild(insts, ch), ...args], to: copy(t.to), unwind: copy(t.unwind) }
        : { k: 'invoke' as const, callee: fn, indirect: false, args, to: copy(t.to), unwind: copy(t.unwind) };
      f.blocks.push({ params: [], insts, term });
      return f.blocks.length - 1;
    };
    for (const c of cases) if (!arms.has(c.fn)) arms.set(c.fn, invokeBlock(c.fn));
    const dflt = invokeBlock(undefined);
    b.term = { k: 'switch', value: ch.tid, cases: cases.map((c) => ({ value: String(c.tid), to: { block: arms.get(c.fn)!, args: [] } })), default: { block: dflt, args: [] } };
  }
}
