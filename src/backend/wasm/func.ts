// One MIR function → one wasm function body: instruction selection, local allocation, operand trees,
// null checks and the structurizer.
// Takes: a verified MIR function and the module context (function/type/table indices, the exception
// tag, the trap import, allocation entry points). Gives: the encoded body (locals + code).
// Invariants relied on: SSA (each value has one definition, which dominates its uses), so a value's
// local is written only where the value is defined and an edge's parallel copy is exactly "push every
// argument, then pop into the parameters in reverse"; the interpreter's semantics (src/interp) are the
// reference for every opcode.
//
// Structurizer: Ramsey's "Beyond Relooper" (JFP 2022). Walking the dominator tree, a block x emits
// `block`s, one per dominator-tree child of x that is a merge node (two or more forward in-edges),
// outermost for the child latest in reverse postorder, so each such child's code follows the `end` of
// its block and every forward edge to it is a `br` out of that block; a loop header wraps its code in
// `loop`, the target of back edges; a forward edge to a block with one in-edge emits that block inline
// at the branch. Irreducible control flow (rare, never produced by the lowering) falls back to a
// dispatch loop: `loop { block*n { br_table on a label local } code of each block }`, each edge
// setting the label local. The walk uses an explicit task stack, not JS recursion.
//
// Exceptions: `invoke` is `try (result …) call catch $tag <unwind edge> end <normal edge>`; the thrown
// pointer is the tag's i32 payload, already on the stack when the unwind edge pops it into the
// unwind block's first parameter. `throw v` is `throw $tag`.
//
// Null checks: the interpreter traps "Null access" for any access below address 1024. A load/store of
// `p +off` (off < 1024) is preceded by `p <u 1024-off → call $trap(0)` unless a dominating access of p
// already checked a limit at least as high, or p is known non-null (gaddr, malloc, realloc results).
//
// Operand trees: a single-use instruction result used in the same block becomes an operand subtree of
// its user instead of a local, when moving it there keeps the order of effects (pure instructions move
// freely; loads past pure instructions and other loads; calls, stores and traps only past pure ones).

import { parseSignature, type BlockCall, type Inst, type MirFunction, type MirType, type Signature, type Terminator, type ValueId } from '../../mir/mir.js';
import { analyze, type CfgInfo } from './cfg.js';
import { TRAP_NULL } from './runtime.js';
import { BLOCK_VOID, ByteWriter, F32, F64, FC, functionBody, I32, I64, OP, type ValType } from './encoder.js';

/** Where the structured code of a function can find the module's pieces. */
export interface ModuleContext {
  /** Function index of a MIR function (defined or imported). */
  funcIndex(name: string): number;
  funcSig(name: string): Signature | undefined;
  /** Type index of a signature (for call_indirect and multi-value try blocks). */
  typeIndex(params: readonly ValType[], results: readonly ValType[]): number;
  /** `funcref @f`: f's slot in the table. */
  tableSlot(name: string): number;
  tag: number;
  /** `(i32 code) -> ()`, throws a trap in JS: 0 null access. */
  trapFunc: number;
  mallocFunc: number;
  reallocFunc: number;
  freeFunc: number;
  /** Address of byte 0 of the data image. */
  dataBase: number;
}

const NULL_LIMIT = 1024;

export function valType(t: MirType): ValType {
  switch (t) {
    case 'i64': return I64;
    case 'f32': return F32;
    case 'f64': return F64;
    default: return I32;
  }
}

// Effect classes of instructions, for moving them into operand trees.
const PURE = 0, READ = 1, CHECKED_READ = 2, EFFECT = 3;

function commutes(a: number, b: number): boolean {
  if (a === PURE || b === PURE) return true;
  // Plain loads reorder freely; a load that carries a null check may be what later unchecked loads
  // of the same pointer rely on, so it stays before them.
  return a === READ && b === READ;
}

// Task kinds of the structurizer's explicit stack.
const T_TREE = 0, T_WITHIN = 1, T_END = 2, T_ELSE = 3, T_EDGE = 4;

interface Task {
  k: number;
  b: number;
  level: number;
  /** T_WITHIN: merge children (latest in rpo first) and the next one to open. */
  ms?: number[];
  i?: number;
  /** T_EDGE: the source block, the edge and how many leading target parameters are on the stack. */
  call?: BlockCall;
  lead?: number;
  /** T_END: the construct has results, so a reachable end must be made unreachable first. */
  poly?: boolean;
}

const MAX_TREE_DEPTH = 64;
const MAX_LOCALS = 50000;
const MAX_MOVE_SCAN = 64;

export class FunctionEmitter {
  private w = new ByteWriter(4096);
  private f!: MirFunction;
  private cfg!: CfgInfo;
  private local!: Int32Array;
  private uses!: Int32Array;
  /** Instruction defining each value (results only), for trees and constants. */
  private def!: (Inst | undefined)[];
  private isConst!: Uint8Array;
  private inTree!: Uint8Array;
  /** Position of each instruction result's definition in its block, and that block (-1: a parameter). */
  private defPos!: Int32Array;
  private defBlock!: Int32Array;
  // buildTrees' per-block state: a doubly linked list over the block's instructions (the terminator
  // is position n), which positions have moved into a tree, and each instruction's effect class.
  private prev = new Int32Array(64);
  private next = new Int32Array(64);
  private moved = new Uint8Array(64);
  private cats = new Uint8Array(64);
  /** Set by operands(): whether the operands returned may be trees. */
  private opsTrees = true;
  /** Instructions without effects whose results nobody uses (transitively): not emitted. */
  private dead = new Set<Inst>();
  private pinned!: Uint8Array;
  private checks = new Map<Inst, number>();
  private nonNull!: Uint8Array;
  private blockLevel!: Int32Array;
  private loopLevel!: Int32Array;
  private reachable = true;
  private dispatch = false;
  private labelLocal = -1;
  private dispatchLoopLevel = 0;
  private tasks: Task[] = [];

