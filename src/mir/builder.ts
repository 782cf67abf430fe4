// Building MIR functions, with SSA construction done by the builder itself (Braun et al. 2013,
// "Simple and Efficient Construction of Static Single Assignment Form"), using block parameters
// where the paper uses phis.
// Takes: instructions and terminators from a lowering pass, and reads/writes of "variables" (the
// source language's locals). Gives: a MirFunction in SSA form.
// Invariant: a block's explicit parameters are given when the block is created; parameters that the
// builder adds for variables come after them, and every branch to the block carries matching
// arguments (appended when the block is sealed, i.e. when all its predecessors are known). A
// parameter whose incoming values are all one value (or itself) is removed and replaced by it.
// Invoke edges fill leading parameters implicitly (the normal edge: the call's results; the unwind
// edge: the thrown value); the builder counts them from the target's explicit parameters, so an
// invoke's targets must be created with those parameters first (`newBlock([...results, ...])`).

import { OPS, mapTermValues, termCalls, type BlockCall, type BlockId, type Inst, type MirFunction, type MirType, type Opcode, type Signature, type Terminator, type ValueId, parseSignature } from './mir.js';
import { sigText } from './print.js';

export type VarId = number;

export class FunctionBuilder {
  readonly f: MirFunction;
  private cur: BlockId = 0;
  private sealed = new Set<BlockId>();
  private preds: BlockId[][] = [];
  private defs: Map<BlockId, ValueId>[] = [];
  private varTypes: MirType[] = [];
  private incomplete = new Map<BlockId, Map<VarId, ValueId>>();
  private replaced = new Map<ValueId, ValueId>();
  /** Explicit parameter count per block (those given to newBlock). */
  private explicit: number[] = [];
  /** Per block ending in an invoke: how many parameters its normal edge fills with results. */
  private invokeResults = new Map<BlockId, number>();

  constructor(name: string, sig: Signature) {
    this.f = { name, sig, blocks: [], values: [], external: false };
    this.newBlock(sig.params);
    this.seal(0);
  }

  get current(): BlockId {
    return this.cur;
  }

  /** The entry block's parameters (the function's arguments). */
  get params(): ValueId[] {
    return this.f.blocks[0]!.params;
  }

  newBlock(paramTypes: MirType[] = []): BlockId {
    const id = this.f.blocks.length;
    this.f.blocks.push({ params: [], insts: [], term: undefined });
    this.preds.push([]);
    this.explicit.push(paramTypes.length);
    for (const t of paramTypes) this.addParam(id, t);
    return id;
  }

  blockParams(b: BlockId): ValueId[] {
    return this.f.blocks[b]!.params;
  }

  switchTo(b: BlockId): void {
    this.cur = b;
  }

  isTerminated(b: BlockId = this.cur): boolean {
    return this.f.blocks[b]!.term !== undefined;
  }

  private newValue(type: MirType, def: MirFunction['values'][number]['def']): ValueId {
    this.f.values.push({ type, def });
    return this.f.values.length - 1;
  }

  private addParam(b: BlockId, t: MirType): ValueId {
    const block = this.f.blocks[b]!;
    const v = this.newValue(t, { k: 'param', block: b, index: block.params.length });
    block.params.push(v);
    return v;
  }

  /** Append an instruction; gives its result (undefined for no result). */
  inst(op: Opcode, type: MirType | undefined, args: ValueId[], opts: { imm?: string; callee?: string; results?: MirType[] } = {}): ValueId | undefined {
    const block = this.f.blocks[this.cur]!;
    if (block.term) throw new Error(`bb${this.cur} is already terminated`);
    const info = OPS[op];
    const resultTypes: MirType[] = opts.results ?? (info.result === 'same' ? [type!] : info.result === 'none' || info.result === 'call' ? [] : [info.result]);
    const index = block.insts.length;
    const results = resultTypes.map((t) => this.newValue(t, { k: 'inst', block: this.cur, index }));
    const inst: Inst = { op, type, args: args.map((a) => this.resolve(a)), results, imm: opts.imm, callee: opts.callee };
    block.insts.push(inst);
    return results[0];
  }

  iconst(type: MirType, value: number | bigint | string): ValueId {
    return this.inst('iconst', type, [], { imm: String(value) })!;
  }

  fconst(type: MirType, value: number | string): ValueId {
    return this.inst('fconst', type, [], { imm: typeof value === 'number' ? floatText(value) : value })!;
  }

  call(callee: string, args: ValueId[], results: MirType[]): ValueId[] {
    this.inst('call', undefined, args, { callee, results });
    const block = this.f.blocks[this.cur]!;
    return block.insts[block.insts.length - 1]!.results;
  }

  /** call_indirect through table index `index`; `sig` as `sigText` prints it, or a Signature. */
  callIndirect(sig: Signature | string, index: ValueId, args: ValueId[]): ValueId[] {
    const s = typeof sig === 'string' ? parseSignature(sig) : sig;
    if (!s) throw new Error(`bad signature '${String(sig)}'`);
    this.inst('call_indirect', undefined, [index, ...args], { callee: sigText(s), results: s.results });
    const block = this.f.blocks[this.cur]!;
    return block.insts[block.insts.length - 1]!.results;
  }

