// One MIR function as textual LLVM IR.
// Takes: a verified MIR function and the module context (callee signatures, which functions may
// throw, the glue the module emitter provides). Gives: the `define` text.
// Invariants:
// - Semantics are the interpreter's (src/interp/interp.ts): integer arithmetic wraps; shift counts
//   are masked to the width; sdiv/srem/udiv/urem by zero trap with "Division by zero", and
//   INT_MIN / -1 wraps (x86 would fault) while INT_MIN % -1 is 0; ftosi saturates
//   (llvm.fptosi.sat); fmin/fmax are JavaScript's Math.min/max (NaN wins, -0 below +0), which
//   llvm.minnum is not; memcpy is memmove.
// - Block parameters become phis. An edge that carries arguments to a block its terminator reaches
//   more than once (a switch, or a br with both arms to one block) goes through its own edge block,
//   because a phi has one entry per predecessor block, not per edge.
// - Exceptions use setjmp/longjmp (see module.ts): an `invoke` of a callee that may throw pushes a
//   handler record (a stack slot holding the previous top and a jmp_buf), calls _setjmp, makes the
//   call, pops; a longjmp back lands in the unwind edge with the thrown pointer from @rz.exn. Values
//   an unwind block uses are SSA values defined before the setjmp, which LLVM keeps correct because
//   _setjmp is declared returns_twice. Invokes of callees that cannot throw are plain calls.
// - Only blocks reachable from the entry are emitted; constants (iconst, fconst, gaddr, funcref) are
//   substituted at their uses rather than materialised.

import { termCalls, type BlockCall, type Inst, type MirFunction, type MirModule, type MirType, type Signature, type Terminator, type ValueId } from '../../mir/mir.js';
import { floatConst, floatValue, globalName, intConst, llFnType, llRetType, llType } from './types.js';

/** What a function needs from the module being emitted. */
export interface FuncContext {
  module: MirModule;
  sigOf(name: string): Signature | undefined;
  /** Whether calling `name` may raise a Haxe exception (an invoke of it then needs a handler). */
  mayThrow(name: string): boolean;
  indirectMayThrow: boolean;
  /** Index and signature checks on call_indirect (the interpreter's traps); off in release builds. */
  checkIndirect: boolean;
  /** The id of a signature in @rz.table.sigs (checked builds). */
  sigId(sig: Signature): number;
  tableLength: number;
  /** Ask the module emitter for a piece of glue (a declaration or helper), by name. */
  need(glue: Glue): void;
}

/** The module-level pieces a function body can refer to (module.ts emits each one asked for). */
export type Glue =
  | 'trap' | 'throw' | 'setjmp' | 'memmove' | 'memset' | 'table' | 'data'
  | 'fmin.f32' | 'fmin.f64' | 'fmax.f32' | 'fmax.f64'
  | 'sqrt.f32' | 'sqrt.f64' | 'floor.f32' | 'floor.f64' | 'ceil.f32' | 'ceil.f64' | 'trunc.f32' | 'trunc.f64' | 'fabs.f32' | 'fabs.f64'
  | 'fptosi.sat.i32.f32' | 'fptosi.sat.i32.f64' | 'fptosi.sat.i64.f32' | 'fptosi.sat.i64.f64';

/** Trap codes of rz_trap in platform.c (its message table has the same order). */
export const TRAP_DIV_ZERO = 0;
export const TRAP_UNREACHABLE = 1;
export const TRAP_BAD_FUNCREF = 2;
export const TRAP_BAD_SIGNATURE = 3;

/**
 * Bytes of a handler record: the previous top (8), padding to 16, then a jmp_buf (glibc's is 200
 * bytes on x86-64 and 312 on aarch64; 496 leaves room for any libc we would link).
 */
export const HANDLER_BYTES = 512;

interface LBlock {
  label: string;
  lines: string[];
}

interface Incoming {
  from: string;
  values: string[];
}