  constructor(private readonly ctx: ModuleContext) {}

  emit(f: MirFunction): Uint8Array {
    this.f = f;
    this.w.len = 0;
    this.reachable = true;
    this.tasks.length = 0;
    this.checks.clear();
    this.dead.clear();
    const nv = f.values.length;
    const cfg = (this.cfg = analyze(f));
    this.dispatch = !cfg.reducible;
    this.def = new Array(nv);
    this.isConst = new Uint8Array(nv);
    this.uses = new Int32Array(nv);
    this.inTree = new Uint8Array(nv);
    this.pinned = new Uint8Array(nv);
    this.nonNull = new Uint8Array(nv);
    this.defPos = new Int32Array(nv);
    this.defBlock = new Int32Array(nv).fill(-1);
    // Indexed loops throughout: this code runs mostly before V8 optimizes it (once per process), and
    // unoptimized for-of allocates an iterator result per element.
    const order = cfg.order;
    for (let bi = 0; bi < order.length; bi++) {
      const b = order[bi]!;
      const blk = f.blocks[b]!;
      const insts = blk.insts;
      for (let ii = 0; ii < insts.length; ii++) {
        const inst = insts[ii]!;
        const args = inst.args;
        for (let k = 0; k < args.length; k++) this.uses[args[k]!]!++;
        if (inst.results.length === 1) {
          const r = inst.results[0]!;
          this.def[r] = inst;
          this.defPos[r] = ii;
          this.defBlock[r] = b;
          const op = inst.op;
          if (op === 'iconst' || op === 'fconst' || op === 'gaddr' || op === 'funcref') this.isConst[r] = 1;
          if (op === 'gaddr' || op === 'malloc' || op === 'realloc') this.nonNull[r] = 1;
          if (op === 'iconst' && inst.type === 'ptr' && Number(inst.imm) >= NULL_LIMIT) this.nonNull[r] = 1;
        }
      }
      countTermUses(blk.term!, this.uses);
    }
    this.findDead();
    this.computeNullChecks();
    for (let bi = 0; bi < order.length; bi++) this.buildTrees(order[bi]!);
    const locals = this.allocateLocals();
    this.blockLevel = new Int32Array(f.blocks.length);
    this.loopLevel = new Int32Array(f.blocks.length);
    if (this.dispatch) this.emitDispatch();
    else {
      this.tasks.push({ k: T_TREE, b: 0, level: 0 });
      this.run();
    }
    if (this.reachable) this.w.byte(OP.unreachable);
    this.w.byte(OP.end);
    return functionBody(locals, this.w);
  }

  // ---- analysis ---------------------------------------------------------------------------------------

  /**
   * Unused results of instructions without effects or traps are not computed; their operands lose a
   * use, which may make their definitions dead too. (Loads stay: they may trap.)
   */
  private findDead(): void {
    const work: ValueId[] = [];
    for (let v = 0; v < this.uses.length; v++) if (this.uses[v] === 0 && this.def[v]) work.push(v);
    while (work.length) {
      const v = work.pop()!;
      const d = this.def[v]!;
      if (this.dead.has(d) || this.category(d) !== PURE) continue;
      this.dead.add(d);
      const args = d.args;
      for (let k = 0; k < args.length; k++) if (--this.uses[args[k]!]! === 0 && this.def[args[k]!]) work.push(args[k]!);
    }
  }

  /** Which loads/stores need a null check, by a walk of the dominator tree (scoped "checked" limits). */
  private computeNullChecks(): void {
    const { f, cfg } = this;
    const checked = new Map<ValueId, number>();
    const undo: [ValueId, number | undefined][] = [];
    const stack: { b: number; mark: number; child: number }[] = [{ b: 0, mark: 0, child: -1 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.child === -1) {
        top.mark = undo.length;
        const insts = f.blocks[top.b]!.insts;
        for (let ii = 0; ii < insts.length; ii++) {
          const inst = insts[ii]!;
          if (this.dead.has(inst)) continue;
          const ptr = memPointer(inst);
          if (ptr === undefined) continue;
          const off = Number(inst.imm ?? 0);
          if (off >= NULL_LIMIT || this.nonNull[ptr]) continue;
          const lim = NULL_LIMIT - off;
          const have = checked.get(ptr);
          if (have !== undefined && have >= lim) continue;
          this.checks.set(inst, lim);
          undo.push([ptr, have]);
          checked.set(ptr, lim);
        }
        top.child = 0;
      }
      const kids = cfg.children[top.b]!;
      if (top.child < kids.length) {
        stack.push({ b: kids[top.child++]!, mark: 0, child: -1 });
        continue;
      }
      while (undo.length > top.mark) {
        const [v, old] = undo.pop()!;
        if (old === undefined) checked.delete(v);
        else checked.set(v, old);
      }
      stack.pop();
    }
  }

  private category(inst: Inst): number {
    switch (inst.op) {
      case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u':
        return this.checks.has(inst) ? CHECKED_READ : READ;
      case 'sdiv': case 'udiv': case 'srem': case 'urem': {
        const d = this.constInt(inst.args[1]!);
        return d === undefined || d === 0n || (d === -1n && inst.op === 'sdiv') ? EFFECT : PURE;
      }
      case 'store': case 'store8': case 'store16': case 'malloc': case 'realloc': case 'free':
      case 'memcpy': case 'memset': case 'call': case 'call_indirect':
        return EFFECT;
      default:
        return PURE;
    }
  }

  private constInt(v: ValueId): bigint | undefined {
    const d = this.def[v];
    return d && d.op === 'iconst' ? BigInt(d.imm!) : undefined;
  }