  /** The table index of `name` (the caller records it in module.table, e.g. with tableIndex). */
  funcref(name: string): ValueId {
    return this.inst('funcref', undefined, [], { callee: name })!;
  }

  /** The address of byte `offset` of the module's static data. */
  gaddr(offset: number): ValueId {
    return this.inst('gaddr', undefined, [], { imm: String(offset) })!;
  }

  /** Copy n bytes from src to dst; the ranges may overlap. */
  memcpy(dst: ValueId, src: ValueId, n: ValueId): void {
    this.inst('memcpy', undefined, [dst, src, n]);
  }

  /** Fill n bytes at dst with the low 8 bits of `byte`. */
  memset(dst: ValueId, byte: ValueId, n: ValueId): void {
    this.inst('memset', undefined, [dst, byte, n]);
  }

  /** A one-operand typed op (fsqrt, ffloor, fceil, ftrunc, fabs, fneg, conversions). */
  unary(op: Opcode, type: MirType, x: ValueId): ValueId {
    return this.inst(op, type, [x])!;
  }

  /** A two-operand typed op (arithmetic, comparisons, fmin, fmax). */
  binary(op: Opcode, type: MirType, x: ValueId, y: ValueId): ValueId {
    return this.inst(op, type, [x, y])!;
  }

  // ---- terminators ----------------------------------------------------------------------------------

  private terminate(t: Terminator, targets: BlockCall[]): void {
    const block = this.f.blocks[this.cur]!;
    if (block.term) throw new Error(`bb${this.cur} is already terminated`);
    for (const c of targets) {
      c.args = c.args.map((a) => this.resolve(a));
      if (this.sealed.has(c.block)) throw new Error(`bb${c.block} is sealed; no new predecessors`);
      if (!this.preds[c.block]!.includes(this.cur)) this.preds[c.block]!.push(this.cur);
    }
    block.term = t;
  }

  jump(to: BlockId, args: ValueId[] = []): void {
    const c = { block: to, args };
    this.terminate({ k: 'jump', to: c }, [c]);
  }

  br(cond: ValueId, then: BlockId, thenArgs: ValueId[], els: BlockId, elseArgs: ValueId[]): void {
    const a = { block: then, args: thenArgs };
    const b = { block: els, args: elseArgs };
    this.terminate({ k: 'br', cond: this.resolve(cond), then: a, else: b }, [a, b]);
  }

  switch(value: ValueId, cases: { value: string; to: BlockId }[], def: BlockId): void {
    const cs = cases.map((c) => ({ value: c.value, to: { block: c.to, args: [] as ValueId[] } }));
    const d = { block: def, args: [] as ValueId[] };
    this.terminate({ k: 'switch', value: this.resolve(value), cases: cs, default: d }, [...cs.map((c) => c.to), d]);
  }

  ret(values: ValueId[] = []): void {
    this.terminate({ k: 'ret', values: values.map((v) => this.resolve(v)) }, []);
  }

  unreachable(): void {
    this.terminate({ k: 'unreachable' }, []);
  }

  /** End the block by throwing `value` (a ptr). */
  throw(value: ValueId): void {
    this.terminate({ k: 'throw', value: this.resolve(value) }, []);
  }

  /**
   * End the block with a direct call that has an exception edge. `to` must have been created with
   * the callee's result types as its first parameters, followed by one per `toArgs`; `unwind` with a
   * ptr first (the thrown value), followed by one per `unwindArgs`. The results are
   * `blockParams(to).slice(0, results)`.
   */
  invoke(callee: string, args: ValueId[], to: BlockId, toArgs: ValueId[], unwind: BlockId, unwindArgs: ValueId[] = []): void {
    this.invokeTerm(callee, false, args, to, toArgs, unwind, unwindArgs);
  }

  /** As `invoke`, through the table: `index` is the table index, `sig` the callee's signature. */
  invokeIndirect(sig: Signature | string, index: ValueId, args: ValueId[], to: BlockId, toArgs: ValueId[], unwind: BlockId, unwindArgs: ValueId[] = []): void {
    const s = typeof sig === 'string' ? parseSignature(sig) : sig;
    if (!s) throw new Error(`bad signature '${String(sig)}'`);
    this.invokeTerm(sigText(s), true, [index, ...args], to, toArgs, unwind, unwindArgs);
  }

  private invokeTerm(callee: string, indirect: boolean, args: ValueId[], to: BlockId, toArgs: ValueId[], unwind: BlockId, unwindArgs: ValueId[]): void {
    const results = this.explicit[to]! - toArgs.length;
    if (results < 0) throw new Error(`bb${to} has fewer explicit parameters than the invoke passes`);
    if (this.explicit[unwind]! !== unwindArgs.length + 1) throw new Error(`bb${unwind} must take the thrown value, then one parameter per unwind argument`);
    if (to === unwind) throw new Error('invoke: the normal and unwind blocks must differ');
    const a = { block: to, args: toArgs };
    const u = { block: unwind, args: unwindArgs };
    this.invokeResults.set(this.cur, results);
    this.terminate({ k: 'invoke', callee, indirect, args: args.map((x) => this.resolve(x)), to: a, unwind: u }, [a, u]);
  }