const COMPARE: Partial<Record<string, string>> = {
  ieq: 'icmp eq', ine: 'icmp ne', slt: 'icmp slt', sle: 'icmp sle', ult: 'icmp ult', ule: 'icmp ule',
  feq: 'fcmp oeq', fne: 'fcmp une', flt: 'fcmp olt', fle: 'fcmp ole',
};

const BINARY: Partial<Record<string, string>> = {
  iadd: 'add', isub: 'sub', imul: 'mul', and: 'and', or: 'or', xor: 'xor',
  fadd: 'fadd', fsub: 'fsub', fmul: 'fmul', fdiv: 'fdiv',
};

const UNARY_INTRINSIC: Partial<Record<string, string>> = {
  fsqrt: 'sqrt', ffloor: 'floor', fceil: 'ceil', ftrunc: 'trunc', fabs: 'fabs',
};

/** How to emit a function other than as itself: under another name, with direct calls redirected. */
export interface EmitAs {
  name?: string;
  /** Direct callees to call under another name (self-recursion through a clone, see module.ts). */
  redirect?: ReadonlyMap<string, string>;
}

export function emitFunction(f: MirFunction, cx: FuncContext, as: EmitAs = {}): string {
  return new FuncEmitter(f, cx, as).emit();
}

class FuncEmitter {
  private readonly defs = new Map<ValueId, Inst>();
  /** Comparisons' i1 results, usable wherever the i32 value is (same definition point). */
  private readonly bools = new Map<ValueId, string>();
  private readonly incoming = new Map<number, Incoming[]>();
  private readonly out: LBlock[][] = [];
  private cur: LBlock = { label: '', lines: [] };
  private curList: LBlock[] = [];
  private temps = 0;
  private needsHandler = false;
  private divZeroUsed = false;

  constructor(
    private readonly f: MirFunction,
    private readonly cx: FuncContext,
    private readonly as: EmitAs,
  ) {
    for (const b of f.blocks) for (const i of b.insts) for (const r of i.results) this.defs.set(r, i);
  }

  emit(): string {
    const f = this.f;
    const reach = reachable(f, (t) => this.invokeThrows(t));
    for (let bi = 0; bi < f.blocks.length; bi++) {
      if (!reach[bi]) continue;
      this.curList = [];
      this.out[bi] = this.curList;
      this.start(`bb${bi}`);
      const b = f.blocks[bi]!;
      for (const inst of b.insts) this.inst(inst);
      this.term(bi, b.term!);
    }
    const params = (f.blocks[0]?.params ?? []).map((p) => `${llType(this.type(p))} %v${p}`).join(', ');
    const lines = [`define internal ${llRetType(f.sig)} ${globalName(this.as.name ?? f.name)}(${params}) #0 {`];
    for (let bi = 0; bi < f.blocks.length; bi++) {
      const list = this.out[bi];
      if (!list) continue;
      list.forEach((lb, k) => {
        lines.push(`${lb.label}:`);
        if (bi === 0 && k === 0 && this.needsHandler) lines.push(`  %rz.h = alloca [${HANDLER_BYTES / 8} x i64], align 16`);
        if (k === 0) lines.push(...this.phis(bi));
        for (const l of lb.lines) lines.push(`  ${l}`);
      });
    }
    if (this.divZeroUsed) {
      lines.push('rz.divz:', `  call void @rz_trap(i32 ${TRAP_DIV_ZERO})`, '  unreachable');
    }
    lines.push('}');
    return lines.join('\n') + '\n';
  }

  // ---- blocks and values ------------------------------------------------------------------------------

  private start(label: string): void {
    this.cur = { label, lines: [] };
    this.curList.push(this.cur);
  }

  private line(s: string): void {
    this.cur.lines.push(s);
  }

  private tmp(): string {
    return `%t${this.temps++}`;
  }

  private type(v: ValueId): MirType {
    return this.f.values[v]!.type;
  }