  /** Record the operands an instruction reads twice (a null-checked address): they stay in locals. */
  private pin(inst: Inst): void {
    const a = inst.args;
    switch (inst.op) {
      case 'store': case 'store8': case 'store16':
        if (this.checks.has(inst)) this.pinned[a[1]!] = 1;
        break;
      case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u':
        if (this.checks.has(inst)) this.pinned[a[0]!] = 1;
        break;
      default:
        break;
    }
  }

  /**
   * The operands of an instruction in the order wasm evaluates them; `opsTrees` tells whether they
   * may be operand trees (false when the emitted code reads them twice: sdiv by a variable, bulk
   * memory with its checks).
   */
  private operands(inst: Inst): ValueId[] {
    const a = inst.args;
    this.opsTrees = true;
    switch (inst.op) {
      case 'store': case 'store8': case 'store16': return [a[1]!, a[0]!];
      case 'select': return [a[1]!, a[2]!, a[0]!];
      case 'call_indirect': return [...a.slice(1), a[0]!];
      case 'sdiv':
        this.opsTrees = this.category(inst) === PURE;
        return a;
      case 'memcpy': case 'memset':
        this.opsTrees = false;
        return a;
      default: return a;
    }
  }

  /**
   * Operand trees for one block (LLVM's register stackifier, simplified): walk the block backwards;
   * for each rooted instruction, try to move the definitions of its operands (last operand first) to
   * just before it, checking that each move crosses only instructions it commutes with.
   */
  private buildTrees(b: number): void {
    const blk = this.f.blocks[b]!;
    const insts = blk.insts;
    const n = insts.length;
    if (n === 0) return;
    if (this.prev.length <= n) {
      const cap = 2 * (n + 1);
      this.prev = new Int32Array(cap);
      this.next = new Int32Array(cap);
      this.moved = new Uint8Array(cap);
      this.cats = new Uint8Array(cap);
    }
    const { prev, next, moved, cats } = this;
    for (let i = 0; i <= n; i++) {
      prev[i] = i - 1;
      next[i] = i + 1;
      moved[i] = 0;
    }
    // Pins first, so trees never take a value that is read twice.
    for (let i = 0; i < n; i++) {
      const inst = insts[i]!;
      cats[i] = this.category(inst);
      this.pin(inst);
    }
    const term = blk.term!;
    let tops: ValueId[] = [];
    let ttrees = true;
    let teff = true;
    switch (term.k) {
      case 'br': tops = [term.cond]; break;
      case 'switch':
        tops = [term.value];
        ttrees = this.switchIsDense(term);
        if (!ttrees) this.pinned[term.value] = 1;
        break;
      case 'ret': tops = term.values; break;
      case 'throw': tops = [term.value]; break;
      // invoke arguments go inside the `try`: an effect moved there would be caught by it
      case 'invoke':
        tops = term.indirect ? [...term.args.slice(1), term.args[0]!] : term.args;
        teff = false;
        break;
      default: ttrees = false;
    }
    let cur = this.treeify(b, n, tops, ttrees, teff, 0);
    cur = prev[cur]!;
    while (cur >= 0) {
      const inst = insts[cur]!;
      if (this.dead.has(inst)) {
        cur = prev[cur]!;
        continue;
      }
      const ops = this.operands(inst);
      const start = this.treeify(b, cur, ops, this.opsTrees, true, 0);
      cur = prev[start]!;
    }
  }

  /** Move the definitions of u's operands into a tree before u; gives the tree's first position. */
  private treeify(b: number, u: number, ops: ValueId[], allowTrees: boolean, effects: boolean, depth: number): number {
    let ins = u;
    if (!allowTrees || depth > MAX_TREE_DEPTH) return ins;
    const { prev, next, moved } = this;
    for (let j = ops.length - 1; j >= 0; j--) {
      const v = ops[j]!;
      if (this.isConst[v] || this.pinned[v] || this.uses[v] !== 1 || this.defBlock[v] !== b) continue;
      const d = this.def[v]!;
      if (d.results.length !== 1) continue;
      const di = this.defPos[v]!;
      if (moved[di] || di >= u) continue;
      if (!this.canMove(di, ins, effects)) continue;
      // unlink di, then insert it before ins
      const p = prev[di]!;
      const q = next[di]!;
      if (p >= 0) next[p] = q;
      prev[q] = p;
      const pa = prev[ins]!;
      prev[di] = pa;
      next[di] = ins;
      if (pa >= 0) next[pa] = di;
      prev[ins] = di;
      moved[di] = 1;
      this.inTree[v] = 1;
      const dops = this.operands(d);
      ins = this.treeify(b, di, dops, this.opsTrees, effects, depth + 1);
    }
    return ins;
  }

  private canMove(d: number, ins: number, effects: boolean): boolean {
    const { next, cats } = this;
    const c = cats[d]!;
    if (!effects && c !== PURE && c !== READ && c !== CHECKED_READ) return false;
    let steps = 0;
    for (let x = next[d]!; x !== ins; x = next[x]!) {
      if (++steps > MAX_MOVE_SCAN) return false;
      if (!commutes(c, cats[x]!)) return false;
    }
    return true;
  }

