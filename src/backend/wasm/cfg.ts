// Control-flow facts the structurizer needs, computed once per function.
// Takes: a MIR function. Gives: reverse postorder of the blocks reachable from the entry, immediate
// dominators, the dominator tree's children, loop headers (targets of back edges), merge nodes (two or
// more forward in-edges, counted per edge so a `br` with both arms to one block makes it a merge
// node), and whether the CFG is reducible (every retreating edge goes to a dominator of its source).
// Invariant: nothing here recurses in JS (functions may have tens of thousands of blocks); blocks not
// reachable from the entry get rpo -1 and are ignored by every consumer.

import { termCalls, type MirFunction } from '../../mir/mir.js';

export interface CfgInfo {
  /** Reachable blocks in reverse postorder (entry first). */
  order: number[];
  /** Block → its position in `order`, or -1 when unreachable. */
  rpo: Int32Array;
  /** Immediate dominator of each reachable block (the entry's is itself), -1 when unreachable. */
  idom: Int32Array;
  /** Dominator-tree children of each block, in reverse postorder. */
  children: number[][];
  /** Successor block ids per block (one per edge, duplicates kept). */
  succs: number[][];
  loopHeader: Uint8Array;
  merge: Uint8Array;
  reducible: boolean;
}

export function analyze(f: MirFunction): CfgInfo {
  const n = f.blocks.length;
  // Indexed loops: this runs mostly unoptimized (once per process), where for-of allocates.
  const succs: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const calls = termCalls(f.blocks[i]!.term);
    const ss = new Array<number>(calls.length);
    for (let k = 0; k < calls.length; k++) ss[k] = calls[k]!.block;
    succs[i] = ss;
  }
  // Postorder by an explicit DFS stack.
  const post: number[] = [];
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  if (n > 0) {
    const stack: number[] = [0];
    const next: number[] = [0];
    state[0] = 1;
    while (stack.length) {
      const top = stack.length - 1;
      const b = stack[top]!;
      const ss = succs[b]!;
      if (next[top]! < ss.length) {
        const s = ss[next[top]!++]!;
        if (s < n && state[s] === 0) {
          state[s] = 1;
          stack.push(s);
          next.push(0);
        }
      } else {
        state[b] = 2;
        post.push(b);
        stack.pop();
        next.pop();
      }
    }
  }
  const order = post.reverse();
  const rpo = new Int32Array(n).fill(-1);
  for (let i = 0; i < order.length; i++) rpo[order[i]!] = i;
  const preds: number[][] = new Array(n);
  for (let i = 0; i < n; i++) preds[i] = [];
  for (let i = 0; i < order.length; i++) {
    const b = order[i]!;
    const ss = succs[b]!;
    for (let k = 0; k < ss.length; k++) preds[ss[k]!]!.push(b);
  }

  // Cooper, Harvey, Kennedy: iterate to a fixed point over reverse postorder.
  const idom = new Int32Array(n).fill(-1);
  if (n > 0) idom[0] = 0;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (rpo[a]! > rpo[b]!) a = idom[a]!;
      while (rpo[b]! > rpo[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < order.length; i++) {
      const b = order[i]!;
      let d = -1;
      const ps = preds[b]!;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!;
        if (idom[p] === -1) continue;
        d = d === -1 ? p : intersect(p, d);
      }
      if (d !== idom[b]) {
        idom[b] = d;
        changed = true;
      }
    }
  }
  const children: number[][] = new Array(n);
  for (let i = 0; i < n; i++) children[i] = [];
  for (let i = 1; i < order.length; i++) children[idom[order[i]!]!]!.push(order[i]!);

  const dominates = (a: number, b: number): boolean => {
    // Walk b's dominator chain; rpo strictly decreases along it, so stop once below a.
    while (rpo[b]! > rpo[a]!) b = idom[b]!;
    return a === b;
  };
  const loopHeader = new Uint8Array(n);
  const forwardIn = new Int32Array(n);
  let reducible = true;
  for (let i = 0; i < order.length; i++) {
    const b = order[i]!;
    const ss = succs[b]!;
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k]!;
      if (rpo[s]! <= rpo[b]!) {
        loopHeader[s] = 1;
        if (!dominates(s, b)) reducible = false;
      } else forwardIn[s]!++;
    }
  }
  const merge = new Uint8Array(n);
  for (let i = 0; i < order.length; i++) if (forwardIn[order[i]!]! >= 2) merge[order[i]!] = 1;
  return { order, rpo, idom, children, succs, loopHeader, merge, reducible };
}

/** Does block a dominate block b (both reachable)? */
export function dominates(info: CfgInfo, a: number, b: number): boolean {
  const { rpo, idom } = info;
  while (rpo[b]! > rpo[a]!) b = idom[b]!;
  return a === b;
}