  private ty(v: ValueId): string {
    return llType(this.type(v));
  }

  /** A value as an operand: a literal for constants, the source for no-op conversions, else %vN. */
  private val(v: ValueId): string {
    const d = this.defs.get(v);
    if (d) {
      switch (d.op) {
        case 'iconst': return intConst(d.imm!, d.type!);
        case 'fconst': return floatConst(floatValue(d.imm!), d.type as 'f32' | 'f64');
        case 'gaddr': {
          this.cx.need('data');
          const off = Number(d.imm ?? 0);
          return off === 0 ? '@rz.data' : `getelementptr inbounds (i8, ptr @rz.data, i64 ${off})`;
        }
        case 'funcref': return String(this.cx.module.table.indexOf(d.callee!));
        case 'fconv':
        case 'bitcast':
          if (d.type === this.type(d.args[0]!)) return this.val(d.args[0]!);
          break;
        default: break;
      }
    }
    return `%v${v}`;
  }

  private typed(v: ValueId): string {
    return `${this.ty(v)} ${this.val(v)}`;
  }

  /** An i32 condition as i1. */
  private cond(v: ValueId): string {
    const b = this.bools.get(v);
    if (b) return b;
    const c = this.val(v);
    if (/^-?\d+$/.test(c)) return c === '0' ? 'false' : 'true';
    const t = this.tmp();
    this.line(`${t} = icmp ne i32 ${c}, 0`);
    return t;
  }

  /** The integer constant a value holds, when it is one. */
  private constInt(v: ValueId): bigint | undefined {
    const d = this.defs.get(v);
    if (d?.op !== 'iconst' || d.type === 'ptr') return undefined;
    const s = intConst(d.imm!, d.type!);
    return BigInt(s);
  }

  private addr(p: ValueId, imm: string | undefined): string {
    const off = Number(imm ?? 0);
    if (off === 0) return this.val(p);
    const t = this.tmp();
    this.line(`${t} = getelementptr i8, ptr ${this.val(p)}, i64 ${off}`);
    return t;
  }

  // ---- instructions -----------------------------------------------------------------------------------

