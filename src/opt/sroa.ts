// Pass `sroa`: scalar replacement of aggregates (allocation sinking) for objects that never escape.
// Takes: a verified module, typically after `inline` (constructors and small methods copied into the
// caller turn `malloc` + field stores + field loads into one function). Gives: the same module where
// each such allocation is gone: every (offset, type) field becomes an SSA value, stores define it,
// loads read it (block parameters where definitions merge), and the malloc, its stores, loads and
// frees are deleted.
// Invariant: only allocations whose every use is understood are rewritten, so no other code can see
// the memory; an allocation is left alone whenever a load could read a field no store wrote
// (rayzor_malloc does not zero memory), or two accesses disagree on a field's type or width.
//
// Rules (per function, repeated until nothing changes, since removing one object can stop another
// from escaping through it):
//   - A candidate is `malloc` with a constant size whose result is used only as the address of
//     load/store (any width) at constant offsets inside the allocation, by `free`, or as an edge
//     argument (below). Any other use (stored value, call/invoke/ret/throw operand, ptradd, ptrtoint,
//     memcpy/memset, realloc, comparison, select, a use in an unreachable block) makes it escape.
//   - Fields: all accesses at one offset must have the same type and width (narrow store8/16 pair
//     with load8/16 s/u, which become masks or shift pairs); accesses at different offsets must not
//     overlap. MIR does not fix the pointer width, so a ptr field counts as 4 bytes: the pass assumes
//     nothing reads part of a pointer through another offset (the lowering's layouts never place a
//     field inside a pointer, whichever pointer size it lays out for).
//   - A ptr parameter that receives one same value on every reachable edge is that value (an
//     "alias"; inlining leaves one per callee `this` and per call result): its uses count as the
//     value's, and it is removed with the object.
//   - Other ptr parameters that receive a candidate ("webs"): such a parameter joins the candidate's
//     web, with every parameter and candidate connected to it by edges. Web parameters may only be
//     loaded through or passed on, and no store to a web object may be reachable from an edge that
//     passes it to a parameter without going through the malloc's block again (which allocates a new
//     object): objects are frozen once they flow into a parameter, so a parameter's fields are
//     parameters fed with the fields each incoming object had at the edge. If a web parameter also
//     receives other pointers (a global, a call result: "external"), it stays a pointer parameter,
//     virtual edges pass it `gaddr +0` instead of the object, and a new i32 parameter says which it
//     is; each load through it stays where it was and becomes `select flag, field, load` (the load of
//     a real object is unchanged, so it still traps where it did; on a virtual edge it reads the
//     static data image, which must be long enough). This is what a loop `z = f(z)` that starts from
//     an existing object (mandelbrot's `z = Complex.ZERO; z = z.mul(z).add(c)`) needs.
//   - SSA construction: per allocation and field, parameters go in the iterated dominance frontier
//     of the blocks that store the field, limited to blocks the malloc's block strictly dominates
//     (nothing above the malloc can see the object); values are then propagated in dominator-tree
//     order over just the blocks that matter. Parameters nothing reads are never created; a field
//     value that may be "never stored" on a path that reaches a load rejects the web.

import { termCalls, termOperands, type BlockCall, type BlockId, type Inst, type MirFunction, type MirModule, type MirType, type Opcode, type ValueId } from '../mir/mir.js';
import { dominators } from '../mir/verify.js';
import { incomingEdges, reachable, removeParams, replaceUses, type InEdge } from './cfg.js';
import { inScope, type FuncFilter } from './scope.js';

export function sroa(m: MirModule, only?: FuncFilter): void {
  const dataSize = m.data.bytes.length;
  for (const f of m.funcs) {
    if (!inScope(f, only) || !f.blocks.some((b) => b.insts.some((i) => i.op === 'malloc'))) continue;
    // Each round removes what it can; a later round may find objects that only escaped into them.
    for (let round = 0; round < 16 && sroaRound(f, dataSize); round++);
  }
}

// ---- analysis ---------------------------------------------------------------------------------------

interface Access {
  inst: Inst;
  block: BlockId;
  index: number;
  store: boolean;
  off: number;
  /** Field identity: type plus width class (`f64`, `n8:i32`…); accesses at one offset must agree. */
  kind: string;
  type: MirType;
  /** Bytes the access covers for overlap and bounds (ptr: 4, see the header). */
  width: number;
  /** 0 for full-width accesses, else 8 or 16. */
  narrow: 0 | 8 | 16;
  signed: boolean;
}