  private allocateLocals(): ValType[] {
    const { f } = this;
    const local = (this.local = new Int32Array(f.values.length).fill(-1));
    const params = f.blocks[0]!.params;
    params.forEach((v, i) => (local[v] = i));
    const want: ValueId[] = [];
    const order = this.cfg.order;
    for (let bi = 0; bi < order.length; bi++) {
      const b = order[bi]!;
      const blk = f.blocks[b]!;
      if (b !== 0) for (let i = 0; i < blk.params.length; i++) want.push(blk.params[i]!);
      const insts = blk.insts;
      for (let ii = 0; ii < insts.length; ii++) {
        const rs = insts[ii]!.results;
        for (let k = 0; k < rs.length; k++) {
          const r = rs[k]!;
          if (this.isConst[r] || this.inTree[r] || this.uses[r] === 0) continue;
          want.push(r);
        }
      }
    }
    // Group by type so the declarations are at most four runs.
    const types: ValType[] = [];
    let next = params.length;
    for (const vt of [I32, I64, F32, F64] as ValType[]) {
      for (let i = 0; i < want.length; i++) {
        const v = want[i]!;
        if (valType(f.values[v]!.type) !== vt) continue;
        local[v] = next++;
        types.push(vt);
      }
    }
    if (this.dispatch) {
      this.labelLocal = next++;
      types.push(I32);
    }
    // V8 rejects a function with more locals than this; say so rather than fail inside V8.
    if (next > MAX_LOCALS) throw new Error(`wasm: @${f.name} needs ${next} locals, more than the ${MAX_LOCALS} V8 accepts (run it with --tier 0)`);
    return types;
  }

  // ---- structured control flow ----------------------------------------------------------------------

  private run(): void {
    const { cfg, tasks, w } = this;
    while (tasks.length) {
      const t = tasks.pop()!;
      switch (t.k) {
        case T_TREE: {
          const ms = cfg.children[t.b]!.filter((c) => cfg.merge[c]).sort((a, b) => cfg.rpo[b]! - cfg.rpo[a]!);
          let level = t.level;
          if (cfg.loopHeader[t.b]) {
            w.byte(OP.loop).byte(BLOCK_VOID);
            this.reachable = true;
            level++;
            this.loopLevel[t.b] = level;
            tasks.push({ k: T_END, b: -1, level: 0 });
          }
          tasks.push({ k: T_WITHIN, b: t.b, level, ms, i: 0 });
          break;
        }
        case T_WITHIN: {
          const ms = t.ms!;
          const i = t.i!;
          if (i < ms.length) {
            const y = ms[i]!;
            w.byte(OP.block).byte(BLOCK_VOID);
            this.blockLevel[y] = t.level + 1;
            tasks.push({ k: T_TREE, b: y, level: t.level });
            tasks.push({ k: T_END, b: -1, level: 0 });
            tasks.push({ k: T_WITHIN, b: t.b, level: t.level + 1, ms, i: i + 1 });
          } else this.emitBlock(t.b, t.level);
          break;
        }
        case T_END:
          if (t.poly && this.reachable) w.byte(OP.unreachable);
          w.byte(OP.end);
          this.reachable = true;
          break;
        case T_ELSE:
          if (t.poly && this.reachable) w.byte(OP.unreachable);
          w.byte(OP.else);
          this.reachable = true;
          break;
        case T_EDGE:
          this.edge(t.b, t.call!, t.lead!, t.level);
          break;
      }
    }
  }

  /** Can the edge be a bare `br` (no copies, and the target is a label in scope)? */
  private isBranchOnly(from: number, c: BlockCall): boolean {
    if (this.dispatch) return false;
    const target = this.f.blocks[c.block]!;
    for (let i = 0; i < c.args.length; i++) if (c.args[i] !== target.params[i]) return false;
    return this.cfg.rpo[c.block]! <= this.cfg.rpo[from]! || this.cfg.merge[c.block] === 1;
  }

  private branchDepth(from: number, target: number, level: number): number {
    if (this.cfg.rpo[target]! <= this.cfg.rpo[from]!) return level - this.loopLevel[target]!;
    return level - this.blockLevel[target]!;
  }

  /** Take an edge: parallel copy into the target's parameters, then branch (or emit the target inline). */
  private edge(from: number, c: BlockCall, lead: number, level: number): void {
    const { w, f, cfg } = this;
    const params = f.blocks[c.block]!.params;
    if (lead === 0) {
      let n = 0;
      for (let i = 0; i < c.args.length; i++) {
        if (c.args[i] === params[i]) continue;
        this.value(c.args[i]!);
        n++;
      }
      for (let i = c.args.length - 1; i >= 0 && n > 0; i--) {
        if (c.args[i] === params[i]) continue;
        w.byte(OP.local_set).u32(this.local[params[i]!]!);
      }
    } else {
      for (let i = 0; i < c.args.length; i++) this.value(c.args[i]!);
      for (let i = params.length - 1; i >= 0; i--) {
        const l = this.local[params[i]!]!;
        if (l >= 0) w.byte(OP.local_set).u32(l);
        else w.byte(OP.drop);
      }
    }
    if (this.dispatch) {
      w.byte(OP.i32_const).s32(cfg.rpo[c.block]!);
      w.byte(OP.local_set).u32(this.labelLocal);
      w.byte(OP.br).u32(level - this.dispatchLoopLevel);
      this.reachable = false;
      return;
    }
    if (cfg.rpo[c.block]! <= cfg.rpo[from]! || cfg.merge[c.block]) {
      w.byte(OP.br).u32(this.branchDepth(from, c.block, level));
      this.reachable = false;
      return;
    }
    this.tasks.push({ k: T_TREE, b: c.block, level });
  }