  private inst(i: Inst): void {
    const d = i.results[0];
    const dst = d === undefined ? '' : `%v${d}`;
    const t = i.type;
    const a = i.args;
    const lt = t ? llType(t) : '';
    switch (i.op) {
      case 'iconst': case 'fconst': case 'gaddr': case 'funcref':
        return; // substituted at their uses
      case 'iadd': case 'isub': case 'imul': case 'and': case 'or': case 'xor':
      case 'fadd': case 'fsub': case 'fmul': case 'fdiv':
        this.line(`${dst} = ${BINARY[i.op]} ${lt} ${this.val(a[0]!)}, ${this.val(a[1]!)}`);
        return;
      case 'shl': case 'sshr': case 'ushr': {
        const op = i.op === 'shl' ? 'shl' : i.op === 'sshr' ? 'ashr' : 'lshr';
        const bits = t === 'i64' ? 63n : 31n;
        const k = this.constInt(a[1]!);
        let n: string;
        if (k !== undefined) n = String(k & bits);
        else {
          n = this.tmp();
          this.line(`${n} = and ${lt} ${this.val(a[1]!)}, ${bits}`);
        }
        this.line(`${dst} = ${op} ${lt} ${this.val(a[0]!)}, ${n}`);
        return;
      }
      case 'sdiv': case 'srem': case 'udiv': case 'urem':
        this.division(i, dst, lt);
        return;
      case 'fneg':
        this.line(`${dst} = fneg ${lt} ${this.val(a[0]!)}`);
        return;
      case 'fsqrt': case 'ffloor': case 'fceil': case 'ftrunc': case 'fabs': {
        const name = `${UNARY_INTRINSIC[i.op]}.${t}` as Glue;
        this.cx.need(name);
        this.line(`${dst} = call ${lt} @llvm.${UNARY_INTRINSIC[i.op]}.${t === 'f32' ? 'f32' : 'f64'}(${lt} ${this.val(a[0]!)})`);
        return;
      }
      case 'fmin': case 'fmax': {
        const name = `${i.op}.${t}` as Glue;
        this.cx.need(name);
        this.line(`${dst} = call ${lt} @rz.${name}(${lt} ${this.val(a[0]!)}, ${lt} ${this.val(a[1]!)})`);
        return;
      }
      case 'ieq': case 'ine': case 'slt': case 'sle': case 'ult': case 'ule':
      case 'feq': case 'fne': case 'flt': case 'fle': {
        const b = this.tmp();
        this.line(`${b} = ${COMPARE[i.op]} ${lt} ${this.val(a[0]!)}, ${this.val(a[1]!)}`);
        this.line(`${dst} = zext i1 ${b} to i32`);
        this.bools.set(d!, b);
        return;
      }
      case 'sext': case 'zext':
        this.line(`${dst} = ${i.op} i32 ${this.val(a[0]!)} to i64`);
        return;
      case 'trunc':
        this.line(`${dst} = trunc i64 ${this.val(a[0]!)} to i32`);
        return;
      case 'sitof':
        this.line(`${dst} = sitofp ${this.typed(a[0]!)} to ${lt}`);
        return;
      case 'ftosi': {
        const from = this.type(a[0]!);
        const name = `fptosi.sat.${t}.${from}` as Glue;
        this.cx.need(name);
        this.line(`${dst} = call ${lt} @llvm.${name}(${this.typed(a[0]!)})`);
        return;
      }
      case 'fconv': {
        const from = this.type(a[0]!);
        if (from === t) return; // an alias (see val)
        this.line(`${dst} = ${from === 'f32' ? 'fpext' : 'fptrunc'} ${this.typed(a[0]!)} to ${lt}`);
        return;
      }
      case 'bitcast':
        this.bitcast(a[0]!, t!, dst);
        return;
      case 'select':
        this.line(`${dst} = select i1 ${this.cond(a[0]!)}, ${lt} ${this.val(a[1]!)}, ${lt} ${this.val(a[2]!)}`);
        return;
      case 'load': {
        const p = this.addr(a[0]!, i.imm);
        this.line(`${dst} = load ${lt}, ptr ${p}, align 1`);
        return;
      }
      case 'load8s': case 'load8u': case 'load16s': case 'load16u': {
        const p = this.addr(a[0]!, i.imm);
        const narrow = i.op.startsWith('load8') ? 'i8' : 'i16';
        const x = this.tmp();
        this.line(`${x} = load ${narrow}, ptr ${p}, align 1`);
        this.line(`${dst} = ${i.op.endsWith('s') ? 'sext' : 'zext'} ${narrow} ${x} to ${lt}`);
        return;
      }
      case 'store': {
        const p = this.addr(a[1]!, i.imm);
        this.line(`store ${lt} ${this.val(a[0]!)}, ptr ${p}, align 1`);
        return;
      }
      case 'store8': case 'store16': {
        const p = this.addr(a[1]!, i.imm);
        const narrow = i.op === 'store8' ? 'i8' : 'i16';
        const x = this.tmp();
        this.line(`${x} = trunc ${lt} ${this.val(a[0]!)} to ${narrow}`);
        this.line(`store ${narrow} ${x}, ptr ${p}, align 1`);
        return;
      }
      case 'ptrtoint':
        this.line(`${dst} = ptrtoint ptr ${this.val(a[0]!)} to ${lt}`);
        return;
      case 'ptradd':
        this.line(`${dst} = getelementptr i8, ptr ${this.val(a[0]!)}, i32 ${this.val(a[1]!)}`);
        return;
      case 'memcpy':
        this.cx.need('memmove');
        this.line(`call void @llvm.memmove.p0.p0.i32(ptr ${this.val(a[0]!)}, ptr ${this.val(a[1]!)}, i32 ${this.val(a[2]!)}, i1 false)`);
        return;
      case 'memset': {
        this.cx.need('memset');
        const x = this.tmp();
        this.line(`${x} = trunc i32 ${this.val(a[1]!)} to i8`);
        this.line(`call void @llvm.memset.p0.i32(ptr ${this.val(a[0]!)}, i8 ${x}, i32 ${this.val(a[2]!)}, i1 false)`);
        return;
      }
      case 'malloc':
        this.line(`${dst} = call ptr @rayzor_malloc(i32 ${this.val(a[0]!)})`);
        return;
      case 'realloc':
        this.line(`${dst} = call ptr @rayzor_realloc(ptr ${this.val(a[0]!)}, i32 ${this.val(a[1]!)}, i32 ${this.val(a[2]!)})`);
        return;
      case 'free':
        this.line(`call void @rayzor_free(ptr ${this.val(a[0]!)}, i32 ${this.val(a[1]!)})`);
        return;
      case 'call': {
        const sig = this.cx.sigOf(i.callee!)!;
        this.callResults(`call ${llRetType(sig)} ${this.callee(i.callee!)}(${this.args(a)})`, sig, i.results);
        return;
      }
      case 'call_indirect': {
        const sig = parseSig(i.callee!);
        const fp = this.tableEntry(a[0]!, sig);
        this.callResults(`call ${llFnType(sig)} ${fp}(${this.args(a.slice(1))})`, sig, i.results);
        return;
      }
    }
  }