interface EdgeUse {
  from: BlockId;
  call: BlockCall;
  /** The target parameter this argument fills. */
  param: ValueId;
}

/** A tracked pointer: a constant-size malloc or a ptr block parameter. */
interface Node {
  v: ValueId;
  alloc?: { block: BlockId; index: number; inst: Inst; size: number };
  param?: { block: BlockId };
  accesses: Access[];
  frees: Inst[];
  edges: EdgeUse[];
  escapes: boolean;
  /** Parameters that are this same pointer (see collectNodes). */
  aliases: ValueId[];
}

/** Abstract values during construction: a real value, a parameter to be, or one of these markers. */
const UNDEF = { m: 'undef' } as const; // a field no store wrote (rejects the web if a load sees it)
const ZERO = { m: 'zero' } as const; // any value will do (unreachable or external edges): a zero
const ONE = { m: 'one' } as const; // the i32 1 of a "virtual" flag
type Abs = ValueId | Phi | typeof UNDEF | typeof ZERO | typeof ONE;

class Phi {
  param: ValueId = -1;
  live = false;
  tainted = false;
  /** One argument per incoming edge of the block, in `incomingEdges` order. */
  readonly args: Abs[];
  constructor(readonly block: BlockId, readonly type: MirType, edges: number) {
    this.args = new Array<Abs>(edges).fill(ZERO);
  }
}

function accessOf(i: Inst, v: ValueId, block: BlockId, index: number): Access | undefined {
  let store: boolean;
  let narrow: 0 | 8 | 16 = 0;
  let signed = false;
  switch (i.op) {
    case 'load': store = false; if (i.args[0] !== v) return undefined; break;
    case 'load8s': case 'load8u': case 'load16s': case 'load16u':
      if (i.args[0] !== v) return undefined;
      store = false;
      narrow = i.op.startsWith('load8') ? 8 : 16;
      signed = i.op.endsWith('s');
      break;
    case 'store': case 'store8': case 'store16':
      if (i.args[1] !== v || i.args[0] === v) return undefined;
      store = true;
      narrow = i.op === 'store8' ? 8 : i.op === 'store16' ? 16 : 0;
      break;
    default: return undefined;
  }
  const off = Number(i.imm ?? '0');
  const type = i.type;
  if (!Number.isSafeInteger(off) || off < 0 || type === undefined) return undefined;
  const width = narrow ? narrow / 8 : type === 'i64' || type === 'f64' ? 8 : 4;
  return { inst: i, block, index, store, off, kind: narrow ? `n${narrow}:${type}` : type, type, width, narrow, signed };
}

/** Per-round view of the function: CFG, dominator tree, frontiers, and the pending rewrite. */
class Round {
  readonly ins: InEdge[][];
  readonly reach: boolean[];
  private domCache: { idom: (number | undefined)[]; pre: Int32Array; post: Int32Array } | undefined;
  private dfCache: Set<BlockId>[] | undefined;
  /** Index of each BlockCall among its target's incoming edges. */
  readonly edgeIndex = new Map<BlockCall, number>();
  readonly rep = new Map<ValueId, ValueId>();
  /** Alias parameter → the tracked value it stands for. */
  readonly root = new Map<ValueId, ValueId>();
  /** The block of each ptr parameter considered. */
  readonly paramBlock = new Map<ValueId, BlockId>();
  readonly dead = new Set<Inst>();
  readonly replaceWith = new Map<Inst, Inst[]>();
  private readonly entryInsts: Inst[] = [];
  private readonly consts = new Map<string, ValueId>();

  constructor(readonly f: MirFunction, readonly dataSize: number) {
    this.ins = incomingEdges(f);
    this.ins.forEach((es) => es.forEach((e, k) => this.edgeIndex.set(e.call, k)));
    this.reach = reachable(f);
  }