  // ---- variables (Braun et al.) -----------------------------------------------------------------------

  declareVar(type: MirType): VarId {
    this.varTypes.push(type);
    this.defs.push(new Map());
    return this.varTypes.length - 1;
  }

  defVar(v: VarId, value: ValueId, block: BlockId = this.cur): void {
    this.defs[v]!.set(block, this.resolve(value));
  }

  useVar(v: VarId, block: BlockId = this.cur): ValueId {
    const d = this.defs[v]!.get(block);
    if (d !== undefined) return this.resolve(d);
    return this.readRecursive(v, block);
  }

  private readRecursive(v: VarId, block: BlockId): ValueId {
    let val: ValueId;
    if (!this.sealed.has(block)) {
      val = this.addParam(block, this.varTypes[v]!);
      let inc = this.incomplete.get(block);
      if (!inc) this.incomplete.set(block, (inc = new Map()));
      inc.set(v, val);
    } else if (this.preds[block]!.length === 1) {
      val = this.useVar(v, this.preds[block]![0]!);
    } else if (this.preds[block]!.length === 0) {
      // Read before any definition on this path (and not the entry): an undefined local. Lowering
      // initialises every local, so this only happens in unreachable code; give a zero.
      val = this.zeroAt(block, this.varTypes[v]!);
    } else {
      val = this.addParam(block, this.varTypes[v]!);
      this.defs[v]!.set(block, val);
      val = this.fillParam(v, block, val);
    }
    this.defs[v]!.set(block, val);
    return val;
  }

  private zeroAt(block: BlockId, t: MirType): ValueId {
    const b = this.f.blocks[block]!;
    const v = this.newValue(t, { k: 'inst', block, index: 0 });
    b.insts.unshift({ op: t === 'f32' || t === 'f64' ? 'fconst' : 'iconst', type: t, args: [], results: [v], imm: '0', callee: undefined });
    b.insts.forEach((inst, i) => inst.results.forEach((r) => (this.f.values[r]!.def = { k: 'inst', block, index: i })));
    return v;
  }

  /** Give a variable parameter its incoming arguments from every predecessor, then simplify. */
  private fillParam(v: VarId, block: BlockId, param: ValueId): ValueId {
    for (const p of this.preds[block]!) {
      const arg = this.useVar(v, p);
      for (const e of this.edgesTo(p, block)) e.c.args.push(arg);
    }
    return this.tryRemoveTrivial(block, param);
  }

  private tryRemoveTrivial(block: BlockId, param: ValueId): ValueId {
    const b = this.f.blocks[block]!;
    const index = b.params.indexOf(param);
    let same: ValueId | undefined;
    for (const p of this.preds[block]!) {
      for (const { c, off } of this.edgesTo(p, block)) {
        const a = this.resolve(c.args[index - off]!);
        if (a === same || a === param) continue;
        if (same !== undefined) return param; // two different incoming values: a real merge
        same = a;
      }
    }
    if (same === undefined) return param; // only itself (unreachable loop): keep it
    // Remove the parameter and its arguments; every later use resolves to `same`.
    b.params.splice(index, 1);
    b.params.slice(index).forEach((p, i) => (this.f.values[p]!.def = { k: 'param', block, index: index + i }));
    for (const p of this.preds[block]!) for (const { c, off } of this.edgesTo(p, block)) c.args.splice(index - off, 1);
    this.f.values[param]!.def = { k: 'none' };
    this.replaced.set(param, same);
    return same;
  }

  /** The edges from block p to `block`, each with the number of target parameters it fills implicitly. */
  private edgesTo(p: BlockId, block: BlockId): { c: BlockCall; off: number }[] {
    const t = this.f.blocks[p]!.term;
    if (!t) return [];
    return termCalls(t).filter((c) => c.block === block).map((c) => ({
      c,
      off: t.k !== 'invoke' ? 0 : c === t.unwind ? 1 : this.invokeResults.get(p)!,
    }));
  }

  seal(block: BlockId): void {
    if (this.sealed.has(block)) return;
    const inc = this.incomplete.get(block);
    this.sealed.add(block);
    if (inc) {
      this.incomplete.delete(block);
      for (const [v, param] of inc) this.fillParam(v, block, param);
    }
  }

  resolve(v: ValueId): ValueId {
    let r = v;
    while (this.replaced.has(r)) r = this.replaced.get(r)!;
    return r;
  }

  /** Seal every block and rewrite uses of removed parameters. */
  finish(): MirFunction {
    for (let b = 0; b < this.f.blocks.length; b++) this.seal(b);
    const r = (v: ValueId) => this.resolve(v);
    for (const b of this.f.blocks) {
      for (const i of b.insts) i.args = i.args.map(r);
      if (b.term) mapTermValues(b.term, r);
    }
    return this.f;
  }
}

/** Shortest text that reads back to the same double. */
export function floatText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  // String(-0) is "0": keep the sign, which Haxe prints ("-0") and 1/x reveals.
  if (Object.is(x, -0)) return '-0.0';
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