  private callee(name: string): string {
    return globalName(this.as.redirect?.get(name) ?? name);
  }

  private args(vs: ValueId[]): string {
    return vs.map((v) => this.typed(v)).join(', ');
  }

  /** Emit a call and bind its results to the given value ids (extractvalue for several). */
  private callResults(call: string, sig: Signature, results: readonly ValueId[]): void {
    this.callValues(call, sig).forEach((rhs, k) => {
      const v = results[k];
      if (v !== undefined) this.line(`%v${v} = ${rhs}`);
    });
  }

  /**
   * Emit `call` and give, per result, either the right-hand side that defines it (one result: the
   * call itself) or an extractvalue. Callers turn them into definitions.
   */
  private callValues(call: string, sig: Signature): string[] {
    if (sig.results.length === 0) {
      this.line(call);
      return [];
    }
    if (sig.results.length === 1) return [call];
    const agg = this.tmp();
    this.line(`${agg} = ${call}`);
    return sig.results.map((_, k) => `extractvalue ${llRetType(sig)} ${agg}, ${k}`);
  }

  /** The function pointer at a table index (checked against the table and the signature when asked). */
  private tableEntry(index: ValueId, sig: Signature): string {
    this.cx.need('table');
    const idx = this.val(index);
    if (this.cx.checkIndirect) {
      this.cx.need('trap');
      const inRange = this.tmp();
      this.line(`${inRange} = icmp ult i32 ${idx}, ${this.cx.tableLength}`);
      this.guard(inRange, TRAP_BAD_FUNCREF);
      const sp = this.tmp();
      const sv = this.tmp();
      const ok = this.tmp();
      this.line(`${sp} = getelementptr [${this.cx.tableLength} x i32], ptr @rz.table.sigs, i64 0, i32 ${idx}`);
      this.line(`${sv} = load i32, ptr ${sp}`);
      this.line(`${ok} = icmp eq i32 ${sv}, ${this.cx.sigId(sig)}`);
      this.guard(ok, TRAP_BAD_SIGNATURE);
    }
    const slot = this.tmp();
    const fp = this.tmp();
    this.line(`${slot} = getelementptr [${this.cx.tableLength} x ptr], ptr @rz.table, i64 0, i32 ${idx}`);
    this.line(`${fp} = load ptr, ptr ${slot}`);
    return fp;
  }