  /** The dominator tree with pre/post numbers ("a dominates b" is an interval test), on first use. */
  get dom(): { idom: (number | undefined)[]; pre: Int32Array; post: Int32Array } {
    if (this.domCache) return this.domCache;
    const idom = dominators(this.f);
    const n = this.f.blocks.length;
    const pre = new Int32Array(n).fill(-1);
    const post = new Int32Array(n).fill(-1);
    const kids: BlockId[][] = Array.from({ length: n }, () => []);
    for (let b = 1; b < n; b++) if (idom[b] !== undefined) kids[idom[b]!]!.push(b);
    let clock = 0;
    const stack: { b: BlockId; i: number }[] = [{ b: 0, i: 0 }];
    pre[0] = clock++;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const c = kids[top.b]![top.i++];
      if (c === undefined) {
        post[top.b] = clock++;
        stack.pop();
      } else {
        pre[c] = clock++;
        stack.push({ b: c, i: 0 });
      }
    }
    return (this.domCache = { idom, pre, post });
  }

  /**
   * A parameter's current position: earlier rewrites in this round may have removed parameters
   * before it, so positions are looked up rather than remembered.
   */
  paramIndex(v: ValueId): number {
    return this.f.blocks[this.paramBlock.get(v)!]!.params.indexOf(v);
  }

  dominates(a: BlockId, b: BlockId): boolean {
    const { pre, post } = this.dom;
    return pre[a]! >= 0 && pre[b]! >= 0 && pre[a]! <= pre[b]! && post[b]! <= post[a]!;
  }

  /** Dominance frontiers (Cooper, Harvey, Kennedy), computed on first use. */
  get df(): Set<BlockId>[] {
    if (this.dfCache) return this.dfCache;
    const df: Set<BlockId>[] = this.f.blocks.map(() => new Set());
    const { idom } = this.dom;
    this.ins.forEach((es, b) => {
      if (!this.reach[b]) return;
      const preds = [...new Set(es.filter((e) => this.reach[e.from]).map((e) => e.from))];
      if (preds.length < 2) return;
      for (const p of preds) {
        for (let r: BlockId | undefined = p; r !== undefined && r !== idom[b]; r = r === 0 ? undefined : idom[r]) df[r]!.add(b);
      }
    });
    return (this.dfCache = df);
  }

  newValue(type: MirType): ValueId {
    this.f.values.push({ type, def: { k: 'none' } });
    return this.f.values.length - 1;
  }

  /** A constant defined at the top of the entry block, so it dominates every use. */
  constant(kind: 'zero' | 'one' | 'base', type: MirType): ValueId {
    const key = `${kind}:${type}`;
    let v = this.consts.get(key);
    if (v !== undefined) return v;
    v = this.newValue(type);
    const float = type === 'f32' || type === 'f64';
    this.entryInsts.push(kind === 'base'
      ? { op: 'gaddr', type: undefined, args: [], results: [v], imm: '0', callee: undefined }
      : { op: float ? 'fconst' : 'iconst', type, args: [], results: [v], imm: kind === 'one' ? '1' : float ? '0.0' : '0', callee: undefined });
    this.consts.set(key, v);
    return v;
  }

  resolve(a: Abs, type: MirType): ValueId {
    if (typeof a === 'number') return a;
    if (a instanceof Phi) return a.param;
    if (a === ONE) return this.constant('one', 'i32');
    return this.constant('zero', type); // ZERO (UNDEF never reaches a live use: checked before)
  }

  /** Apply the pending deletions, insertions and replacements. */
  finish(): void {
    for (const b of this.f.blocks) {
      if (!b.insts.some((i) => this.dead.has(i) || this.replaceWith.has(i))) continue;
      const out: Inst[] = [];
      for (const i of b.insts) {
        const r = this.replaceWith.get(i);
        if (r) out.push(...r);
        else if (!this.dead.has(i)) out.push(i);
      }
      b.insts = out;
    }
    if (this.entryInsts.length) this.f.blocks[0]!.insts.unshift(...this.entryInsts);
    replaceUses(this.f, this.rep);
  }
}

function sroaRound(f: MirFunction, dataSize: number): boolean {
  const sizes = constantSizeMallocs(f);
  if (sizes.size === 0) return false;
  const r = new Round(f, dataSize);
  const nodes = collectNodes(f, r, sizes);
  if (![...nodes.values()].some((n) => n.alloc)) return false;
  let changed = false;
  for (const web of webs(nodes, r)) if (rewriteWeb(web, r)) changed = true;
  if (changed) r.finish();
  return changed;
}