  private switchIsDense(t: Extract<Terminator, { k: 'switch' }>): boolean {
    if (this.f.values[t.value]!.type === 'i64' || t.cases.length < 3) return false;
    let min = Infinity;
    let max = -Infinity;
    for (const c of t.cases) {
      const v = Number(c.value);
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const range = max - min + 1;
    return range <= 2 * t.cases.length + 16 && range <= 65536;
  }

  /** A block's instructions and terminator (whose edges become tasks). */
  private emitBlock(b: number, level: number): void {
    const { w, f, tasks } = this;
    const blk = f.blocks[b]!;
    const insts = blk.insts;
    for (let ii = 0; ii < insts.length; ii++) {
      const inst = insts[ii]!;
      if (inst.results.length === 1 && (this.isConst[inst.results[0]!] || this.inTree[inst.results[0]!])) continue;
      this.rooted(inst);
    }
    const t = blk.term!;
    switch (t.k) {
      case 'jump':
        tasks.push({ k: T_EDGE, b, level, call: t.to, lead: 0 });
        break;
      case 'br': {
        if (this.isBranchOnly(b, t.then)) {
          this.value(t.cond);
          w.byte(OP.br_if).u32(this.branchDepth(b, t.then.block, level));
          tasks.push({ k: T_EDGE, b, level, call: t.else, lead: 0 });
        } else if (this.isBranchOnly(b, t.else)) {
          this.value(t.cond);
          w.byte(OP.i32_eqz).byte(OP.br_if).u32(this.branchDepth(b, t.else.block, level));
          tasks.push({ k: T_EDGE, b, level, call: t.then, lead: 0 });
        } else {
          this.value(t.cond);
          w.byte(OP.if).byte(BLOCK_VOID);
          tasks.push({ k: T_END, b: -1, level: 0 });
          tasks.push({ k: T_EDGE, b, level: level + 1, call: t.else, lead: 0 });
          tasks.push({ k: T_ELSE, b: -1, level: 0 });
          tasks.push({ k: T_EDGE, b, level: level + 1, call: t.then, lead: 0 });
        }
        break;
      }
      case 'switch':
        this.emitSwitch(b, t, level);
        break;
      case 'ret':
        for (let i = 0; i < t.values.length; i++) this.value(t.values[i]!);
        w.byte(OP.return);
        this.reachable = false;
        break;
      case 'unreachable':
        w.byte(OP.unreachable);
        this.reachable = false;
        break;
      case 'throw':
        this.value(t.value);
        w.byte(OP.throw).u32(this.ctx.tag);
        this.reachable = false;
        break;
      case 'invoke': {
        let sig: Signature;
        if (t.indirect) sig = parseSignature(t.callee)!;
        else sig = this.ctx.funcSig(t.callee)!;
        const results = sig.results.map(valType);
        w.byte(OP.try);
        if (results.length === 0) w.byte(BLOCK_VOID);
        else if (results.length === 1) w.byte(results[0]!);
        else w.s32(this.ctx.typeIndex([], results));
        this.reachable = true;
        if (t.indirect) {
          for (let i = 1; i < t.args.length; i++) this.value(t.args[i]!);
          this.value(t.args[0]!);
          w.byte(OP.call_indirect).u32(this.ctx.typeIndex(sig.params.map(valType), results)).byte(0);
        } else {
          for (let i = 0; i < t.args.length; i++) this.value(t.args[i]!);
          w.byte(OP.call).u32(this.ctx.funcIndex(t.callee));
        }
        w.byte(OP.catch).u32(this.ctx.tag);
        tasks.push({ k: T_EDGE, b, level, call: t.to, lead: results.length });
        tasks.push({ k: T_END, b: -1, level: 0, poly: results.length > 0 });
        tasks.push({ k: T_EDGE, b, level: level + 1, call: t.unwind, lead: 1 });
        break;
      }
    }
  }

  private emitSwitch(b: number, t: Extract<Terminator, { k: 'switch' }>, level: number): void {
    const { w, tasks } = this;
    // One arm per distinct edge; arms that are a bare `br` need no block of their own.
    const arms: BlockCall[] = [];
    const armOf = new Map<string, number>();
    const arm = (c: BlockCall): number => {
      const key = `${c.block}:${c.args.join(',')}`;
      let i = armOf.get(key);
      if (i === undefined) {
        i = arms.length;
        arms.push(c);
        armOf.set(key, i);
      }
      return i;
    };
    const caseArms = t.cases.map((c) => arm(c.to));
    const defArm = arm(t.default);
    const own: number[] = []; // arms with a block, innermost first
    const slot = new Int32Array(arms.length).fill(-1);
    arms.forEach((c, i) => {
      if (!this.isBranchOnly(b, c)) {
        slot[i] = own.length;
        own.push(i);
      }
    });
    const m = own.length;
    for (let i = 0; i < m; i++) w.byte(OP.block).byte(BLOCK_VOID);
    const inner = level + m;
    const depthOf = (i: number) => (slot[i]! >= 0 ? slot[i]! : this.branchDepth(b, arms[i]!.block, inner));
    const wide = this.f.values[t.value]!.type === 'i64';
    if (this.switchIsDense(t)) {
      let min = Infinity;
      let max = -Infinity;
      for (const c of t.cases) {
        min = Math.min(min, Number(c.value));
        max = Math.max(max, Number(c.value));
      }
      const table = new Int32Array(max - min + 1).fill(depthOf(defArm));
      // the first case with a value wins, as in the interpreter
      for (let i = t.cases.length - 1; i >= 0; i--) table[Number(t.cases[i]!.value) - min] = depthOf(caseArms[i]!);
      this.value(t.value);
      if (min !== 0) w.byte(OP.i32_const).s32(min).byte(OP.i32_sub);
      w.byte(OP.br_table).u32(table.length);
      for (const d of table) w.u32(d);
      w.u32(depthOf(defArm));
    } else {
      const seen = new Set<string>();
      t.cases.forEach((c, i) => {
        if (seen.has(c.value)) return;
        seen.add(c.value);
        this.value(t.value);
        if (wide) w.byte(OP.i64_const).s64(BigInt(c.value)).byte(OP.i64_eq);
        else w.byte(OP.i32_const).s32(Number(BigInt.asIntN(32, BigInt(c.value)))).byte(OP.i32_eq);
        w.byte(OP.br_if).u32(depthOf(caseArms[i]!));
      });
      w.byte(OP.br).u32(depthOf(defArm));
    }
    this.reachable = false;
    for (let j = m - 1; j >= 0; j--) {
      tasks.push({ k: T_EDGE, b, level: level + m - 1 - j, call: arms[own[j]!]!, lead: 0 });
      tasks.push({ k: T_END, b: -1, level: 0 });
    }
  }

  /** Irreducible CFG: every block is an arm of one `br_table` inside a loop; edges set the label. */
  private emitDispatch(): void {
    const { w, cfg } = this;
    const n = cfg.order.length;
    w.byte(OP.loop).byte(BLOCK_VOID);
    this.dispatchLoopLevel = 1;
    for (let i = 0; i < n; i++) w.byte(OP.block).byte(BLOCK_VOID);
    w.byte(OP.local_get).u32(this.labelLocal).byte(OP.br_table).u32(n);
    for (let i = 0; i < n; i++) w.u32(i);
    w.u32(0);
    for (let i = 0; i < n; i++) {
      w.byte(OP.end);
      this.reachable = true;
      this.tasks.push({ k: T_WITHIN, b: cfg.order[i]!, level: 1 + n - 1 - i, ms: [], i: 0 });
      this.run();
      if (this.reachable) {
        w.byte(OP.unreachable);
        this.reachable = false;
      }
    }
    w.byte(OP.end);
    this.reachable = true;
  }

  // ---- instructions ---------------------------------------------------------------------------------

  /** Push a value: a constant, an operand tree, or its local. */
  private value(v: ValueId): void {
    if (this.isConst[v]) this.constant(this.def[v]!);
    else if (this.inTree[v]) this.expr(this.def[v]!);
    else {
      const l = this.local[v]!;
      if (l < 0) throw new Error(`wasm: v${v} of @${this.f.name} has no local`);
      this.w.byte(OP.local_get).u32(l);
    }
  }

  private constant(inst: Inst): void {
    const w = this.w;
    switch (inst.op) {
      case 'iconst':
        if (inst.type === 'i64') w.byte(OP.i64_const).s64(BigInt(inst.imm!));
        else {
          const t = inst.imm!;
          // |0 is asIntN(32) for every value a double holds exactly; longer texts go through BigInt
          w.byte(OP.i32_const).s32(t.length < 16 ? Number(t) | 0 : Number(BigInt.asIntN(32, BigInt(t))));
        }
        return;
      case 'fconst': {
        const s = inst.imm!;
        const x = s === 'nan' ? NaN : s === 'inf' ? Infinity : s === '-inf' ? -Infinity : Number(s);
        if (inst.type === 'f32') w.byte(OP.f32_const).f32(x);
        else w.byte(OP.f64_const).f64(x);
        return;
      }
      case 'gaddr':
        w.byte(OP.i32_const).s32(this.ctx.dataBase + Number(inst.imm ?? 0));
        return;
      case 'funcref':
        w.byte(OP.i32_const).s32(this.ctx.tableSlot(inst.callee!));
        return;
      default:
        throw new Error(`wasm: ${inst.op} is not a constant`);
    }
  }

  /** A rooted instruction: evaluate it and store its results (or drop them). */
  private rooted(inst: Inst): void {
    const w = this.w;
    const rs = inst.results;
    if (this.dead.has(inst)) return;
    this.expr(inst);
    for (let i = rs.length - 1; i >= 0; i--) {
      const l = this.local[rs[i]!]!;
      if (l >= 0) w.byte(OP.local_set).u32(l);
      else w.byte(OP.drop);
    }
  }

  private nullCheck(ptr: ValueId, lim: number): void {
    const w = this.w;
    this.value(ptr);
    w.byte(OP.i32_const).s32(lim).byte(OP.i32_lt_u).byte(OP.if).byte(BLOCK_VOID);
    w.byte(OP.i32_const).s32(TRAP_NULL).byte(OP.call).u32(this.ctx.trapFunc).byte(OP.unreachable).byte(OP.end);
  }

  /** Evaluate an instruction, leaving its results on the stack. */
  private expr(inst: Inst): void {
    const w = this.w;
    const a = inst.args;
    const t = inst.type;
    const f = this.f;
    switch (inst.op) {
      case 'iconst': case 'fconst': case 'gaddr': case 'funcref':
        this.constant(inst);
        return;
      case 'iadd': case 'isub': case 'imul': case 'and': case 'or': case 'xor': case 'shl': case 'sshr': case 'ushr':
      case 'udiv': case 'srem': case 'urem':
        this.value(a[0]!);
        this.value(a[1]!);
        w.byte(intBinop(inst.op, t === 'i64'));
        return;
      case 'sdiv': {
        const wide = t === 'i64';
        const d = this.constInt(a[1]!);
        if (d !== undefined && d !== -1n) {
          this.value(a[0]!);
          this.value(a[1]!);
          w.byte(wide ? OP.i64_div_s : OP.i32_div_s);
          return;
        }
        // MIN / -1 wraps to MIN (the interpreter's and Haxe's result) where wasm would trap.
        this.value(a[1]!);
        if (wide) w.byte(OP.i64_const).s64(-1n).byte(OP.i64_eq);
        else w.byte(OP.i32_const).s32(-1).byte(OP.i32_eq);
        w.byte(OP.if).byte(wide ? I64 : I32);
        if (wide) w.byte(OP.i64_const).s64(0n);
        else w.byte(OP.i32_const).s32(0);
        this.value(a[0]!);
        w.byte(wide ? OP.i64_sub : OP.i32_sub).byte(OP.else);
        this.value(a[0]!);
        this.value(a[1]!);
        w.byte(wide ? OP.i64_div_s : OP.i32_div_s).byte(OP.end);
        return;
      }
      case 'fadd': case 'fsub': case 'fmul': case 'fdiv': case 'fmin': case 'fmax':
        this.value(a[0]!);
        this.value(a[1]!);
        w.byte(floatBinop(inst.op, t === 'f32'));
        return;
      case 'fneg': case 'fsqrt': case 'ffloor': case 'fceil': case 'ftrunc': case 'fabs':
        this.value(a[0]!);
        w.byte(floatUnop(inst.op, t === 'f32'));
        return;
      case 'ieq': case 'ine': case 'slt': case 'sle': case 'ult': case 'ule':
        this.value(a[0]!);
        this.value(a[1]!);
        w.byte(intCompare(inst.op, t === 'i64'));
        return;
      case 'feq': case 'fne': case 'flt': case 'fle':
        this.value(a[0]!);
        this.value(a[1]!);
        w.byte(floatCompare(inst.op, t === 'f32'));
        return;
      case 'sext':
        this.value(a[0]!);
        w.byte(OP.i64_extend_i32_s);
        return;
      case 'zext':
        this.value(a[0]!);
        w.byte(OP.i64_extend_i32_u);
        return;
      case 'trunc':
        this.value(a[0]!);
        w.byte(OP.i32_wrap_i64);
        return;
      case 'ptrtoint':
        this.value(a[0]!);
        if (t === 'i64') w.byte(OP.i64_extend_i32_s);
        return;
      case 'sitof': {
        this.value(a[0]!);
        const from64 = f.values[a[0]!]!.type === 'i64';
        if (t === 'f32') {
          // i64 → f32 goes through f64, as the interpreter's Math.fround(Number(x)) does
          if (from64) w.byte(OP.f64_convert_i64_s).byte(OP.f32_demote_f64);
          else w.byte(OP.f32_convert_i32_s);
        } else w.byte(from64 ? OP.f64_convert_i64_s : OP.f64_convert_i32_s);
        return;
      }
      case 'ftosi': {
        this.value(a[0]!);
        const from32 = f.values[a[0]!]!.type === 'f32';
        const sub = t === 'i64' ? (from32 ? FC.i64_trunc_sat_f32_s : FC.i64_trunc_sat_f64_s) : from32 ? FC.i32_trunc_sat_f32_s : FC.i32_trunc_sat_f64_s;
        w.byte(OP.prefix_fc).u32(sub);
        return;
      }
      case 'fconv': {
        this.value(a[0]!);
        const from = f.values[a[0]!]!.type;
        if (from === 'f64' && t === 'f32') w.byte(OP.f32_demote_f64);
        else if (from === 'f32' && t === 'f64') w.byte(OP.f64_promote_f32);
        return;
      }
      case 'bitcast': {
        this.value(a[0]!);
        const from = valType(f.values[a[0]!]!.type);
        const to = valType(t!);
        if (from === to) return;
        if (from === I32 && to === F32) w.byte(OP.f32_reinterpret_i32);
        else if (from === F32 && to === I32) w.byte(OP.i32_reinterpret_f32);
        else if (from === I64 && to === F64) w.byte(OP.f64_reinterpret_i64);
        else if (from === F64 && to === I64) w.byte(OP.i64_reinterpret_f64);
        else throw new Error(`wasm: bitcast ${f.values[a[0]!]!.type} to ${t}`);
        return;
      }
      case 'select':
        this.value(a[1]!);
        this.value(a[2]!);
        this.value(a[0]!);
        w.byte(OP.select);
        return;
      case 'ptradd':
        this.value(a[0]!);
        this.value(a[1]!);
        w.byte(OP.i32_add);
        return;
      case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u': {
        const lim = this.checks.get(inst);
        if (lim !== undefined) this.nullCheck(a[0]!, lim);
        this.value(a[0]!);
        const [op, align] = loadOp(inst.op, t!);
        w.byte(op).u32(align).u32(Number(inst.imm ?? 0));
        return;
      }
      case 'store': case 'store8': case 'store16': {
        const lim = this.checks.get(inst);
        if (lim !== undefined) this.nullCheck(a[1]!, lim);
        this.value(a[1]!);
        this.value(a[0]!);
        const [op, align] = storeOp(inst.op, t!);
        w.byte(op).u32(align).u32(Number(inst.imm ?? 0));
        return;
      }
      case 'memcpy': case 'memset': {
        // Zero bytes touch nothing (even at null); otherwise null operands trap as in the interpreter.
        this.value(a[2]!);
        w.byte(OP.if).byte(BLOCK_VOID);
        this.value(a[0]!);
        w.byte(OP.i32_const).s32(NULL_LIMIT).byte(OP.i32_lt_u);
        if (inst.op === 'memcpy') {
          this.value(a[1]!);
          w.byte(OP.i32_const).s32(NULL_LIMIT).byte(OP.i32_lt_u).byte(OP.i32_or);
        }
        w.byte(OP.if).byte(BLOCK_VOID).byte(OP.i32_const).s32(TRAP_NULL).byte(OP.call).u32(this.ctx.trapFunc).byte(OP.end);
        this.value(a[0]!);
        this.value(a[1]!);
        this.value(a[2]!);
        w.byte(OP.prefix_fc);
        if (inst.op === 'memcpy') w.u32(FC.memory_copy).byte(0).byte(0);
        else w.u32(FC.memory_fill).byte(0);
        w.byte(OP.end);
        return;
      }
      case 'malloc':
        this.value(a[0]!);
        w.byte(OP.call).u32(this.ctx.mallocFunc);
        return;
      case 'realloc':
        for (let i = 0; i < a.length; i++) this.value(a[i]!);
        w.byte(OP.call).u32(this.ctx.reallocFunc);
        return;
      case 'free':
        for (let i = 0; i < a.length; i++) this.value(a[i]!);
        w.byte(OP.call).u32(this.ctx.freeFunc);
        return;
      case 'call':
        for (let i = 0; i < a.length; i++) this.value(a[i]!);
        w.byte(OP.call).u32(this.ctx.funcIndex(inst.callee!));
        return;
      case 'call_indirect': {
        const sig = parseSignature(inst.callee!)!;
        for (let i = 1; i < a.length; i++) this.value(a[i]!);
        this.value(a[0]!);
        w.byte(OP.call_indirect).u32(this.ctx.typeIndex(sig.params.map(valType), sig.results.map(valType))).byte(0);
        return;
      }
    }
  }
}