  /** Continue when `ok` (i1) holds, else trap with `code`. */
  private guard(ok: string, code: number): void {
    const base = this.cur.label;
    const n = this.temps++;
    const fail = `${base}.trap${n}`;
    const cont = `${base}.ok${n}`;
    this.line(`br i1 ${ok}, label %${cont}, label %${fail}, !prof !0`);
    this.start(fail);
    this.line(`call void @rz_trap(i32 ${code})`);
    this.line('unreachable');
    this.start(cont);
  }

  private division(i: Inst, dst: string, lt: string): void {
    const [x, y] = [i.args[0]!, i.args[1]!];
    const k = this.constInt(y);
    const xv = this.val(x);
    const yv = this.val(y);
    const op = i.op;
    if (k === undefined || k === 0n) {
      // y may be zero: branch to the function's shared trap block.
      this.cx.need('trap');
      this.divZeroUsed = true;
      const z = this.tmp();
      this.line(`${z} = icmp eq ${lt} ${yv}, 0`);
      const cont = `${this.cur.label}.d${this.temps++}`;
      this.line(`br i1 ${z}, label %rz.divz, label %${cont}, !prof !1`);
      this.start(cont);
    }
    if (op === 'udiv' || op === 'urem') {
      this.line(`${dst} = ${op} ${lt} ${xv}, ${yv}`);
      return;
    }
    if (k !== undefined && k !== -1n && k !== 0n) {
      this.line(`${dst} = ${op} ${lt} ${xv}, ${yv}`);
      return;
    }
    // y may be -1: INT_MIN / -1 overflows (a fault on x86); the interpreter wraps it, and x % -1 is 0.
    const m1 = this.tmp();
    const ys = this.tmp();
    const q = this.tmp();
    this.line(`${m1} = icmp eq ${lt} ${yv}, -1`);
    this.line(`${ys} = select i1 ${m1}, ${lt} 1, ${lt} ${yv}`);
    this.line(`${q} = ${op} ${lt} ${xv}, ${ys}`);
    if (op === 'sdiv') {
      const n = this.tmp();
      this.line(`${n} = sub ${lt} 0, ${xv}`);
      this.line(`${dst} = select i1 ${m1}, ${lt} ${n}, ${lt} ${q}`);
    } else {
      this.line(`${dst} = select i1 ${m1}, ${lt} 0, ${lt} ${q}`);
    }
  }

  private bitcast(src: ValueId, to: MirType, dst: string): void {
    const from = this.type(src);
    if (from === to) return; // an alias (see val)
    const v = this.val(src);
    const lf = llType(from);
    const lt = llType(to);
    const isFloat = (t: MirType) => t === 'f32' || t === 'f64';
    const intOf = (t: MirType) => (t === 'f32' || t === 'i32' ? 'i32' : 'i64');
    if (from !== 'ptr' && to !== 'ptr' && intOf(from) === intOf(to)) {
      this.line(`${dst} = bitcast ${lf} ${v} to ${lt}`);
      return;
    }
    // MIR's bitcast is between equal widths, and ptr is 64 bits here: go through integers.
    let bits = v;
    let bt = lf;
    if (isFloat(from)) {
      bits = this.tmp();
      bt = intOf(from);
      this.line(`${bits} = bitcast ${lf} ${v} to ${bt}`);
    }
    if (to === 'ptr') {
      this.line(`${dst} = inttoptr ${bt} ${bits} to ptr`);
      return;
    }
    const it = intOf(to);
    if (from === 'ptr') {
      if (!isFloat(to)) {
        this.line(`${dst} = ptrtoint ptr ${v} to ${lt}`);
        return;
      }
      bits = this.tmp();
      this.line(`${bits} = ptrtoint ptr ${v} to ${it}`);
      this.line(`${dst} = bitcast ${it} ${bits} to ${lt}`);
      return;
    }
    let r = bits;
    if (bt !== it) {
      r = this.tmp();
      this.line(`${r} = ${bt === 'i64' ? 'trunc' : 'zext'} ${bt} ${bits} to ${it}`);
    }
    this.line(isFloat(to) ? `${dst} = bitcast ${it} ${r} to ${lt}` : `${dst} = add ${it} ${r}, 0`);
  }