/** Each malloc whose size is a constant, with that size: a cheap first look, most functions have none. */
function constantSizeMallocs(f: MirFunction): Map<Inst, number> {
  const want = new Set<ValueId>();
  for (const b of f.blocks) for (const i of b.insts) if (i.op === 'malloc') want.add(i.args[0]!);
  const out = new Map<Inst, number>();
  if (want.size === 0) return out;
  const size = new Map<ValueId, number>();
  for (const b of f.blocks) {
    for (const i of b.insts) {
      if (i.op !== 'iconst' || !want.has(i.results[0]!)) continue;
      const n = Number(i.imm);
      if (Number.isSafeInteger(n) && n >= 0 && n <= 0x7fffffff) size.set(i.results[0]!, n);
    }
  }
  for (const b of f.blocks) for (const i of b.insts) if (i.op === 'malloc' && size.has(i.args[0]!)) out.set(i, size.get(i.args[0]!)!);
  return out;
}

/**
 * Constant-size mallocs and ptr parameters of reachable non-entry blocks, with their uses classified.
 * A parameter that receives one same value on every reachable edge (and none implicitly) is that
 * value (the copy-prop rule; inlining leaves many such: a callee's `this`, a call's result), so it is
 * an alias: its uses count as uses of the value it stands for, and it goes when that object goes.
 */
function collectNodes(f: MirFunction, r: Round, sizes: Map<Inst, number>): Map<ValueId, Node> {
  const nodes = new Map<ValueId, Node>();
  const fresh = (v: ValueId): Node => ({ v, accesses: [], frees: [], edges: [], escapes: false, aliases: [] });
  const copyOf = new Map<ValueId, ValueId>();
  f.blocks.forEach((b, bi) => {
    if (!r.reach[bi]) return;
    if (bi !== 0) b.params.forEach((p, k) => {
      if (f.values[p]?.type !== 'ptr') return;
      nodes.set(p, { ...fresh(p), param: { block: bi } });
      r.paramBlock.set(p, bi);
      let same: ValueId | undefined;
      for (const e of r.ins[bi]!) {
        // Filled implicitly (an invoke's result), even on a dead edge: not a copy, and not removable.
        if (k < e.implicit) return;
        const a = e.call.args[k - e.implicit]!;
        if (!r.reach[e.from] || a === p) continue;
        if (same !== undefined && a !== same) return;
        same = a;
      }
      if (same !== undefined) copyOf.set(p, same);
    });
    b.insts.forEach((i, k) => {
      const size = sizes.get(i);
      if (size === undefined || i.results.length !== 1) return;
      nodes.set(i.results[0]!, { ...fresh(i.results[0]!), alloc: { block: bi, index: k, inst: i, size } });
    });
  });
  // Follow alias chains to a tracked value that is not itself an alias (cycles only occur in dead
  // code; their members stay ordinary parameters).
  for (const p of copyOf.keys()) {
    const seen = new Set<ValueId>([p]);
    let v = copyOf.get(p)!;
    while (copyOf.has(v) && !seen.has(v)) { seen.add(v); v = copyOf.get(v)!; }
    if (nodes.has(v) && !copyOf.has(v)) r.root.set(p, v);
  }
  for (const [p, v] of r.root) {
    nodes.get(v)!.aliases.push(p);
    nodes.delete(p);
  }
  // The use scan visits every operand of the function: a flat table answers "tracked?" quickly.
  const tracked = new Uint8Array(f.values.length);
  for (const v of nodes.keys()) tracked[v] = 1;
  for (const v of r.root.keys()) tracked[v] = 1;
  const nodeOf = (v: ValueId) => (tracked[v] ? nodes.get(r.root.get(v) ?? v) : undefined);
  f.blocks.forEach((b, bi) => {
    const insts = b.insts;
    for (let k = 0; k < insts.length; k++) {
      const i = insts[k]!;
      let touched: Map<Node, number> | undefined;
      for (let pos = 0; pos < i.args.length; pos++) {
        if (!tracked[i.args[pos]!]) continue;
        const n = nodeOf(i.args[pos]!)!;
        touched ??= new Map();
        // An object in two operands (stored into itself…) escapes.
        touched.set(n, touched.has(n) ? -1 : pos);
      }
      if (!touched) continue;
      for (const [n, pos] of touched) {
        const u = pos < 0 ? -1 : i.args[pos]!;
        const acc = u < 0 || !r.reach[bi] ? undefined : accessOf(i, u, bi, k);
        if (acc) n.accesses.push(acc);
        else if (u >= 0 && r.reach[bi] && i.op === 'free' && pos === 0) n.frees.push(i);
        else n.escapes = true;
      }
    }
    if (!b.term) return;
    for (const v of termOperands(b.term)) {
      const n = nodeOf(v);
      if (n) n.escapes = true;
    }
    for (const c of termCalls(b.term)) {
      const target = f.blocks[c.block];
      const e = r.ins[c.block]?.[r.edgeIndex.get(c)!];
      c.args.forEach((a, k) => {
        const n = nodeOf(a);
        if (!n) return;
        const param = target?.params[k + (e?.implicit ?? 0)];
        // An edge into one of the object's own aliases only defines the alias.
        if (param !== undefined && r.reach[bi] && nodeOf(param) === n && r.root.has(param)) return;
        if (!r.reach[bi] || param === undefined || !nodes.has(param)) n.escapes = true;
        else n.edges.push({ from: bi, call: c, param });
      });
    }
  });
  return nodes;
}

