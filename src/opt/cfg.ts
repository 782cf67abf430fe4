// Control-flow and use helpers shared by the optimizer passes.
// Takes: a MirFunction (verified, so every edge's implicit parameter count is the target's parameter
// count minus the edge's arguments). Gives: incoming edges per block, reachability, reverse
// post-order, use rewriting, parameter removal that keeps every predecessor consistent, and the
// purity test DCE and the inliner share.
// Invariant: none of these renumber anything; block removal and value compaction are in compact.ts.

import { implicitParams, mapTermValues, termCalls, termOperands, type BlockCall, type BlockId, type Inst, type MirFunction, type ValueId, type ValueInfo } from '../mir/mir.js';

export interface InEdge {
  from: BlockId;
  call: BlockCall;
  /** Leading target parameters this edge fills itself (an invoke's results or thrown value). */
  implicit: number;
}

/** For each block, the edges that enter it (one per BlockCall, so a `br` to the same block twice gives two). */
export function incomingEdges(f: MirFunction): InEdge[][] {
  const ins: InEdge[][] = f.blocks.map(() => []);
  f.blocks.forEach((b, bi) => {
    const t = b.term;
    if (!t) return;
    for (const c of termCalls(t)) ins[c.block]?.push({ from: bi, call: c, implicit: implicitParams(t, c, f) });
  });
  return ins;
}

/** Blocks reachable from the entry. */
export function reachable(f: MirFunction): boolean[] {
  const seen = new Array<boolean>(f.blocks.length).fill(false);
  if (f.blocks.length === 0) return seen;
  const stack = [0];
  seen[0] = true;
  while (stack.length) {
    const b = stack.pop()!;
    for (const c of termCalls(f.blocks[b]!.term)) {
      if (c.block < seen.length && !seen[c.block]) {
        seen[c.block] = true;
        stack.push(c.block);
      }
    }
  }
  return seen;
}

/** Reachable blocks in reverse post-order (definitions before uses, except around loops). */
export function reversePostOrder(f: MirFunction): BlockId[] {
  const n = f.blocks.length;
  const order: BlockId[] = [];
  if (n === 0) return order;
  const seen = new Array<boolean>(n).fill(false);
  const stack: { b: BlockId; succ: BlockCall[]; i: number }[] = [{ b: 0, succ: termCalls(f.blocks[0]!.term), i: 0 }];
  seen[0] = true;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.succ.length) {
      const s = top.succ[top.i++]!.block;
      if (s < n && !seen[s]) {
        seen[s] = true;
        stack.push({ b: s, succ: termCalls(f.blocks[s]!.term), i: 0 });
      }
    } else {
      order.push(top.b);
      stack.pop();
    }
  }
  return order.reverse();
}

/** Follow a replacement map to its end (replacements may chain: a → b → c). */
export function resolver(rep: Map<ValueId, ValueId>): (v: ValueId) => ValueId {
  return (v) => {
    let r = v;
    for (let guard = 0; rep.has(r) && guard < 1_000_000; guard++) r = rep.get(r)!;
    return r;
  };
}

/** Rewrite every use (instruction operands, terminator operands and edge arguments) through `rep`. */
export function replaceUses(f: MirFunction, rep: Map<ValueId, ValueId>): void {
  if (rep.size === 0) return;
  const r = resolver(rep);
  for (const b of f.blocks) {
    for (const i of b.insts) remapInPlace(i.args, rep, r);
    if (b.term) mapTermValues(b.term, r);
  }
}

/** Rewrite an operand list in place (no allocation: passes run this over every instruction). */
export function remapInPlace(args: ValueId[], rep: Map<ValueId, ValueId>, r: (v: ValueId) => ValueId): void {
  for (let k = 0; k < args.length; k++) if (rep.has(args[k]!)) args[k] = r(args[k]!);
}

/** Use counts of every value (operands, terminator operands, edge arguments). */
export function useCounts(f: MirFunction): Uint32Array {
  const n = new Uint32Array(f.values.length);
  const add = (v: ValueId) => {
    if (v < n.length) n[v]!++;
  };
  for (const b of f.blocks) {
    for (const i of b.insts) i.args.forEach(add);
    if (!b.term) continue;
    termOperands(b.term).forEach(add);
    for (const c of termCalls(b.term)) c.args.forEach(add);
  }
  return n;
}

/**
 * Remove the parameters of block `b` at the given indices, with the matching argument of every
 * incoming edge. Indices below an edge's implicit count cannot be removed (the caller checks).
 */
export function removeParams(f: MirFunction, b: BlockId, indices: ReadonlySet<number>, ins: InEdge[]): void {
  if (indices.size === 0) return;
  const block = f.blocks[b]!;
  for (const e of ins) e.call.args = e.call.args.filter((_, k) => !indices.has(k + e.implicit));
  block.params = block.params.filter((p, k) => {
    if (!indices.has(k)) return true;
    f.values[p]!.def = { k: 'none' };
    return false;
  });
}

/** The largest implicit count over a block's incoming edges: parameters below it must stay. */
export function fixedParams(ins: InEdge[]): number {
  let k = 0;
  for (const e of ins) k = Math.max(k, e.implicit);
  return k;
}

const NONE: ValueInfo['def'] = Object.freeze({ k: 'none' }) as ValueInfo['def'];

/**
 * Record each value's definition site again (after instructions or blocks moved). Allocates only
 * for sites that changed: it runs after every pass over every value.
 */
export function recomputeDefs(f: MirFunction): void {
  const seen = new Uint8Array(f.values.length);
  const set = (v: ValueId, k: 'param' | 'inst', block: number, index: number) => {
    const info = f.values[v];
    if (!info) return;
    seen[v] = 1;
    const d = info.def;
    if (d.k !== k || d.block !== block || d.index !== index) info.def = { k, block, index };
  };
  for (let bi = 0; bi < f.blocks.length; bi++) {
    const b = f.blocks[bi]!;
    for (let i = 0; i < b.params.length; i++) set(b.params[i]!, 'param', bi, i);
    for (let ii = 0; ii < b.insts.length; ii++) for (const r of b.insts[ii]!.results) set(r, 'inst', bi, ii);
  }
  for (let v = 0; v < f.values.length; v++) if (!seen[v] && f.values[v]!.def.k !== 'none') f.values[v]!.def = NONE;
}

/**
 * True when removing the instruction (its results unused) cannot change what the program does.
 * Loads count as removable (a dead load of null is not kept alive for its trap); stores, calls,
 * allocation and bulk memory are not. Division traps on zero, so it is removable only when the
 * divisor is a known non-zero constant (`constOf` gives constant operands).
 */
export function isPure(i: Inst, constOf?: (v: ValueId) => bigint | number | undefined): boolean {
  switch (i.op) {
    case 'store': case 'store8': case 'store16':
    case 'call': case 'call_indirect':
    case 'malloc': case 'realloc': case 'free':
    case 'memcpy': case 'memset':
      return false;
    case 'sdiv': case 'udiv': case 'srem': case 'urem': {
      const d = constOf?.(i.args[1]!);
      return d !== undefined && d !== 0 && d !== 0n;
    }
    default:
      return true;
  }
}

/** Instruction count of a function: instructions plus one per terminator. */
export function functionSize(f: MirFunction): number {
  let n = 0;
  for (const b of f.blocks) n += b.insts.length + 1;
  return n;
}
