// Pass `inline`: inline direct calls of small non-recursive functions.
// Takes: a verified module (and optional cost-model settings). Gives: the same module where chosen
// `call` instructions and direct `invoke` terminators are replaced by a copy of the callee's body
// (new blocks and values appended to the caller, so existing ids do not change).
//
// Cost model (size = instructions other than constants + one per terminator):
//   - a callee is never inlined if it is external, is the caller itself, or lies on a cycle of the
//     direct call graph (Tarjan SCCs; indirect calls are not edges, so recursion through the table
//     is possible but then each step is an indirect call, which this pass never inlines);
//   - inline when size(callee) <= threshold (default 30), or when the callee has exactly one direct
//     call site in the module, is not in the table, and size(callee) <= 4 × threshold (the copy
//     then replaces rather than duplicates code);
//   - constants (iconst, fconst, gaddr, funcref) do not count in sizes;
//   - a loop-free caller that is itself within the threshold takes callees only while it stays within
//     it (so small accessors such as Array.__get stay inlinable instead of absorbing their cold paths);
//   - nothing is inlined into the functions of KEEP_SMALL (rayzor_malloc);
//   - stop inlining into a caller once its size would exceed maxCallerSize (default 5,000).
// Callers are processed bottom-up (callees first, SCC order), so a callee is inlined after its own
// small callees were inlined into it, and sizes are measured on that result.
//
// Invariant (SSA after the copy): the copy's blocks are reachable only through the call site's block,
// so values of the caller that were available at the call dominate the copy. A `call` splits its
// block: the call's result values become the parameters of the continuation block, which every
// `ret` of the copy jumps to. For an `invoke`, `ret v…` becomes `jump to(v…, to.args…)`, `throw v`
// becomes `jump unwind(v, unwind.args…)`, and every call inside the copy becomes an invoke with the
// same unwind edge (an exception from it must reach the same handler); invokes inside the copy keep
// their own handlers, which are innermost.

import { termCalls, type Block, type BlockCall, type BlockId, type Inst, type MirFunction, type MirModule, type Terminator, type ValueId } from '../mir/mir.js';
import { recomputeDefs, reversePostOrder } from './cfg.js';
import { inScope, type FuncFilter } from './scope.js';

export interface InlineOptions {
  threshold?: number;
  maxCallerSize?: number;
  /** Only these functions take in callees (any function may still be inlined into them). */
  only?: FuncFilter;
}

export const INLINE_THRESHOLD = 30;
export const MAX_CALLER_SIZE = 5000;

/**
 * Functions nothing is inlined into: the allocator's entry point, which every `malloc` instruction
 * calls, is a fast path plus calls of the general path (runtime/rayzor/rt/Alloc.hx); kept that small,
 * the backend (V8's wasm inliner, LLVM) can inline it whole into allocation sites.
 */
const KEEP_SMALL = new Set(['rayzor_malloc']);

export function inline(m: MirModule, opts: InlineOptions = {}): void {
  const threshold = opts.threshold ?? INLINE_THRESHOLD;
  const maxCaller = opts.maxCallerSize ?? MAX_CALLER_SIZE;
  const funcs = new Map(m.funcs.map((f) => [f.name, f]));
  const callees = (f: MirFunction): string[] => {
    const out: string[] = [];
    for (const b of f.blocks) {
      for (const i of b.insts) if (i.op === 'call' && i.callee) out.push(i.callee);
      if (b.term?.k === 'invoke' && !b.term.indirect) out.push(b.term.callee);
    }
    return out;
  };
  const sites = new Map<string, number>();
  for (const f of m.funcs) for (const c of callees(f)) sites.set(c, (sites.get(c) ?? 0) + 1);
  const inTable = new Set(m.table);
  for (const f of m.funcs) for (const b of f.blocks) for (const i of b.insts) if (i.op === 'funcref' && i.callee) inTable.add(i.callee);
  const { order, recursive } = sccs(m.funcs, (f) => callees(f).filter((c) => funcs.has(c)).map((c) => funcs.get(c)!));
  const sizes = new Map<MirFunction, number>();
  const canInline = (caller: MirFunction, name: string, callerSize: number, callerStart: number): MirFunction | undefined => {
    const g = funcs.get(name);
    if (!g || g.external || g === caller || recursive.has(g) || g.blocks.length === 0) return undefined;
    let size = sizes.get(g);
    if (size === undefined) sizes.set(g, (size = inlineSize(g))); // g is final: callees are processed first
    const ok = size <= threshold || (sites.get(name) === 1 && !inTable.has(name) && size <= 4 * threshold);
    // A caller small enough to be inlined itself stays so: its callees go in only while it fits the
    // threshold (otherwise Array.__set would take in its cold __grow and then be too big for its callers).
    if (callerStart <= threshold && callerSize + size > threshold) return undefined;
    return ok && callerSize + size <= maxCaller ? g : undefined;
  };
  for (const f of order) if (inScope(f, opts.only) && !KEEP_SMALL.has(f.name)) inlineInto(f, canInline);
}

