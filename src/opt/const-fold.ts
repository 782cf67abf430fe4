// Pass `const-fold`: constant folding and a few algebraic identities.
// Takes: a verified module. Gives: the same module where every instruction whose operands are all
// constants is replaced in place by an `iconst`/`fconst` of its result (same value id, so no use
// changes), identities (x+0, x*1, x|0, x^0, x<<0, select c,a,a, select const) replace their result
// by an operand, `br`/`switch` on a constant become `jump`, and block parameters that receive the
// same constant on every incoming edge become a constant at the top of the block.
// Invariant: folding follows the interpreter's semantics exactly (wrapping integers, f32 rounding,
// saturating ftosi); a division or remainder by zero is never folded (it must still trap at run
// time). Blocks that become unreachable stay for dce/simplify-cfg to remove.

import { MIR_TYPES, OPS, type Inst, type MirFunction, type MirModule, type MirType, type ValueId } from '../mir/mir.js';
import { floatText } from '../mir/builder.js';
import { bitcast, satI32, satI64, type MirValue } from '../interp/interp.js';
import { fixedParams, incomingEdges, remapInPlace, removeParams, replaceUses, resolver, reversePostOrder } from './cfg.js';
import { inScope, type FuncFilter } from './scope.js';

export function constFold(m: MirModule, only?: FuncFilter): void {
  for (const f of m.funcs) if (inScope(f, only)) foldFunction(f);
}

function foldFunction(f: MirFunction): void {
  const consts = new Map<ValueId, MirValue>();
  for (let round = 0; round < 8; round++) {
    const rep = new Map<ValueId, ValueId>();
    const r = resolver(rep);
    const order = reversePostOrder(f);
    for (const bi of order) {
      const b = f.blocks[bi]!;
      let keep: Inst[] | undefined;
      for (let ii = 0; ii < b.insts.length; ii++) {
        const inst = b.insts[ii]!;
        if (rep.size) remapInPlace(inst.args, rep, r);
        const out = foldInst(f, inst, consts);
        if (typeof out === 'number') {
          rep.set(inst.results[0]!, out);
          keep ??= b.insts.slice(0, ii);
          continue; // the instruction is replaced by one of its operands
        }
        keep?.push(inst);
        if ((inst.op === 'iconst' || inst.op === 'fconst') && inst.results.length === 1) consts.set(inst.results[0]!, constValue(inst));
      }
      if (keep) b.insts = keep;
      const t = b.term;
      if (t?.k === 'br') {
        const c = consts.get(r(t.cond));
        if (c !== undefined) b.term = { k: 'jump', to: c !== 0 ? t.then : t.else };
      } else if (t?.k === 'switch') {
        const c = consts.get(r(t.value));
        if (c !== undefined) b.term = { k: 'jump', to: t.cases.find((x) => BigInt(x.value) === BigInt(c))?.to ?? t.default };
      }
    }
    replaceUses(f, rep);
    if (!constParams(f, consts)) break;
  }
}

/** Block parameters fed the same constant by every edge become that constant. Gives: changed. */
function constParams(f: MirFunction, consts: Map<ValueId, MirValue>): boolean {
  const ins = incomingEdges(f);
  let changed = false;
  f.blocks.forEach((b, bi) => {
    if (bi === 0 || ins[bi]!.length === 0) return;
    const fixed = fixedParams(ins[bi]!);
    const gone = new Set<number>();
    const hoisted: Inst[] = [];
    b.params.forEach((p, k) => {
      if (k < fixed) return;
      let val: MirValue | undefined;
      for (const e of ins[bi]!) {
        const c = consts.get(e.call.args[k - e.implicit]!);
        if (c === undefined || (val !== undefined && !sameConst(c, val))) return;
        val = c;
      }
      if (val === undefined) return;
      const type = f.values[p]!.type;
      hoisted.push(makeConst(type, val, p));
      consts.set(p, val);
      gone.add(k);
    });
    if (gone.size === 0) return;
    removeParams(f, bi, gone, ins[bi]!);
    b.insts.unshift(...hoisted);
    changed = true;
  });
  return changed;
}

