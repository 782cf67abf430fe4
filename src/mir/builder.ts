// Building MIR functions, with SSA construction done by the builder itself (Braun et al. 2013,
// "Simple and Efficient Construction of Static Single Assignment Form"), using block parameters
// where the paper uses phis.
// Takes: instructions and terminators from a lowering pass, and reads/writes of "variables" (the
// source language's locals). Gives: a MirFunction in SSA form.
// Invariant: a block's explicit parameters are given when the block is created; parameters that the
// builder adds for variables come after them, and every branch to the block carries matching
// arguments (appended when the block is sealed, i.e. when all its predecessors are known). A
// parameter whose incoming values are all one value (or itself) is removed and replaced by it.

import { OPS, type BlockCall, type BlockId, type Inst, type MirFunction, type MirType, type Opcode, type Signature, type Terminator, type ValueId } from './mir.js';

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
      for (const c of callsTo(this.f.blocks[p]!.term, block)) c.args.push(arg);
    }
    return this.tryRemoveTrivial(block, param);
  }

  private tryRemoveTrivial(block: BlockId, param: ValueId): ValueId {
    const b = this.f.blocks[block]!;
    const index = b.params.indexOf(param);
    let same: ValueId | undefined;
    for (const p of this.preds[block]!) {
      for (const c of callsTo(this.f.blocks[p]!.term, block)) {
        const a = this.resolve(c.args[index]!);
        if (a === same || a === param) continue;
        if (same !== undefined) return param; // two different incoming values: a real merge
        same = a;
      }
    }
    if (same === undefined) return param; // only itself (unreachable loop): keep it
    // Remove the parameter and its arguments; every later use resolves to `same`.
    b.params.splice(index, 1);
    b.params.slice(index).forEach((p, i) => (this.f.values[p]!.def = { k: 'param', block, index: index + i }));
    for (const p of this.preds[block]!) for (const c of callsTo(this.f.blocks[p]!.term, block)) c.args.splice(index, 1);
    this.f.values[param]!.def = { k: 'none' };
    this.replaced.set(param, same);
    return same;
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
      const t = b.term;
      if (!t) continue;
      for (const c of callsOf(t)) c.args = c.args.map(r);
      if (t.k === 'br') t.cond = r(t.cond);
      if (t.k === 'switch') t.value = r(t.value);
      if (t.k === 'ret') t.values = t.values.map(r);
    }
    return this.f;
  }
}

function callsOf(t: Terminator): BlockCall[] {
  switch (t.k) {
    case 'jump': return [t.to];
    case 'br': return [t.then, t.else];
    case 'switch': return [...t.cases.map((c) => c.to), t.default];
    default: return [];
  }
}

function callsTo(t: Terminator | undefined, block: BlockId): BlockCall[] {
  return t ? callsOf(t).filter((c) => c.block === block) : [];
}

/** Shortest text that reads back to the same double. */
export function floatText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const s = String(x);
  return /[.e]/.test(s) ? s : `${s}.0`;
}