/** Tarjan's SCCs without recursion. Gives functions callees-first, and those on call cycles. */
function sccs(fs: MirFunction[], succ: (f: MirFunction) => MirFunction[]): { order: MirFunction[]; recursive: Set<MirFunction> } {
  const index = new Map<MirFunction, number>();
  const low = new Map<MirFunction, number>();
  const onStack = new Set<MirFunction>();
  const stack: MirFunction[] = [];
  const order: MirFunction[] = [];
  const recursive = new Set<MirFunction>();
  let next = 0;
  for (const root of fs) {
    if (index.has(root)) continue;
    const work: { f: MirFunction; out: MirFunction[]; i: number }[] = [];
    const enter = (f: MirFunction) => {
      index.set(f, next);
      low.set(f, next++);
      stack.push(f);
      onStack.add(f);
      work.push({ f, out: succ(f), i: 0 });
    };
    enter(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      if (top.i < top.out.length) {
        const g = top.out[top.i++]!;
        if (g === top.f) recursive.add(g);
        if (!index.has(g)) enter(g);
        else if (onStack.has(g)) low.set(top.f, Math.min(low.get(top.f)!, index.get(g)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]!.f;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.f)!));
      }
      if (low.get(top.f) === index.get(top.f)) {
        const comp: MirFunction[] = [];
        let g: MirFunction;
        do {
          g = stack.pop()!;
          onStack.delete(g);
          comp.push(g);
        } while (g !== top.f);
        if (comp.length > 1) comp.forEach((x) => recursive.add(x));
        order.push(...comp);
      }
    }
  }
  return { order, recursive };
}

/**
 * Inlining cost: instructions plus one per terminator, constants not counted (iconst, fconst, gaddr and
 * funcref become immediates or are rematerialized at their use, so they cost nothing after inlining).
 */
export function inlineSize(f: MirFunction): number {
  let n = 0;
  for (const b of f.blocks) {
    n++;
    for (const i of b.insts) if (i.op !== 'iconst' && i.op !== 'fconst' && i.op !== 'gaddr' && i.op !== 'funcref') n++;
  }
  return n;
}

/** Whether f has a back edge (an edge to a block not later in reverse post-order). */
function hasLoop(f: MirFunction): boolean {
  const order = reversePostOrder(f);
  const rank = new Int32Array(f.blocks.length).fill(-1);
  order.forEach((b, k) => (rank[b] = k));
  for (const b of order) for (const c of termCalls(f.blocks[b]!.term)) if (rank[c.block]! <= rank[b]!) return true;
  return false;
}

type Chooser = (caller: MirFunction, callee: string, callerSize: number, callerStart: number) => MirFunction | undefined;

function inlineInto(f: MirFunction, choose: Chooser): void {
  let size = inlineSize(f);
  // Only loop-free callers are held to the threshold: those are the accessors worth keeping small.
  const start = hasLoop(f) ? Infinity : size;
  let changed = false;
  const queue: BlockId[] = f.blocks.map((_, i) => i);
  for (let q = 0; q < queue.length; q++) {
    const bi = queue[q]!;
    const b = f.blocks[bi]!;
    let done = false;
    for (let k = 0; k < b.insts.length && !done; k++) {
      const inst = b.insts[k]!;
      if (inst.op !== 'call' || !inst.callee) continue;
      const g = choose(f, inst.callee, size, start);
      if (!g) continue;
      // Split: the rest of the block moves to a continuation whose parameters are the call's results.
      const cont: Block = { params: inst.results, insts: b.insts.slice(k + 1), term: b.term };
      b.insts = b.insts.slice(0, k);
      const contId = f.blocks.length;
      f.blocks.push(cont);
      const entry = copyBody(f, g, { k: 'call', cont: contId });
      b.term = { k: 'jump', to: { block: entry, args: inst.args } };
      queue.push(contId);
      size += inlineSize(g);
      changed = true;
      done = true;
    }
    if (done) continue;
    const t = b.term;
    if (t?.k === 'invoke' && !t.indirect) {
      const g = choose(f, t.callee, size, start);
      if (!g) continue;
      const entry = copyBody(f, g, { k: 'invoke', to: t.to, unwind: t.unwind });
      b.term = { k: 'jump', to: { block: entry, args: t.args } };
      size += inlineSize(g);
      changed = true;
    }
  }
  if (changed) recomputeDefs(f);
}