/** Count every value a terminator reads (operands and edge arguments) as a use. */
function countTermUses(t: Terminator, uses: Int32Array): void {
  const all = (xs: ValueId[]) => {
    for (let i = 0; i < xs.length; i++) uses[xs[i]!]!++;
  };
  switch (t.k) {
    case 'jump': all(t.to.args); break;
    case 'br': uses[t.cond]!++; all(t.then.args); all(t.else.args); break;
    case 'switch':
      uses[t.value]!++;
      for (let i = 0; i < t.cases.length; i++) all(t.cases[i]!.to.args);
      all(t.default.args);
      break;
    case 'ret': all(t.values); break;
    case 'throw': uses[t.value]!++; break;
    case 'invoke': all(t.args); all(t.to.args); all(t.unwind.args); break;
    default: break;
  }
}

/** The pointer operand of a load or store. */
function memPointer(inst: Inst): ValueId | undefined {
  switch (inst.op) {
    case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u': return inst.args[0];
    case 'store': case 'store8': case 'store16': return inst.args[1];
    default: return undefined;
  }
}

function intBinop(op: string, wide: boolean): number {
  switch (op) {
    case 'iadd': return wide ? OP.i64_add : OP.i32_add;
    case 'isub': return wide ? OP.i64_sub : OP.i32_sub;
    case 'imul': return wide ? OP.i64_mul : OP.i32_mul;
    case 'udiv': return wide ? OP.i64_div_u : OP.i32_div_u;
    case 'srem': return wide ? OP.i64_rem_s : OP.i32_rem_s;
    case 'urem': return wide ? OP.i64_rem_u : OP.i32_rem_u;
    case 'and': return wide ? OP.i64_and : OP.i32_and;
    case 'or': return wide ? OP.i64_or : OP.i32_or;
    case 'xor': return wide ? OP.i64_xor : OP.i32_xor;
    case 'shl': return wide ? OP.i64_shl : OP.i32_shl;
    case 'sshr': return wide ? OP.i64_shr_s : OP.i32_shr_s;
    default: return wide ? OP.i64_shr_u : OP.i32_shr_u;
  }
}

