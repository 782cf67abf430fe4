// Lowering of one function instance: typed AST → MIR through the SSA builder.
// Takes: a FnRequest (field, substitution of type parameters, calling mode) and the Program.
// Gives: the MirFunction; requests for the functions, classes and data it references go to Program.
// Invariant: every expression lowers to a value of the MIR type of its kind (repr.ts) under the
// instance's substitution; conversions between kinds (boxing, Int → Float) happen only in `coerce`.
// Locals are builder variables; a local captured by a closure lives in a heap cell (type id 7) that
// the closure's environment shares, so writes are seen by both sides, as Haxe requires. Inside a
// `try`, calls are `invoke`s whose unwind edge goes to the innermost handler block.

import { FunctionBuilder, type VarId } from '../mir/builder.js';
import type { BlockId, MirFunction, MirType, Signature, ValueId } from '../mir/mir.js';
import type { SourceFile } from '../diag/source.js';
import type { TExpr, TFunc, TVar } from '../typing/texpr.js';
import { follow, type ClassField, type Type } from '../typing/types.js';
import { CLO, HEADER, TID, type FnRequest, type Program } from './program.js';
import { concrete, kindOf, mirType, type Kind, type Subst } from './repr.js';

export interface V {
  v: ValueId;
  k: Kind;
}
export const VOID: V = { v: -1, k: 'void' };

interface LocalSlot {
  id: VarId;
  kind: Kind;
  /** Captured: the variable holds the cell pointer; the value is at +8. */
  cell: boolean;
}

export class FnLower {
  readonly b: FunctionBuilder;
  readonly sub: Subst;
  readonly locals = new Map<number, LocalSlot>();
  thisVar: VarId | undefined;
  thisKind: Kind = 'ptr';
  loops: { brk: BlockId; cont: BlockId; handlers: number }[] = [];
  handlers: BlockId[] = [];
  retKind: Kind;
  file: SourceFile | undefined;
  /** Set while lowering a closure body: the environment layout. */
  env: Map<number, number> | undefined;
  envThis: number | undefined;
  closureCount = 0;
  /** While inlining an abstract member: where `return` goes, and how writes to `this` reach the caller. */
  inlineRet: { exit: BlockId; res: VarId | undefined; kind: Kind } | undefined;
  thisWrite: ((v: V) => void) | undefined;
  /** The expression being lowered (for diagnostics). */
  at: { pos: number; end: number } = { pos: 0, end: 0 };
  /** Inside an array/map comprehension: what a `:yield` does with its value. */
  yieldTo: ((e: TExpr) => void) | undefined;
  /** For trace's PosInfos and messages. */
  traceFile: string | undefined;
  className = '';
  methodName = '';
  /** The class instance whose method is being lowered (for `super`, field initialisers). */
  currentClass: { cls: import('../typing/types.js').ClassType; params: Type[] } | undefined;

  constructor(
    readonly p: Program,
    readonly name: string,
    sig: Signature,
    sub: Subst,
    retKind: Kind,
  ) {
    this.b = new FunctionBuilder(name, sig);
    this.sub = sub;
    this.retKind = retKind;
  }

  kind(t: Type): Kind {
    return kindOf(t, this.sub);
  }

  concrete(t: Type): Type {
    return concrete(t, this.sub);
  }

  // ---- small emitters ------------------------------------------------------------------------------

  i32(n: number): ValueId {
    return this.b.iconst('i32', n | 0);
  }
  nullPtr(): ValueId {
    return this.b.iconst('ptr', 0);
  }
  zero(k: Kind): V {
    switch (k) {
      case 'int': case 'bool': return { v: this.i32(0), k };
      case 'float': return { v: this.b.fconst('f64', 0), k };
      case 'i64': return { v: this.b.iconst('i64', 0), k };
      case 'void': return VOID;
      default: return { v: this.nullPtr(), k: 'ptr' };
    }
  }
  load(k: Kind, ptr: ValueId, off: number): ValueId {
    return this.b.inst('load', mirType(k), [ptr], { imm: String(off) })!;
  }
  store(k: Kind, val: ValueId, ptr: ValueId, off: number): void {
    this.b.inst('store', mirType(k), [val, ptr], { imm: String(off) });
  }
  /** Allocate an object of `size` bytes with header type id `tid`. */
  alloc(size: number, tid: number): ValueId {
    const p = this.b.inst('malloc', undefined, [this.i32(size)])!;
    this.store('int', this.i32(tid), p, 0);
    this.store('int', this.i32(0), p, 4);
    return p;
  }

  /** A fresh block for code after a terminator (unreachable; keeps the builder's invariants). */
  deadBlock(): void {
    const d = this.b.newBlock();
    this.b.seal(d);
    this.b.switchTo(d);
  }

  /** Close blocks left open after a terminator (unreachable code) and give the function. */
  finish(): MirFunction {
    this.b.f.blocks.forEach((blk, i) => {
      if (!blk.term) {
        this.b.switchTo(i);
        this.b.unreachable();
      }
    });
    return this.b.finish();
  }