interface Web {
  allocs: Node[];
  params: Node[];
  /** Some web parameter also receives a pointer that is not an object of the web. */
  external: boolean;
}

/**
 * Group allocations and the parameters they flow into. Parameters no allocation reaches are plain
 * pointers (external), not members; a member that escapes (or, for a parameter, is stored through
 * or freed) sinks the whole web, since its objects would need to exist after all.
 */
function* webs(nodes: Map<ValueId, Node>, r: Round): Generator<Web> {
  // A candidate allocation whose own uses already disqualify it is just an external pointer.
  const ok = (n: Node) => !n.escapes && (n.alloc !== undefined || (n.frees.length === 0 && n.accesses.every((a) => !a.store)));
  const reached = new Set<ValueId>();
  const work: Node[] = [];
  for (const n of nodes.values()) if (n.alloc && !n.escapes) work.push(n);
  while (work.length) {
    for (const e of work.pop()!.edges) {
      if (reached.has(e.param)) continue;
      reached.add(e.param);
      work.push(nodes.get(e.param)!);
    }
  }
  const member = (v: ValueId): Node | undefined => {
    const n = nodes.get(v);
    if (!n) return undefined;
    if (n.alloc) return n.escapes ? undefined : n;
    return reached.has(v) ? n : undefined;
  };
  const done = new Set<ValueId>();
  for (const start of nodes.values()) {
    if (!start.alloc || start.escapes || done.has(start.v)) continue;
    const web: Web = { allocs: [], params: [], external: false };
    let sound = true;
    const queue = [start];
    done.add(start.v);
    const visit = (v: ValueId) => {
      const n = member(v);
      if (!n || done.has(v)) return;
      done.add(v);
      queue.push(n);
    };
    while (queue.length) {
      const n = queue.pop()!;
      if (!ok(n)) sound = false;
      (n.alloc ? web.allocs : web.params).push(n);
      for (const e of n.edges) visit(e.param);
      if (!n.param) continue;
      for (const e of r.ins[n.param.block]!) {
        const k = r.paramIndex(n.v) - e.implicit;
        if (k < 0) { web.external = true; continue; }
        if (!r.reach[e.from]) continue;
        const a = e.call.args[k]!;
        if (member(r.root.get(a) ?? a)) visit(r.root.get(a) ?? a);
        else web.external = true;
      }
    }
    if (sound) yield web;
  }
}

// ---- rewriting ----------------------------------------------------------------------------------------

interface Field {
  off: number;
  kind: string;
  type: MirType;
  width: number;
}