function floatBinop(op: string, f32: boolean): number {
  switch (op) {
    case 'fadd': return f32 ? OP.f32_add : OP.f64_add;
    case 'fsub': return f32 ? OP.f32_sub : OP.f64_sub;
    case 'fmul': return f32 ? OP.f32_mul : OP.f64_mul;
    case 'fdiv': return f32 ? OP.f32_div : OP.f64_div;
    case 'fmin': return f32 ? OP.f32_min : OP.f64_min;
    default: return f32 ? OP.f32_max : OP.f64_max;
  }
}

function floatUnop(op: string, f32: boolean): number {
  switch (op) {
    case 'fneg': return f32 ? OP.f32_neg : OP.f64_neg;
    case 'fsqrt': return f32 ? OP.f32_sqrt : OP.f64_sqrt;
    case 'ffloor': return f32 ? OP.f32_floor : OP.f64_floor;
    case 'fceil': return f32 ? OP.f32_ceil : OP.f64_ceil;
    case 'ftrunc': return f32 ? OP.f32_trunc : OP.f64_trunc;
    default: return f32 ? OP.f32_abs : OP.f64_abs;
  }
}

function intCompare(op: string, wide: boolean): number {
  switch (op) {
    case 'ieq': return wide ? OP.i64_eq : OP.i32_eq;
    case 'ine': return wide ? OP.i64_ne : OP.i32_ne;
    case 'slt': return wide ? OP.i64_lt_s : OP.i32_lt_s;
    case 'sle': return wide ? OP.i64_le_s : OP.i32_le_s;
    case 'ult': return wide ? OP.i64_lt_u : OP.i32_lt_u;
    default: return wide ? OP.i64_le_u : OP.i32_le_u;
  }
}