function sameConst(a: MirValue, b: MirValue): boolean {
  // Object.is: NaN equals NaN, and 0 and -0 differ (they are different float constants).
  return typeof a === typeof b && Object.is(a, b);
}

function constValue(i: Inst): MirValue {
  if (i.op === 'iconst') return i.type === 'i64' ? BigInt.asIntN(64, BigInt(i.imm!)) : Number(BigInt.asIntN(32, BigInt(i.imm!)));
  const x = i.imm === 'nan' ? NaN : i.imm === 'inf' ? Infinity : i.imm === '-inf' ? -Infinity : Number(i.imm);
  return i.type === 'f32' ? Math.fround(x) : x;
}

function makeConst(type: MirType, v: MirValue, result: ValueId): Inst {
  const float = type === 'f32' || type === 'f64';
  return {
    op: float ? 'fconst' : 'iconst', type, args: [], results: [result],
    imm: float ? floatText(v as number) : String(v), callee: undefined,
  };
}

/**
 * Fold one instruction. Gives a ValueId when the result is one of the operands (the caller drops
 * the instruction and rewrites uses), else undefined (the instruction may have been rewritten in
 * place into a constant).
 */
function foldInst(f: MirFunction, i: Inst, consts: Map<ValueId, MirValue>): ValueId | undefined {
  const info = OPS[i.op];
  if (i.results.length !== 1 || info.result === 'none' || info.result === 'call') return undefined;
  const k = i.args.map((a) => consts.get(a));
  const t = i.type;
  // Identities first: they need only some operands constant.
  const [x, y] = i.args;
  const isZero = (c: MirValue | undefined) => c === 0 || c === 0n;
  const isOne = (c: MirValue | undefined) => c === 1 || c === 1n;
  const intOp = t === 'i32' || t === 'i64';
  if (intOp) {
    switch (i.op) {
      case 'iadd': case 'or': case 'xor':
        if (isZero(k[1])) return x;
        if (isZero(k[0])) return y;
        break;
      case 'isub': case 'shl': case 'sshr': case 'ushr':
        if (isZero(k[1])) return x;
        break;
      case 'imul':
        if (isOne(k[1])) return x;
        if (isOne(k[0])) return y;
        break;
    }
    // x op x for integers (not floats: NaN != NaN).
    if (x !== undefined && x === y) {
      const same: Partial<Record<Inst['op'], number>> = { isub: 0, xor: 0, ieq: 1, ine: 0, slt: 0, sle: 1, ult: 0, ule: 1 };
      const c = same[i.op];
      if (c !== undefined) {
        Object.assign(i, makeConst(info.result === 'same' ? t : 'i32', t === 'i64' && info.result === 'same' ? BigInt(c) : c, i.results[0]!));
        return undefined;
      }
    }
  }
  if (i.op === 'select') {
    if (i.args[1] === i.args[2]) return i.args[1];
    if (k[0] !== undefined) return k[0] !== 0 ? i.args[1] : i.args[2];
    return undefined;
  }
  if (i.op === 'ptradd' && isZero(k[1])) return x;
  if (k.length === 0 || k.some((c) => c === undefined)) return undefined;
  const v = evaluate(i.op, t, k as MirValue[], f.values[i.args[0]!]?.type);
  if (v === undefined) return undefined;
  const rt: MirType | undefined = info.result === 'same' ? t : MIR_TYPES.includes(info.result as MirType) ? (info.result as MirType) : undefined;
  if (!rt || rt === 'ptr') return undefined; // pointer arithmetic stays symbolic
  Object.assign(i, makeConst(rt, v, i.results[0]!));
  return undefined;
}