  terminated(): boolean {
    return this.b.isTerminated();
  }

  // ---- calls: plain or invoke inside a try ---------------------------------------------------------

  call(callee: string, args: ValueId[], results: MirType[]): ValueId[] {
    const h = this.handlers[this.handlers.length - 1];
    if (h === undefined) return this.b.call(callee, args, results);
    const cont = this.b.newBlock(results);
    this.b.invoke(callee, args, cont, [], h, []);
    this.b.seal(cont);
    this.b.switchTo(cont);
    return this.b.blockParams(cont).slice(0, results.length);
  }

  callIndirect(sig: Signature, index: ValueId, args: ValueId[]): ValueId[] {
    const h = this.handlers[this.handlers.length - 1];
    if (h === undefined) return this.b.callIndirect(sig, index, args);
    const cont = this.b.newBlock(sig.results);
    this.b.invokeIndirect(sig, index, args, cont, [], h, []);
    this.b.seal(cont);
    this.b.switchTo(cont);
    return this.b.blockParams(cont).slice(0, sig.results.length);
  }

  /** Call a function by name with values; coerces nothing; gives the result (or VOID). */
  callV(callee: string, args: ValueId[], ret: Kind): V {
    const r = this.call(callee, args, ret === 'void' ? [] : [mirType(ret)]);
    return ret === 'void' ? VOID : { v: r[0]!, k: ret };
  }

  throwValue(v: ValueId): void {
    const h = this.handlers[this.handlers.length - 1];
    if (h !== undefined) this.b.jump(h, [v]);
    else this.b.throw(v);
    this.deadBlock();
  }

  // ---- locals --------------------------------------------------------------------------------------

  declareLocal(tv: TVar, init: V | undefined): void {
    const kind = this.kind(tv.type);
    // A variable declared again (loop bodies, the alternatives of an or-pattern) keeps its builder
    // variable, so the SSA builder merges the definitions where control flow joins.
    const prev = this.locals.get(tv.id);
    if (tv.captured) {
      const cell = this.alloc(16, TID.CELL);
      const id = prev?.cell ? prev.id : this.b.declareVar('ptr');
      this.b.defVar(id, cell);
      this.locals.set(tv.id, { id, kind, cell: true });
      const v = init ? this.coerceKind(init, kind) : this.zero(kind);
      if (kind !== 'void') this.store(kind, v.v, cell, 8);
    } else {
      const id = prev && !prev.cell ? prev.id : this.b.declareVar(mirType(kind === 'void' ? 'ptr' : kind));
      this.locals.set(tv.id, { id, kind, cell: false });
      const v = init ? this.coerceKind(init, kind) : this.zero(kind);
      this.b.defVar(id, kind === 'void' ? this.nullPtr() : v.v);
    }
  }

  slotOf(tv: TVar): LocalSlot {
    let s = this.locals.get(tv.id);
    if (!s) {
      // A variable of an enclosing function reached through the closure environment.
      const off = this.env?.get(tv.id);
      const kind = this.kind(tv.type);
      const id = this.b.declareVar('ptr');
      if (off !== undefined) {
        const envPtr = this.envPtr();
        this.b.defVar(id, this.load('ptr', envPtr, off), 0);
      } else this.b.defVar(id, this.alloc(16, TID.CELL), 0);
      s = { id, kind, cell: true };
      this.locals.set(tv.id, s);
    }
    return s;
  }

  envVar: VarId | undefined;
  envPtr(): ValueId {
    return this.b.useVar(this.envVar!);
  }

  readLocal(tv: TVar): V {
    const s = this.slotOf(tv);
    const v = this.b.useVar(s.id);
    if (s.kind === 'void') return VOID;
    if (!s.cell) return { v, k: s.kind };
    return { v: this.load(s.kind, v, 8), k: s.kind };
  }

  writeLocal(tv: TVar, val: V): V {
    const s = this.slotOf(tv);
    const c = this.coerceKind(val, s.kind);
    if (s.kind === 'void') return VOID;
    if (s.cell) this.store(s.kind, c.v, this.b.useVar(s.id), 8);
    else this.b.defVar(s.id, c.v);
    return c;
  }

  thisValue(): V {
    if (this.thisVar === undefined) {
      if (this.envThis !== undefined) {
        const id = this.b.declareVar('ptr');
        this.b.defVar(id, this.load('ptr', this.envPtr(), this.envThis), 0);
        this.thisVar = id;
      } else return { v: this.nullPtr(), k: 'ptr' };
    }
    return { v: this.b.useVar(this.thisVar), k: this.thisKind };
  }

  // ---- kinds and coercions ---------------------------------------------------------------------------

  rt(cls: string, field: string): string {
    return runtimeFn(this.p, cls, field);
  }