function floatCompare(op: string, f32: boolean): number {
  switch (op) {
    case 'feq': return f32 ? OP.f32_eq : OP.f64_eq;
    case 'fne': return f32 ? OP.f32_ne : OP.f64_ne;
    case 'flt': return f32 ? OP.f32_lt : OP.f64_lt;
    default: return f32 ? OP.f32_le : OP.f64_le;
  }
}

/** Opcode and alignment exponent of a load. */
function loadOp(op: string, t: MirType): [number, number] {
  const wide = t === 'i64';
  switch (op) {
    case 'load8s': return [wide ? OP.i64_load8_s : OP.i32_load8_s, 0];
    case 'load8u': return [wide ? OP.i64_load8_u : OP.i32_load8_u, 0];
    case 'load16s': return [wide ? OP.i64_load16_s : OP.i32_load16_s, 1];
    case 'load16u': return [wide ? OP.i64_load16_u : OP.i32_load16_u, 1];
    default:
      switch (t) {
        case 'i64': return [OP.i64_load, 3];
        case 'f32': return [OP.f32_load, 2];
        case 'f64': return [OP.f64_load, 3];
        default: return [OP.i32_load, 2];
      }
  }
}

function storeOp(op: string, t: MirType): [number, number] {
  const wide = t === 'i64';
  switch (op) {
    case 'store8': return [wide ? OP.i64_store8 : OP.i32_store8, 0];
    case 'store16': return [wide ? OP.i64_store16 : OP.i32_store16, 1];
    default:
      switch (t) {
        case 'i64': return [OP.i64_store, 3];
        case 'f32': return [OP.f32_store, 2];
        case 'f64': return [OP.f64_store, 3];
        default: return [OP.i32_store, 2];
      }
  }
}