/** The interpreter's semantics on constants; undefined when not folded (division by zero, memory…). */
export function evaluate(op: Inst['op'], t: MirType | undefined, a: MirValue[], from: MirType = 'i32'): MirValue | undefined {
  const wide = t === 'i64';
  const n = a as number[];
  const g = a as bigint[];
  const w = (x: bigint) => BigInt.asIntN(64, x);
  const fl = (x: number) => (t === 'f32' ? Math.fround(x) : x);
  const u64 = (x: bigint) => BigInt.asUintN(64, x);
  switch (op) {
    case 'iadd': return wide ? w(g[0]! + g[1]!) : (n[0]! + n[1]!) | 0;
    case 'isub': return wide ? w(g[0]! - g[1]!) : (n[0]! - n[1]!) | 0;
    case 'imul': return wide ? w(g[0]! * g[1]!) : Math.imul(n[0]!, n[1]!);
    case 'sdiv': return wide ? (g[1] === 0n ? undefined : w(g[0]! / g[1]!)) : n[1] === 0 ? undefined : (n[0]! / n[1]!) | 0;
    case 'srem': return wide ? (g[1] === 0n ? undefined : g[0]! % g[1]!) : n[1] === 0 ? undefined : (n[0]! % n[1]!) | 0;
    case 'udiv': return wide ? (g[1] === 0n ? undefined : w(u64(g[0]!) / u64(g[1]!))) : n[1] === 0 ? undefined : ((n[0]! >>> 0) / (n[1]! >>> 0)) | 0;
    case 'urem': return wide ? (g[1] === 0n ? undefined : w(u64(g[0]!) % u64(g[1]!))) : n[1] === 0 ? undefined : ((n[0]! >>> 0) % (n[1]! >>> 0)) | 0;
    case 'and': return wide ? g[0]! & g[1]! : n[0]! & n[1]!;
    case 'or': return wide ? g[0]! | g[1]! : n[0]! | n[1]!;
    case 'xor': return wide ? g[0]! ^ g[1]! : n[0]! ^ n[1]!;
    case 'shl': return wide ? w(g[0]! << (g[1]! & 63n)) : n[0]! << n[1]!;
    case 'sshr': return wide ? g[0]! >> (g[1]! & 63n) : n[0]! >> n[1]!;
    case 'ushr': return wide ? w(u64(g[0]!) >> (g[1]! & 63n)) : (n[0]! >>> n[1]!) | 0;
    case 'fadd': return fl(n[0]! + n[1]!);
    case 'fsub': return fl(n[0]! - n[1]!);
    case 'fmul': return fl(n[0]! * n[1]!);
    case 'fdiv': return fl(n[0]! / n[1]!);
    case 'fneg': return -n[0]!;
    case 'fsqrt': return fl(Math.sqrt(n[0]!));
    case 'ffloor': return Math.floor(n[0]!);
    case 'fceil': return Math.ceil(n[0]!);
    case 'ftrunc': return Math.trunc(n[0]!);
    case 'fabs': return Math.abs(n[0]!);
    case 'fmin': return Math.min(n[0]!, n[1]!);
    case 'fmax': return Math.max(n[0]!, n[1]!);
    case 'ieq': case 'feq': return a[0] === a[1] ? 1 : 0;
    case 'ine': case 'fne': return a[0] !== a[1] ? 1 : 0;
    case 'slt': case 'flt': return a[0]! < a[1]! ? 1 : 0;
    case 'sle': case 'fle': return a[0]! <= a[1]! ? 1 : 0;
    case 'ult': return (wide ? u64(g[0]!) < u64(g[1]!) : n[0]! >>> 0 < n[1]! >>> 0) ? 1 : 0;
    case 'ule': return (wide ? u64(g[0]!) <= u64(g[1]!) : n[0]! >>> 0 <= n[1]! >>> 0) ? 1 : 0;
    case 'sext': return BigInt(n[0]!);
    case 'zext': return BigInt(n[0]! >>> 0);
    case 'trunc': return Number(BigInt.asIntN(32, g[0]!));
    case 'sitof': return fl(typeof a[0] === 'bigint' ? Number(a[0]) : n[0]!);
    case 'ftosi': return wide ? satI64(n[0]!) : satI32(n[0]!);
    case 'fconv': return fl(n[0]!);
    case 'bitcast': return bitcast(a[0]!, from, t!);
    default: return undefined;
  }
}