type Context = { k: 'call'; cont: BlockId } | { k: 'invoke'; to: BlockCall; unwind: BlockCall };

/** Append a copy of g's blocks and values to f, wired to the call site; gives the copy's entry block. */
function copyBody(f: MirFunction, g: MirFunction, ctx: Context): BlockId {
  const vmap = new Map<ValueId, ValueId>();
  const val = (v: ValueId): ValueId => {
    let n = vmap.get(v);
    if (n === undefined) {
      n = f.values.length;
      f.values.push({ type: g.values[v]?.type ?? 'i32', def: { k: 'none' } });
      vmap.set(v, n);
    }
    return n;
  };
  const base = f.blocks.length;
  const call = (c: BlockCall): BlockCall => ({ block: base + c.block, args: c.args.map(val) });
  const copies: Block[] = g.blocks.map((b) => ({
    params: b.params.map(val),
    insts: b.insts.map((i): Inst => ({ ...i, args: i.args.map(val), results: i.results.map(val) })),
    term: b.term ? copyTerm(b.term, val, call) : undefined,
  }));
  f.blocks.push(...copies);
  for (const b of copies) {
    const t = b.term;
    if (t?.k === 'ret') {
      b.term = ctx.k === 'call'
        ? { k: 'jump', to: { block: ctx.cont, args: t.values } }
        : { k: 'jump', to: { block: ctx.to.block, args: [...t.values, ...ctx.to.args] } };
    } else if (t?.k === 'throw' && ctx.k === 'invoke') {
      b.term = { k: 'jump', to: { block: ctx.unwind.block, args: [t.value, ...ctx.unwind.args] } };
    }
  }
  if (ctx.k === 'invoke') {
    // Calls inside the copy get the call site's handler: each becomes an invoke ending its block.
    for (let q = base; q < f.blocks.length; q++) {
      const b = f.blocks[q]!;
      const k = b.insts.findIndex((i) => i.op === 'call' || i.op === 'call_indirect');
      if (k < 0) continue;
      const inst = b.insts[k]!;
      const rest: Block = { params: inst.results, insts: b.insts.slice(k + 1), term: b.term };
      b.insts = b.insts.slice(0, k);
      const restId = f.blocks.length;
      f.blocks.push(rest); // scanned later by this same loop
      b.term = {
        k: 'invoke', callee: inst.callee!, indirect: inst.op === 'call_indirect', args: inst.args,
        to: { block: restId, args: [] }, unwind: { block: ctx.unwind.block, args: [...ctx.unwind.args] },
      };
    }
  }
  return base;
}

function copyTerm(t: Terminator, val: (v: ValueId) => ValueId, call: (c: BlockCall) => BlockCall): Terminator {
  switch (t.k) {
    case 'jump': return { k: 'jump', to: call(t.to) };
    case 'br': return { k: 'br', cond: val(t.cond), then: call(t.then), else: call(t.else) };
    case 'switch': return { k: 'switch', value: val(t.value), cases: t.cases.map((c) => ({ value: c.value, to: call(c.to) })), default: call(t.default) };
    case 'ret': return { k: 'ret', values: t.values.map(val) };
    case 'unreachable': return { k: 'unreachable' };
    case 'throw': return { k: 'throw', value: val(t.value) };
    case 'invoke': return { k: 'invoke', callee: t.callee, indirect: t.indirect, args: t.args.map(val), to: call(t.to), unwind: call(t.unwind) };
  }
}