/** The fields of a web: one per offset, consistent and non-overlapping, inside every object. */
function layout(web: Web): Field[] | undefined {
  const byOff = new Map<number, Field>();
  for (const n of [...web.allocs, ...web.params]) {
    for (const a of n.accesses) {
      const f = byOff.get(a.off);
      if (!f) byOff.set(a.off, { off: a.off, kind: a.kind, type: a.type, width: a.width });
      else if (f.kind !== a.kind) return undefined;
    }
  }
  const fields = [...byOff.values()].sort((a, b) => a.off - b.off);
  for (let k = 1; k < fields.length; k++) if (fields[k - 1]!.off + fields[k - 1]!.width > fields[k]!.off) return undefined;
  const end = fields.length ? fields[fields.length - 1]!.off + fields[fields.length - 1]!.width : 0;
  if (web.allocs.some((a) => a.alloc!.size < end)) return undefined;
  return fields;
}

/**
 * True when no store to the object can run after it was passed to a web parameter: no storing block
 * is reachable from such an edge without going through the malloc's block again (which allocates a
 * new object; stores there after the malloc are to the new one).
 */
function frozen(a: Node, r: Round): boolean {
  const M = a.alloc!.block;
  const stores = new Set(a.accesses.filter((x) => x.store).map((x) => x.block));
  if (stores.size === 0 || a.edges.length === 0) return true;
  const seen = new Set<BlockId>();
  const work = a.edges.map((e) => e.call.block);
  while (work.length) {
    const b = work.pop()!;
    if (b === M || seen.has(b)) continue;
    if (stores.has(b)) return false;
    seen.add(b);
    for (const c of termCalls(r.f.blocks[b]!.term)) work.push(c.block);
  }
  return true;
}

interface Renamed {
  /** What each load of the allocation reads. */
  loads: Map<Inst, Abs>;
  /** The fields at the end of the block of each edge that passes the allocation to a web parameter. */
  atEdge: Map<BlockCall, Abs[]>;
  phis: Phi[];
}

/** SSA construction for one allocation's fields (see the header). */
function rename(a: Node, fields: Field[], r: Round): Renamed {
  const M = a.alloc!.block;
  const slot = new Map(fields.map((fl, k) => [fl.off, k]));
  const byBlock = new Map<BlockId, Access[]>();
  const defs: Set<BlockId>[] = fields.map(() => new Set());
  for (const acc of a.accesses) {
    let list = byBlock.get(acc.block);
    if (!list) byBlock.set(acc.block, (list = []));
    list.push(acc);
    if (acc.store) defs[slot.get(acc.off)!]!.add(acc.block);
  }
  for (const list of byBlock.values()) list.sort((x, y) => x.index - y.index);
  // Parameters: iterated dominance frontier of the storing blocks, inside the malloc's region.
  const phiAt = new Map<BlockId, (Phi | undefined)[]>();
  const phis: Phi[] = [];
  const inRegion = (b: BlockId) => b !== M && r.dominates(M, b);
  fields.forEach((fl, s) => {
    const work = [...defs[s]!];
    const placed = new Set<BlockId>();
    while (work.length) {
      for (const y of r.df[work.pop()!]!) {
        if (placed.has(y) || !inRegion(y)) continue;
        placed.add(y);
        let at = phiAt.get(y);
        if (!at) phiAt.set(y, (at = new Array(fields.length).fill(undefined)));
        const p = new Phi(y, fl.type, r.ins[y]!.length);
        at[s] = p;
        phis.push(p);
        if (!defs[s]!.has(y)) work.push(y);
      }
    }
  });
  // The blocks whose state matters: accesses, parameters, edges into parameters, edges out of the web.
  const blocks = new Set<BlockId>([M, ...byBlock.keys()]);
  for (const y of phiAt.keys()) {
    blocks.add(y);
    for (const e of r.ins[y]!) if (r.reach[e.from]) blocks.add(e.from);
  }
  for (const e of a.edges) blocks.add(e.from);
  const { pre } = r.dom;
  const order = [...blocks].sort((x, y) => pre[x]! - pre[y]!);
  const webCalls = new Set(a.edges.map((e) => e.call));
  const loads = new Map<Inst, Abs>();
  const atEdge = new Map<BlockCall, Abs[]>();
  // Walk in dominator-tree pre-order; the state entering a block is the state at the end of its
  // nearest listed dominator (blocks in between touch no field).
  const stack: { b: BlockId; state: Abs[] }[] = [];
  for (const b of order) {
    while (stack.length && !r.dominates(stack[stack.length - 1]!.b, b)) stack.pop();
    const state: Abs[] = b === M ? fields.map(() => UNDEF) : stack[stack.length - 1]!.state.slice();
    const at = b === M ? undefined : phiAt.get(b);
    if (at) at.forEach((p, s) => { if (p) state[s] = p; });
    for (const acc of byBlock.get(b) ?? []) {
      const s = slot.get(acc.off)!;
      if (acc.store) state[s] = acc.inst.args[0]!;
      else loads.set(acc.inst, state[s]!);
    }
    for (const c of termCalls(r.f.blocks[b]!.term)) {
      const into = phiAt.get(c.block);
      if (into) {
        const k = r.edgeIndex.get(c)!;
        into.forEach((p, s) => { if (p) p.args[k] = state[s]!; });
      }
      if (webCalls.has(c)) atEdge.set(c, state.slice());
    }
    stack.push({ b, state });
  }
  return { loads, atEdge, phis };
}