  box(v: V): V {
    switch (v.k) {
      case 'int': return this.callV(this.rt('rayzor.rt.Dyn', 'boxInt'), [v.v], 'ptr');
      case 'bool': return this.callV(this.rt('rayzor.rt.Dyn', 'boxBool'), [v.v], 'ptr');
      case 'float': return this.callV(this.rt('rayzor.rt.Dyn', 'boxFloat'), [v.v], 'ptr');
      case 'i64': return this.callV(this.rt('rayzor.rt.Dyn', 'boxI64'), [v.v], 'ptr');
      case 'void': return { v: this.nullPtr(), k: 'ptr' };
      default: return v;
    }
  }

  unbox(v: V, to: Kind): V {
    switch (to) {
      case 'int': return this.callV(this.rt('rayzor.rt.Dyn', 'unboxInt'), [v.v], 'int');
      case 'bool': return this.callV(this.rt('rayzor.rt.Dyn', 'unboxBool'), [v.v], 'bool');
      case 'float': return this.callV(this.rt('rayzor.rt.Dyn', 'unboxFloat'), [v.v], 'float');
      case 'i64': return this.callV(this.rt('rayzor.rt.Dyn', 'unboxI64'), [v.v], 'i64');
      default: return v;
    }
  }

  /** Convert between kinds: boxing, unboxing, Int ↔ Float, Bool ↔ Int. */
  coerceKind(v: V, to: Kind): V {
    if (v.k === to || to === 'void') return to === 'void' ? v : v;
    if (v.k === 'void') return this.zero(to);
    if (to === 'ptr') return this.box(v);
    if (v.k === 'ptr') return this.unbox(v, to);
    if (to === 'float' && (v.k === 'int' || v.k === 'bool')) return { v: this.b.unary('sitof', 'f64', v.v), k: 'float' };
    if (to === 'float' && v.k === 'i64') return { v: this.b.unary('sitof', 'f64', v.v), k: 'float' };
    if ((to === 'int' || to === 'bool') && v.k === 'float') return { v: this.b.unary('ftosi', 'i32', v.v), k: to };
    if ((to === 'int' || to === 'bool') && (v.k === 'int' || v.k === 'bool')) return { v: v.v, k: to };
    if (to === 'i64' && (v.k === 'int' || v.k === 'bool')) return { v: this.b.unary('sext', 'i64', v.v), k: 'i64' };
    if (to === 'i64' && v.k === 'float') return { v: this.b.unary('ftosi', 'i64', v.v), k: 'i64' };
    if ((to === 'int' || to === 'bool') && v.k === 'i64') return { v: this.b.unary('trunc', 'i32', v.v), k: to };
    return v;
  }

  /** Coerce a value of static type `from` to static type `to` (function types get adapters when their kinds differ). */
  coerce(v: V, from: Type, to: Type): V {
    const tk = this.kind(to);
    if (v.k === 'ptr' && tk === 'ptr') {
      const ff = follow(this.concrete(from));
      const tf = follow(this.concrete(to));
      if (ff.kind === 'fun' && tf.kind === 'fun') return adaptClosure(this, v, ff, tf);
      if ((ff.kind === 'dynamic' || (ff.kind === 'abstract' && ff.abs.path.name === 'Any' && ff.abs.path.pack.length === 0)) && tf.kind === 'inst' && tf.cls.path.name === 'Array' && tf.cls.path.pack.length === 0) {
        return arrayFromDynamic(this, v, tf);
      }
      return v;
    }
    return this.coerceKind(v, tk);
  }

  // ---- positions -------------------------------------------------------------------------------------

  line(pos: number): number {
    return this.file ? this.file.lineCol(pos).line : 0;
  }
}

/** The MIR name of a runtime/std static function by class path and field name. */
export function runtimeFn(p: Program, path: string, field: string): string {
  const c = findClass(p, path);
  if (!c) throw new LowerError(`runtime class ${path} not found`);
  const f = c.statics.get(field);
  if (!f) throw new LowerError(`runtime function ${path}.${field} not found`);
  ensureTyped(p, c);
  return p.requestStatic(c, f, []);
}

/** What the lowering cannot compile yet; `file`/`pos`/`end` place it when known. */
export class LowerError extends Error {
  file: SourceFile | undefined;
  pos = 0;
  end = 0;
}

import type { ClassType } from '../typing/types.js';
export function findClass(p: Program, path: string): ClassType | undefined {
  const parts = path.split('.');
  const name = parts.pop()!;
  const m = p.typer.loader.loadModule(path);
  const t = m?.types.find((x) => x.path.name === name);
  if (t && t.kind === 'class') {
    t.build?.();
    return t;
  }
  return undefined;
}

export function ensureTyped(p: Program, c: ClassType): void {
  p.ensureTyped(c);
}

// Closures and adapters live in closures.ts; imported late to keep this file's core readable.
import { adaptClosure } from './closures.js';
import { arrayFromDynamic } from './values.js';
export type { TExpr, TFunc, ClassField };