  // ---- terminators ------------------------------------------------------------------------------------

  /**
   * The label a branch should name for edge `c`, recording the phi values the target receives:
   * `lead` (invoke results or the thrown pointer) then the edge's arguments. With `split`, the edge
   * gets a block of its own.
   */
  private edge(c: BlockCall, lead: string[], split: boolean): string {
    const target = this.f.blocks[c.block]!;
    const to = `bb${c.block}`;
    if (target.params.length === 0) return to;
    const values = [...lead, ...c.args.map((v) => this.val(v))];
    let from = this.cur.label;
    if (split) {
      from = `${this.cur.label}.e${this.temps++}`;
      this.curList.push({ label: from, lines: [`br label %${to}`] });
    }
    const list = this.incoming.get(c.block) ?? [];
    list.push({ from, values });
    this.incoming.set(c.block, list);
    return split ? from : to;
  }

  private phis(bi: number): string[] {
    const b = this.f.blocks[bi]!;
    if (bi === 0 || b.params.length === 0) return [];
    const inc = this.incoming.get(bi) ?? [];
    return b.params.map((p, k) => `  %v${p} = phi ${this.ty(p)} ${inc.map((e) => `[ ${e.values[k]}, %${e.from} ]`).join(', ')}`);
  }

  private term(bi: number, t: Terminator): void {
    const calls = termCalls(t);
    const seen = new Map<number, number>();
    for (const c of calls) seen.set(c.block, (seen.get(c.block) ?? 0) + 1);
    const split = (c: BlockCall) => (seen.get(c.block) ?? 0) > 1;
    switch (t.k) {
      case 'jump':
        this.line(`br label %${this.edge(t.to, [], false)}`);
        return;
      case 'br': {
        const c = this.cond(t.cond);
        const hold = this.cur;
        const a = this.edge(t.then, [], split(t.then));
        const b = this.edge(t.else, [], split(t.else));
        hold.lines.push(`br i1 ${c}, label %${a}, label %${b}`);
        return;
      }
      case 'switch': {
        const ty = this.ty(t.value);
        const v = this.val(t.value);
        const hold = this.cur;
        const def = this.edge(t.default, [], split(t.default));
        const cases = t.cases.map((c) => `${ty} ${intConst(c.value, this.type(t.value))}, label %${this.edge(c.to, [], split(c.to))}`);
        hold.lines.push(`switch ${ty} ${v}, label %${def} [${cases.length ? ` ${cases.join(' ')} ` : ''}]`);
        return;
      }
      case 'ret': {
        const sig = this.f.sig;
        if (t.values.length === 0) this.line('ret void');
        else if (t.values.length === 1) this.line(`ret ${this.typed(t.values[0]!)}`);
        else {
          const rt = llRetType(sig);
          let agg = 'undef';
          t.values.forEach((v, k) => {
            const n = this.tmp();
            this.line(`${n} = insertvalue ${rt} ${agg}, ${this.typed(v)}, ${k}`);
            agg = n;
          });
          this.line(`ret ${rt} ${agg}`);
        }
        return;
      }
      case 'unreachable':
        this.cx.need('trap');
        this.line(`call void @rz_trap(i32 ${TRAP_UNREACHABLE})`);
        this.line('unreachable');
        return;
      case 'throw':
        this.cx.need('throw');
        this.line(`call void @rz.throw(ptr ${this.val(t.value)})`);
        this.line('unreachable');
        return;
      case 'invoke':
        this.invoke(bi, t);
        return;
    }
  }