function rewriteWeb(web: Web, r: Round): boolean {
  const fields = layout(web);
  if (!fields) return false;
  const slot = new Map(fields.map((fl, k) => [fl.off, k]));
  if (web.params.length) {
    // Objects seen through parameters must be frozen once they leave their block (see the header).
    for (const a of web.allocs) if (!frozen(a, r)) return false;
    if (web.external) {
      // Loads through a parameter on a virtual edge read the data image instead: it must hold them.
      let need = 0;
      for (const p of web.params) for (const x of p.accesses) need = Math.max(need, x.off + (x.type === 'ptr' ? 8 : x.width));
      if (need > r.dataSize) return false;
    }
  }
  const renamed = new Map<Node, Renamed>();
  for (const a of web.allocs) renamed.set(a, rename(a, fields, r));
  // Fields (and flags) of web parameters, created before their arguments so cycles can refer to them.
  const isAlloc = new Map(web.allocs.map((a) => [a.v, a]));
  const isParam = new Map(web.params.map((p) => [p.v, p]));
  const fieldPhis = new Map<ValueId, Phi[]>();
  const flags = new Map<ValueId, Phi>();
  for (const p of web.params) {
    const n = r.ins[p.param!.block]!.length;
    fieldPhis.set(p.v, fields.map((fl) => new Phi(p.param!.block, fl.type, n)));
    if (web.external) flags.set(p.v, new Phi(p.param!.block, 'i32', n));
  }
  for (const p of web.params) {
    const fps = fieldPhis.get(p.v)!;
    const flag = flags.get(p.v);
    r.ins[p.param!.block]!.forEach((e, ei) => {
      const k = r.paramIndex(p.v) - e.implicit;
      if (k < 0 || !r.reach[e.from]) return; // external or never taken: ZERO stays
      const arg = r.root.get(e.call.args[k]!) ?? e.call.args[k]!;
      const alloc = isAlloc.get(arg);
      const from = isParam.get(arg);
      if (alloc) {
        const st = renamed.get(alloc)!.atEdge.get(e.call)!;
        fps.forEach((fp, s) => (fp.args[ei] = st[s]!));
        if (flag) flag.args[ei] = ONE;
      } else if (from) {
        const src = fieldPhis.get(from.v)!;
        fps.forEach((fp, s) => (fp.args[ei] = src[s]!));
        if (flag) flag.args[ei] = flags.get(from.v)!;
      }
    });
  }
  // Liveness from the loads; a live value that may be "never stored" rejects the web.
  const roots: Abs[] = [];
  for (const rn of renamed.values()) roots.push(...rn.loads.values());
  for (const p of web.params) {
    for (const x of p.accesses) {
      roots.push(fieldPhis.get(p.v)![slot.get(x.off)!]!);
      if (web.external) roots.push(flags.get(p.v)!);
    }
  }
  const all: Phi[] = [...[...renamed.values()].flatMap((rn) => rn.phis), ...[...fieldPhis.values()].flat(), ...flags.values()];
  const work: Phi[] = [];
  for (const x of roots) {
    if (x === UNDEF) return false;
    if (x instanceof Phi && !x.live) { x.live = true; work.push(x); }
  }
  while (work.length) {
    for (const x of work.pop()!.args) if (x instanceof Phi && !x.live) { x.live = true; work.push(x); }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const p of all) {
      if (!p.tainted && p.args.some((x) => x === UNDEF || (x instanceof Phi && x.tainted))) {
        p.tainted = true;
        changed = true;
      }
    }
  }
  if (all.some((p) => p.live && p.tainted)) return false;
  commit(web, slot, renamed, fieldPhis, flags, all.filter((p) => p.live), r);
  return true;
}