  private invokeThrows(t: Extract<Terminator, { k: 'invoke' }>): boolean {
    return t.indirect ? this.cx.indirectMayThrow : this.cx.mayThrow(t.callee);
  }

  private invoke(bi: number, t: Extract<Terminator, { k: 'invoke' }>): void {
    const sig = t.indirect ? parseSig(t.callee) : this.cx.sigOf(t.callee)!;
    const args = t.indirect ? t.args.slice(1) : t.args;
    const throws = this.invokeThrows(t);
    const callee = () => (t.indirect ? this.tableEntry(t.args[0]!, sig) : this.callee(t.callee));
    const fnType = () => (t.indirect ? llFnType(sig) : llRetType(sig));
    if (!throws) {
      const results = this.resultValues(`call ${fnType()} ${callee()}(${this.args(args)})`, sig);
      this.line(`br label %${this.edge(t.to, results, false)}`);
      return;
    }
    this.needsHandler = true;
    this.cx.need('setjmp');
    this.cx.need('throw');
    const prev = this.tmp();
    const jr = this.tmp();
    const z = this.tmp();
    this.line(`${prev} = load ptr, ptr @rz.top`);
    this.line(`store ptr ${prev}, ptr %rz.h`);
    this.line(`store ptr %rz.h, ptr @rz.top`);
    const buf = this.tmp();
    this.line(`${buf} = getelementptr i8, ptr %rz.h, i64 16`);
    this.line(`${jr} = call i32 @_setjmp(ptr ${buf}) #1`);
    this.line(`${z} = icmp eq i32 ${jr}, 0`);
    const callL = `bb${bi}.call`;
    const catchL = `bb${bi}.catch`;
    this.line(`br i1 ${z}, label %${callL}, label %${catchL}, !prof !0`);
    this.start(callL);
    const results = this.resultValues(`call ${fnType()} ${callee()}(${this.args(args)})`, sig);
    this.line(`store ptr ${prev}, ptr @rz.top`);
    this.line(`br label %${this.edge(t.to, results, false)}`);
    this.start(catchL);
    // rz.throw already popped this handler (top = its prev) before jumping here.
    const exn = this.tmp();
    this.line(`${exn} = load ptr, ptr @rz.exn`);
    this.line(`br label %${this.edge(t.unwind, [exn], false)}`);
  }

  /** Emit a call and give its results as operands (temporaries). */
  private resultValues(call: string, sig: Signature): string[] {
    return this.callValues(call, sig).map((rhs) => {
      const n = this.tmp();
      this.line(`${n} = ${rhs}`);
      return n;
    });
  }
}

function parseSig(text: string): Signature {
  const m = /^\(([^)]*)\)\s*(?:->\s*(.+))?$/.exec(text.trim());
  if (!m) throw new Error(`bad signature ${text}`);
  const list = (s: string) => (s.trim() ? s.split(',').map((x) => x.trim() as MirType) : []);
  const r = m[2]?.trim();
  return { params: list(m[1]!), results: r === undefined ? [] : r.startsWith('(') ? list(r.slice(1, -1)) : [r as MirType] };
}

export { parseSig };

/**
 * Blocks reachable from the entry; an invoke's unwind edge counts only when `throws` says its callee
 * can raise (otherwise no phi entry would ever come from it).
 */
export function reachable(f: MirFunction, throws: (t: Extract<Terminator, { k: 'invoke' }>) => boolean = () => true): boolean[] {
  const seen = new Array<boolean>(f.blocks.length).fill(false);
  if (f.blocks.length === 0) return seen;
  const stack = [0];
  seen[0] = true;
  while (stack.length) {
    const b = stack.pop()!;
    const t = f.blocks[b]!.term;
    const succ = t?.k === 'invoke' && !throws(t) ? [t.to] : termCalls(t);
    for (const c of succ) {
      if (!seen[c.block]) {
        seen[c.block] = true;
        stack.push(c.block);
      }
    }
  }
  return seen;
}