function commit(web: Web, slot: Map<number, number>, renamed: Map<Node, Renamed>,
  fieldPhis: Map<ValueId, Phi[]>, flags: Map<ValueId, Phi>, live: Phi[], r: Round): void {
  const f = r.f;
  // New block parameters first (all of them), then their arguments, in the same order on every edge.
  for (const p of live) {
    p.param = r.newValue(p.type);
    f.blocks[p.block]!.params.push(p.param);
  }
  for (const p of live) r.ins[p.block]!.forEach((e, ei) => e.call.args.push(r.resolve(p.args[ei]!, p.type)));
  for (const [a, rn] of renamed) {
    for (const x of a.accesses) {
      if (x.store) { r.dead.add(x.inst); continue; }
      const v = r.resolve(rn.loads.get(x.inst)!, x.type);
      if (x.narrow) r.replaceWith.set(x.inst, narrowed(x, v, x.inst.results[0]!, r));
      else { r.rep.set(x.inst.results[0]!, v); r.dead.add(x.inst); }
    }
    for (const i of a.frees) r.dead.add(i);
    r.dead.add(a.alloc!.inst);
    for (const p of a.aliases) dropParam(p, r);
  }
  for (const p of web.params) {
    const fps = fieldPhis.get(p.v)!;
    for (const x of p.accesses) {
      const v = r.resolve(fps[slot.get(x.off)!]!, x.type);
      const result = x.inst.results[0]!;
      if (!web.external) {
        if (x.narrow) r.replaceWith.set(x.inst, narrowed(x, v, result, r));
        else { r.rep.set(result, v); r.dead.add(x.inst); }
        continue;
      }
      // The real load keeps its place under a new result; `select` picks the field on virtual edges.
      const real = r.newValue(x.type);
      x.inst.results = [real];
      const out: Inst[] = [x.inst];
      let virt = v;
      if (x.narrow) {
        virt = r.newValue(x.type);
        out.push(...narrowed(x, v, virt, r));
      }
      out.push(mk('select', x.type, [flags.get(p.v)!.param, virt, real], [result]));
      r.replaceWith.set(x.inst, out);
    }
  }
  if (web.external) {
    // Virtual edges pass a harmless readable address in place of the object.
    const base = r.constant('base', 'ptr');
    const objs = new Set(web.allocs.map((a) => a.v));
    for (const p of web.params) {
      for (const e of r.ins[p.param!.block]!) {
        const k = r.paramIndex(p.v) - e.implicit;
        if (k >= 0 && objs.has(r.root.get(e.call.args[k]!) ?? e.call.args[k]!)) e.call.args[k] = base;
      }
    }
  } else {
    // Nothing reads the parameters any more: drop them with their arguments.
    for (const p of web.params) for (const v of [p.v, ...p.aliases]) dropParam(v, r);
  }
}

/** Remove a parameter nothing uses any more, with its argument on every incoming edge. */
function dropParam(v: ValueId, r: Round): void {
  const b = r.paramBlock.get(v)!;
  removeParams(r.f, b, new Set([r.f.blocks[b]!.params.indexOf(v)]), r.ins[b]!);
}

function mk(op: Opcode, type: MirType | undefined, args: ValueId[], results: ValueId[], imm?: string): Inst {
  return { op, type, args, results, imm, callee: undefined };
}

/** What a narrow load gives from the full value its matching narrow store wrote: mask or sign-extend. */
function narrowed(x: Access, v: ValueId, result: ValueId, r: Round): Inst[] {
  const t = x.type;
  const bits = t === 'i64' ? 64 : 32;
  if (!x.signed) {
    const mask = r.newValue(t);
    return [mk('iconst', t, [], [mask], x.narrow === 8 ? '255' : '65535'), mk('and', t, [v, mask], [result])];
  }
  const k = r.newValue(t);
  const up = r.newValue(t);
  return [mk('iconst', t, [], [k], String(bits - x.narrow)), mk('shl', t, [v, k], [up]), mk('sshr', t, [up, k], [result])];
}
