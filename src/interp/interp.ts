// The MIR interpreter: tier 0, the reference executor, and what runs whole programs before a backend.
// Takes: a verified MirModule and host functions for its `declare`d externals. Gives: `call(name,
// args)` running a function over a linear little-endian memory with the wasm layout (32-bit pointers).
// Invariant: i32 and ptr values are JS numbers kept in int32 range, i64 are bigints kept in int64
// range, f32 are rounded with Math.fround; integer arithmetic wraps as on wasm and native.
//
// Memory layout: addresses [0, 1024) are never valid (a load or store there traps "Null access", so
// a field access through null traps too); the module's data image sits at 1024 (DATA_BASE) with its
// relocations applied; the heap starts after it, 8-aligned, and grows with `rayzor_host_sbrk`, which
// the interpreter implements itself unless the host record provides it. Accesses at or beyond the
// heap end trap. `malloc/realloc/free` call the module's `rayzor_malloc/realloc/free` when it defines
// them (the runtime written in Haxe), else a host allocator on top of sbrk with the same contract.
//
// Execution: each function is compiled on its first call to segments: straight-line closures (one per
// instruction, specialised by opcode and type, so nothing is allocated per instruction) ending at a
// call or a terminator. Calls do not recurse in JS: frames live on an explicit stack, so recursion
// depth is bounded by `maxDepth` (default 100,000 frames, trap "Stack overflow"), not by the JS stack.
// Constants (iconst, fconst, funcref, gaddr) are stored once in a per-function register template
// that each frame copies. Exceptions: `throw` unwinds the explicit stack to the nearest frame
// suspended in an `invoke` and continues at its unwind block; when none is left, `call` throws a JS
// MirThrow carrying the thrown pointer. Hosts may throw MirThrow too. MirTrap is never caught.

import { fillTable, parseSignature, type BlockCall, type Inst, type MirFunction, type MirModule, type MirType } from '../mir/mir.js';
import { sigText } from '../mir/print.js';

export type MirValue = number | bigint;

export class MirTrap extends Error {}

/** A Haxe exception leaving `Interpreter.call` (or thrown by a host function into MIR code). */
export class MirThrow extends Error {
  constructor(readonly value: number) {
    super(`Uncaught exception (value at ${value})`);
  }
}

/** A host function: called with the MIR arguments, `this` bound to the interpreter. */
export type HostFn = (this: Interpreter, ...args: MirValue[]) => MirValue | MirValue[] | void;

export interface InterpOptions {
  /** sbrk fails (gives 0) when the heap (heap start to heap end) would grow beyond this. */
  maxHeapBytes?: number;
  /** Frames on the MIR call stack before the "Stack overflow" trap. */
  maxDepth?: number;
  /** Initial size of linear memory in bytes (it grows on demand). */
  initialBytes?: number;
}

export const NULL_LIMIT = 1024;
export const DATA_BASE = 1024;
const MAX_MEMORY = 0x7fff0000;
const UTF8 = new TextDecoder();

// Registers: one slot per value id. Their type is `any[]` on purpose: each closure is specialised
// for its opcode and type, so it knows whether a slot holds a number or a bigint.
type Regs = any[];
type Op = (r: Regs) => void;

// Segment tails.
const JUMP = 0, BR = 1, SWITCH = 2, RET = 3, UNREACHABLE = 4, THROW = 5, CALL = 6, INVOKE = 7;

/** A block edge: copy `src` registers into the target's parameters after `lead` implicit values. */
class Edge {
  constructor(
    readonly seg: Seg,
    readonly dst: Int32Array,
    readonly src: Int32Array,
    readonly lead: number,
    /** Some source is also a destination (a swap): copy through a temporary. */
    readonly tmp: boolean,
  ) {}
}

/** Straight-line code up to a call or a terminator. Fields unused by a tail kind stay null/empty. */
class Seg {
  ops: Op[] = [];
  kind = UNREACHABLE;
  /** br condition, switch value, throw value, or the table-index register of an indirect call. */
  a = -1;
  e1: Edge | null = null;
  e2: Edge | null = null;
  cases: Map<MirValue, Edge> | null = null;
  /** ret values, or call arguments (without the table index). */
  vals: Int32Array = EMPTY;
  /** call results (for `call`; an invoke's results go to e1's leading parameters). */
  results: Int32Array = EMPTY;
  /** Direct callee, or null for an indirect call (then `sig` is the expected signature text). */
  callee: CFunc | null = null;
  sig = '';
  /** The continuation after a `call`. */
  next: Seg | null = null;
  constructor(readonly fn: CFunc) {}
}

const EMPTY = new Int32Array(0);
/** Register arrays kept per function for reuse (more would only hold memory after deep recursion). */
const POOL = 64;

class CFunc {
  entry: Seg | null = null;
  template: Regs = [];
  /**
   * Register arrays of returned frames, reused by the next call. Safe without clearing: constant
   * slots are never written, and SSA dominance means every other slot is written before it is read.
   */
  pool: Regs[] = [];
  params: Int32Array = EMPTY;
  readonly sig: string;
  constructor(
    readonly name: string,
    readonly f: MirFunction | undefined,
    /** For externals: the host function (undefined: missing, trap when called). */
    readonly host: HostFn | undefined,
  ) {
    this.sig = f ? sigText(f.sig) : '';
  }
}

export class Interpreter {
  private cfuncs = new Map<string, CFunc>();
  private tableFns: (CFunc | undefined)[] = [];
  /** Linear memory. Replaced (not resized) when it grows: hosts must re-read it after any call. */
  mem: DataView;
  /** Byte view of the same memory (also replaced on growth). */
  bytes: Uint8Array;
  /** First heap byte (after the data image, 8-aligned). */
  readonly heapBase: number;
  private brk: number;
  private freeLists = new Map<number, number[]>();
  private readonly maxDepth: number;
  private readonly maxHeap: number | undefined;
  // The explicit call stack: the caller's registers and the segment suspended at the call.
  private frameRegs: Regs[] = [];
  private frameSegs: Seg[] = [];
  private tmp: MirValue[] = [];
  private mallocFn: CFunc | undefined;
  private reallocFn: CFunc | undefined;
  private freeFn: CFunc | undefined;

  constructor(
    readonly module: MirModule,
    readonly host: Record<string, HostFn> = {},
    opts: InterpOptions = {},
  ) {
    if (!module.table) module.table = [];
    fillTable(module);
    this.maxDepth = opts.maxDepth ?? 100_000;
    this.maxHeap = opts.maxHeapBytes;
    const data = module.data ?? { bytes: new Uint8Array(0), relocs: [] };
    this.heapBase = (DATA_BASE + data.bytes.length + 7) & ~7;
    this.brk = this.heapBase;
    const size = Math.max(opts.initialBytes ?? 1 << 20, this.heapBase + 65536);
    this.bytes = new Uint8Array((size + 65535) & ~65535);
    this.mem = new DataView(this.bytes.buffer);
    this.bytes.set(data.bytes, DATA_BASE);
    for (const r of data.relocs) this.mem.setUint32(DATA_BASE + r, (this.mem.getUint32(DATA_BASE + r, true) + DATA_BASE) >>> 0, true);
    for (const f of module.funcs) {
      const own = Object.hasOwn(this.host, f.name) ? this.host[f.name] : undefined;
      const host = f.external ? own ?? (f.name === 'rayzor_host_sbrk' ? (n: MirValue) => this.sbrk(n as number) : undefined) : undefined;
      this.cfuncs.set(f.name, new CFunc(f.name, f, host));
    }
    const defined = (n: string) => {
      const c = this.cfuncs.get(n);
      return c && !c.f!.external ? c : undefined;
    };
    this.mallocFn = defined('rayzor_malloc');
    this.reallocFn = defined('rayzor_realloc');
    this.freeFn = defined('rayzor_free');
  }

  // ---- memory ---------------------------------------------------------------------------------------

  /** The current heap end (what sbrk would give next). */
  get heapEnd(): number {
    return this.brk;
  }

  /** Grow the heap by `n` bytes; gives the old heap end, or 0 when it cannot grow. */
  sbrk(n: number): number {
    if (n < 0) return 0;
    const old = this.brk;
    const end = old + n;
    if (end > MAX_MEMORY) return 0;
    if (this.maxHeap !== undefined && end - this.heapBase > this.maxHeap) return 0;
    if (end > this.bytes.length) {
      let size = this.bytes.length;
      while (size < end) size = Math.min(size * 2, MAX_MEMORY);
      const next = new Uint8Array(size);
      next.set(this.bytes);
      this.bytes = next;
      this.mem = new DataView(next.buffer);
    }
    this.brk = end;
    return old;
  }

  /** The host allocator: 8-byte aligned blocks from sbrk, exact-size free lists (callers pass sizes back). */
  hostMalloc(size: number): number {
    const n = Math.max(8, (size + 7) & ~7);
    const list = this.freeLists.get(n);
    if (list && list.length) return list.pop()!;
    const p = this.sbrk(n);
    if (p === 0) throw new MirTrap('Out of memory');
    return p;
  }

  hostFree(p: number, size: number): void {
    if (p === 0) return;
    const n = Math.max(8, (size + 7) & ~7);
    let list = this.freeLists.get(n);
    if (!list) this.freeLists.set(n, (list = []));
    list.push(p);
  }

  private malloc(size: number): number {
    if (this.mallocFn) return this.run(this.mallocFn, [size])[0] as number;
    return this.hostMalloc(size);
  }

  private realloc(p: number, old: number, size: number): number {
    if (this.reallocFn) return this.run(this.reallocFn, [p, old, size])[0] as number;
    if (p === 0) return this.hostMalloc(size);
    const q = this.hostMalloc(size);
    this.bytes.copyWithin(q, p, p + Math.min(old, size));
    this.hostFree(p, old);
    return q;
  }

  private free(p: number, size: number): void {
    if (this.freeFn) this.run(this.freeFn, [p, size]);
    else this.hostFree(p, size);
  }

  /** Trap unless [addr, addr + n) is valid memory; gives addr. */
  check(addr: number, n: number): number {
    if (addr < NULL_LIMIT || addr + n > this.brk) this.bad(addr);
    return addr;
  }

  private bad(addr: number): never {
    throw new MirTrap(addr >= 0 && addr < NULL_LIMIT ? 'Null access' : `Memory access out of bounds at ${addr}`);
  }

  /** A copy of n bytes at addr (bounds-checked). */
  readBytes(addr: number, n: number): Uint8Array {
    if (n === 0) return new Uint8Array(0);
    this.check(addr, n);
    return this.bytes.slice(addr, addr + n);
  }

  /** n bytes at addr decoded as UTF-8. */
  readString(addr: number, n: number): string {
    return UTF8.decode(this.readBytes(addr, n));
  }

  writeBytes(addr: number, data: Uint8Array): void {
    if (data.length === 0) return;
    this.check(addr, data.length);
    this.bytes.set(data, addr);
  }

  // ---- calls ----------------------------------------------------------------------------------------

  /**
   * Call a function by name. Traps are MirTrap; an exception the MIR code does not catch is a
   * MirThrow. Re-entrant: host functions may call back.
   */
  call(name: string, args: MirValue[]): MirValue[] {
    const cf = this.cfuncs.get(name);
    if (!cf) throw new MirTrap(`Unknown function @${name}`);
    try {
      return this.run(cf, args);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw new MirTrap('Stack overflow');
      throw e;
    }
  }

  private callHost(cf: CFunc, args: MirValue[]): MirValue[] {
    if (!cf.host) throw new MirTrap(cf.f ? `No host function for @${cf.name}` : `Unknown function @${cf.name}`);
    const r = cf.host.apply(this, args);
    return r === undefined ? [] : Array.isArray(r) ? r : [r];
  }

  private cfunc(name: string): CFunc {
    let cf = this.cfuncs.get(name);
    if (!cf) this.cfuncs.set(name, (cf = new CFunc(name, undefined, undefined)));
    return cf;
  }

  private tableFn(index: number, sig: string): CFunc {
    let cf = this.tableFns[index];
    if (cf === undefined) {
      const name = this.module.table[index];
      if (name === undefined) throw new MirTrap(`Invalid function reference ${index}`);
      this.tableFns[index] = cf = this.cfunc(name);
    }
    if (cf.sig !== sig) throw new MirTrap(`Indirect call signature mismatch: @${cf.name} is ${cf.sig}, called as ${sig}`);
    return cf;
  }

  /** Run `cf` to completion on the explicit stack (above whatever is already there). */
  private run(cf: CFunc, args: MirValue[]): MirValue[] {
    if (!cf.f || cf.f.external) return this.callHost(cf, args);
    const fr = this.frameRegs;
    const fs = this.frameSegs;
    const base = fr.length;
    let seg = cf.entry ?? this.compile(cf);
    let regs: Regs = cf.pool.pop() ?? cf.template.slice();
    for (let i = 0; i < cf.params.length; i++) regs[cf.params[i]!] = args[i];
    try {
      for (;;) {
        let thrown = 0;
        try {
          run: for (;;) {
            const ops = seg.ops;
            for (let i = 0; i < ops.length; i++) ops[i]!(regs);
            switch (seg.kind) {
              case JUMP: {
                const e = seg.e1!;
                if (e.src.length !== 0) this.copy(e, regs);
                seg = e.seg;
                break;
              }
              case BR: {
                const e = regs[seg.a] !== 0 ? seg.e1! : seg.e2!;
                if (e.src.length !== 0) this.copy(e, regs);
                seg = e.seg;
                break;
              }
              case SWITCH:
                seg = this.edge(seg.cases!.get(regs[seg.a]) ?? seg.e2!, regs);
                break;
              case RET: {
                const rets = seg.vals;
                const pool = seg.fn.pool;
                if (fr.length === base) {
                  const out: MirValue[] = new Array(rets.length);
                  for (let i = 0; i < rets.length; i++) out[i] = regs[rets[i]!];
                  if (pool.length < POOL) pool.push(regs);
                  return out;
                }
                const cregs = fr.pop()!;
                const cseg = fs.pop()!;
                if (cseg.kind === CALL) {
                  const res = cseg.results;
                  for (let i = 0; i < res.length; i++) cregs[res[i]!] = regs[rets[i]!];
                  seg = cseg.next!;
                } else {
                  const t = this.tmp;
                  for (let i = 0; i < rets.length; i++) t[i] = regs[rets[i]!];
                  seg = this.edgeAfter(cseg.e1!, cregs, rets.length);
                }
                if (pool.length < POOL) pool.push(regs);
                regs = cregs;
                break;
              }
              case CALL:
              case INVOKE: {
                const callee = seg.callee ?? this.tableFn(regs[seg.a], seg.sig);
                const argv = seg.vals;
                if (!callee.f || callee.f.external) {
                  const a: MirValue[] = new Array(argv.length);
                  for (let i = 0; i < argv.length; i++) a[i] = regs[argv[i]!];
                  if (seg.kind === CALL) {
                    const res = this.callHost(callee, a);
                    for (let i = 0; i < seg.results.length; i++) regs[seg.results[i]!] = res[i];
                    seg = seg.next!;
                    break;
                  }
                  let res: MirValue[];
                  try {
                    res = this.callHost(callee, a);
                  } catch (e) {
                    if (!(e instanceof MirThrow)) throw e;
                    this.tmp[0] = e.value;
                    seg = this.edgeAfter(seg.e2!, regs, 1);
                    break;
                  }
                  for (let i = 0; i < res.length; i++) this.tmp[i] = res[i]!;
                  seg = this.edgeAfter(seg.e1!, regs, res.length);
                  break;
                }
                if (fr.length >= this.maxDepth) throw new MirTrap('Stack overflow');
                const entry = callee.entry ?? this.compile(callee); // before the template: compiling fills it
                const nregs = callee.pool.pop() ?? callee.template.slice();
                const ps = callee.params;
                for (let i = 0; i < ps.length; i++) nregs[ps[i]!] = regs[argv[i]!];
                fr.push(regs);
                fs.push(seg);
                regs = nregs;
                seg = entry;
                break;
              }
              case THROW:
                thrown = regs[seg.a];
                break run;
              default:
                throw new MirTrap('Unreachable code reached');
            }
          }
        } catch (e) {
          // From an instruction of the current frame (a nested run) or a host called by `call`:
          // the current frame has no handler for it.
          if (!(e instanceof MirThrow)) throw e;
          thrown = e.value;
        }
        // Unwind: drop the current frame, then callers until one is suspended in an invoke.
        for (;;) {
          if (fr.length === base) throw new MirThrow(thrown);
          const cregs = fr.pop()!;
          const cseg = fs.pop()!;
          if (cseg.kind === INVOKE) {
            this.tmp[0] = thrown;
            seg = this.edgeAfter(cseg.e2!, cregs, 1);
            regs = cregs;
            break;
          }
        }
      }
    } finally {
      fr.length = base;
      fs.length = base;
    }
  }

  /** Take a plain edge: parallel copy of the arguments into the target's parameters. */
  private edge(e: Edge, regs: Regs): Seg {
    this.copy(e, regs);
    return e.seg;
  }

  private copy(e: Edge, regs: Regs): void {
    const src = e.src;
    const dst = e.dst;
    if (e.tmp) {
      const t = this.tmp;
      for (let i = 0; i < src.length; i++) t[i] = regs[src[i]!];
      for (let i = 0; i < src.length; i++) regs[dst[i]!] = t[i];
    } else {
      for (let i = 0; i < src.length; i++) regs[dst[i]!] = regs[src[i]!];
    }
  }

  /** Take an invoke edge whose first `lead` values are already in `this.tmp[0..lead)`. */
  private edgeAfter(e: Edge, regs: Regs, lead: number): Seg {
    const t = this.tmp;
    const src = e.src;
    const dst = e.dst;
    for (let i = 0; i < src.length; i++) t[lead + i] = regs[src[i]!];
    for (let i = 0; i < dst.length; i++) regs[dst[i]!] = t[i];
    return e.seg;
  }

  // ---- compilation ------------------------------------------------------------------------------------

  private compile(cf: CFunc): Seg {
    const f = cf.f!;
    const template: Regs = new Array(f.values.length).fill(0);
    const firsts = f.blocks.map(() => new Seg(cf));
    const edge = (c: BlockCall, lead: number): Edge => {
      const target = f.blocks[c.block]!;
      const dst = Int32Array.from(target.params);
      const src = Int32Array.from(c.args);
      const tmp = c.args.some((a) => target.params.includes(a));
      return new Edge(firsts[c.block]!, dst, src, lead, tmp);
    };
    f.blocks.forEach((b, bi) => {
      let seg = firsts[bi]!;
      for (const inst of b.insts) {
        if (inst.op === 'call' || inst.op === 'call_indirect') {
          seg.kind = CALL;
          if (inst.op === 'call') {
            seg.callee = this.cfunc(inst.callee!);
            seg.vals = Int32Array.from(inst.args);
          } else {
            seg.a = inst.args[0]!;
            seg.sig = normSig(inst.callee!);
            seg.vals = Int32Array.from(inst.args.slice(1));
          }
          seg.results = Int32Array.from(inst.results);
          seg.next = new Seg(cf);
          seg = seg.next;
          continue;
        }
        const k = constant(inst, this.module);
        if (k !== undefined) {
          template[inst.results[0]!] = k;
          continue;
        }
        seg.ops.push(this.op(inst, f.values[inst.args[0]!]?.type ?? 'i32'));
      }
      const t = b.term;
      if (!t) return;
      switch (t.k) {
        case 'jump':
          seg.kind = JUMP;
          seg.e1 = edge(t.to, 0);
          break;
        case 'br':
          seg.kind = BR;
          seg.a = t.cond;
          seg.e1 = edge(t.then, 0);
          seg.e2 = edge(t.else, 0);
          break;
        case 'switch': {
          seg.kind = SWITCH;
          seg.a = t.value;
          const wide = f.values[t.value]?.type === 'i64';
          seg.cases = new Map();
          for (const c of t.cases) {
            const key = wide ? BigInt(c.value) : Number(c.value);
            if (!seg.cases.has(key)) seg.cases.set(key, edge(c.to, 0));
          }
          seg.e2 = edge(t.default, 0);
          break;
        }
        case 'ret':
          seg.kind = RET;
          seg.vals = Int32Array.from(t.values);
          break;
        case 'unreachable':
          seg.kind = UNREACHABLE;
          break;
        case 'throw':
          seg.kind = THROW;
          seg.a = t.value;
          break;
        case 'invoke': {
          seg.kind = INVOKE;
          if (t.indirect) {
            seg.a = t.args[0]!;
            seg.sig = normSig(t.callee);
            seg.vals = Int32Array.from(t.args.slice(1));
          } else {
            seg.callee = this.cfunc(t.callee);
            seg.vals = Int32Array.from(t.args);
          }
          const to = f.blocks[t.to.block]!;
          seg.e1 = edge(t.to, to.params.length - t.to.args.length);
          seg.e2 = edge(t.unwind, 1);
          break;
        }
      }
    });
    cf.template = template;
    cf.params = Int32Array.from(f.blocks[0]?.params ?? []);
    cf.entry = firsts[0]!;
    return cf.entry;
  }

  /** One instruction as a closure over its operand registers (no allocation when it runs). */
  private op(i: Inst, from: MirType): Op {
    const t = i.type;
    const d = i.results[0] ?? -1;
    const x = i.args[0] ?? -1;
    const y = i.args[1] ?? -1;
    const z = i.args[2] ?? -1;
    const wide = t === 'i64';
    const f32 = t === 'f32';
    const self = this;
    const off = Number(i.imm ?? 0);
    switch (i.op) {
      case 'iadd': return wide ? (r) => { r[d] = BigInt.asIntN(64, (r[x] as bigint) + (r[y] as bigint)); } : (r) => { r[d] = (r[x] + r[y]) | 0; };
      case 'isub': return wide ? (r) => { r[d] = BigInt.asIntN(64, (r[x] as bigint) - (r[y] as bigint)); } : (r) => { r[d] = (r[x] - r[y]) | 0; };
      case 'imul': return wide ? (r) => { r[d] = BigInt.asIntN(64, (r[x] as bigint) * (r[y] as bigint)); } : (r) => { r[d] = Math.imul(r[x], r[y]); };
      case 'sdiv':
        return wide
          ? (r) => { if (r[y] === 0n) divZero(); r[d] = BigInt.asIntN(64, (r[x] as bigint) / (r[y] as bigint)); }
          : (r) => { if (r[y] === 0) divZero(); r[d] = (r[x] / r[y]) | 0; };
      case 'srem':
        return wide
          ? (r) => { if (r[y] === 0n) divZero(); r[d] = (r[x] as bigint) % (r[y] as bigint); }
          : (r) => { if (r[y] === 0) divZero(); r[d] = (r[x] % r[y]) | 0; };
      case 'udiv':
        return wide
          ? (r) => { if (r[y] === 0n) divZero(); r[d] = BigInt.asIntN(64, BigInt.asUintN(64, r[x]) / BigInt.asUintN(64, r[y])); }
          : (r) => { if (r[y] === 0) divZero(); r[d] = ((r[x] >>> 0) / (r[y] >>> 0)) | 0; };
      case 'urem':
        return wide
          ? (r) => { if (r[y] === 0n) divZero(); r[d] = BigInt.asIntN(64, BigInt.asUintN(64, r[x]) % BigInt.asUintN(64, r[y])); }
          : (r) => { if (r[y] === 0) divZero(); r[d] = ((r[x] >>> 0) % (r[y] >>> 0)) | 0; };
      case 'and': return wide ? (r) => { r[d] = r[x] & r[y]; } : (r) => { r[d] = r[x] & r[y]; };
      case 'or': return wide ? (r) => { r[d] = r[x] | r[y]; } : (r) => { r[d] = r[x] | r[y]; };
      case 'xor': return wide ? (r) => { r[d] = r[x] ^ r[y]; } : (r) => { r[d] = r[x] ^ r[y]; };
      case 'shl': return wide ? (r) => { r[d] = BigInt.asIntN(64, r[x] << (r[y] & 63n)); } : (r) => { r[d] = r[x] << r[y]; };
      case 'sshr': return wide ? (r) => { r[d] = r[x] >> (r[y] & 63n); } : (r) => { r[d] = r[x] >> r[y]; };
      case 'ushr':
        return wide ? (r) => { r[d] = BigInt.asIntN(64, BigInt.asUintN(64, r[x]) >> (r[y] & 63n)); } : (r) => { r[d] = (r[x] >>> r[y]) | 0; };
      case 'fadd': return f32 ? (r) => { r[d] = Math.fround(r[x] + r[y]); } : (r) => { r[d] = r[x] + r[y]; };
      case 'fsub': return f32 ? (r) => { r[d] = Math.fround(r[x] - r[y]); } : (r) => { r[d] = r[x] - r[y]; };
      case 'fmul': return f32 ? (r) => { r[d] = Math.fround(r[x] * r[y]); } : (r) => { r[d] = r[x] * r[y]; };
      case 'fdiv': return f32 ? (r) => { r[d] = Math.fround(r[x] / r[y]); } : (r) => { r[d] = r[x] / r[y]; };
      case 'fneg': return (r) => { r[d] = -r[x]; };
      case 'fsqrt': return f32 ? (r) => { r[d] = Math.fround(Math.sqrt(r[x])); } : (r) => { r[d] = Math.sqrt(r[x]); };
      case 'ffloor': return (r) => { r[d] = Math.floor(r[x]); };
      case 'fceil': return (r) => { r[d] = Math.ceil(r[x]); };
      case 'ftrunc': return (r) => { r[d] = Math.trunc(r[x]); };
      case 'fabs': return (r) => { r[d] = Math.abs(r[x]); };
      case 'fmin': return (r) => { r[d] = Math.min(r[x], r[y]); };
      case 'fmax': return (r) => { r[d] = Math.max(r[x], r[y]); };
      case 'ieq': case 'feq': return (r) => { r[d] = r[x] === r[y] ? 1 : 0; };
      case 'ine': case 'fne': return (r) => { r[d] = r[x] !== r[y] ? 1 : 0; };
      case 'slt': case 'flt': return (r) => { r[d] = r[x] < r[y] ? 1 : 0; };
      case 'sle': case 'fle': return (r) => { r[d] = r[x] <= r[y] ? 1 : 0; };
      case 'ult':
        return wide
          ? (r) => { r[d] = BigInt.asUintN(64, r[x]) < BigInt.asUintN(64, r[y]) ? 1 : 0; }
          : (r) => { r[d] = r[x] >>> 0 < r[y] >>> 0 ? 1 : 0; };
      case 'ule':
        return wide
          ? (r) => { r[d] = BigInt.asUintN(64, r[x]) <= BigInt.asUintN(64, r[y]) ? 1 : 0; }
          : (r) => { r[d] = r[x] >>> 0 <= r[y] >>> 0 ? 1 : 0; };
      case 'sext': return (r) => { r[d] = BigInt(r[x]); };
      case 'zext': return (r) => { r[d] = BigInt(r[x] >>> 0); };
      case 'ptrtoint': return wide ? (r) => { r[d] = BigInt(r[x]); } : (r) => { r[d] = r[x] | 0; };
      case 'trunc': return (r) => { r[d] = Number(BigInt.asIntN(32, r[x])); };
      case 'sitof':
        return f32
          ? (r) => { r[d] = Math.fround(typeof r[x] === 'bigint' ? Number(r[x]) : r[x]); }
          : (r) => { r[d] = typeof r[x] === 'bigint' ? Number(r[x]) : r[x]; };
      case 'ftosi': return wide ? (r) => { r[d] = satI64(r[x]); } : (r) => { r[d] = satI32(r[x]); };
      case 'fconv': return f32 ? (r) => { r[d] = Math.fround(r[x]); } : (r) => { r[d] = r[x]; };
      case 'bitcast': return (r) => { r[d] = bitcast(r[x], from, t!); };
      case 'select': return (r) => { r[d] = r[x] !== 0 ? r[y] : r[z]; };
      case 'ptradd': return (r) => { r[d] = (r[x] + r[y]) | 0; };
      case 'load8s': return wide ? (r) => { r[d] = BigInt(self.mem.getInt8(self.check(r[x] + off, 1))); } : (r) => { r[d] = self.mem.getInt8(self.check(r[x] + off, 1)); };
      case 'load8u': return wide ? (r) => { r[d] = BigInt(self.mem.getUint8(self.check(r[x] + off, 1))); } : (r) => { r[d] = self.mem.getUint8(self.check(r[x] + off, 1)); };
      case 'load16s': return wide ? (r) => { r[d] = BigInt(self.mem.getInt16(self.check(r[x] + off, 2), true)); } : (r) => { r[d] = self.mem.getInt16(self.check(r[x] + off, 2), true); };
      case 'load16u': return wide ? (r) => { r[d] = BigInt(self.mem.getUint16(self.check(r[x] + off, 2), true)); } : (r) => { r[d] = self.mem.getUint16(self.check(r[x] + off, 2), true); };
      case 'load':
        switch (t) {
          case 'i64': return (r) => { r[d] = self.mem.getBigInt64(self.check(r[x] + off, 8), true); };
          case 'f32': return (r) => { r[d] = self.mem.getFloat32(self.check(r[x] + off, 4), true); };
          case 'f64': return (r) => { r[d] = self.mem.getFloat64(self.check(r[x] + off, 8), true); };
          default:
            return (r) => {
              const a = r[x] + off;
              if (a < NULL_LIMIT || a + 4 > self.brk) self.bad(a);
              r[d] = self.mem.getInt32(a, true);
            };
        }
      case 'store8': return wide ? (r) => { self.mem.setInt8(self.check(r[y] + off, 1), Number(BigInt.asIntN(8, r[x]))); } : (r) => { self.mem.setInt8(self.check(r[y] + off, 1), r[x]); };
      case 'store16': return wide ? (r) => { self.mem.setInt16(self.check(r[y] + off, 2), Number(BigInt.asIntN(16, r[x])), true); } : (r) => { self.mem.setInt16(self.check(r[y] + off, 2), r[x], true); };
      case 'store':
        switch (t) {
          case 'i64': return (r) => { self.mem.setBigInt64(self.check(r[y] + off, 8), r[x], true); };
          case 'f32': return (r) => { self.mem.setFloat32(self.check(r[y] + off, 4), r[x], true); };
          case 'f64': return (r) => { self.mem.setFloat64(self.check(r[y] + off, 8), r[x], true); };
          default:
            return (r) => {
              const a = r[y] + off;
              if (a < NULL_LIMIT || a + 4 > self.brk) self.bad(a);
              self.mem.setInt32(a, r[x], true);
            };
        }
      case 'malloc': return (r) => { r[d] = self.malloc(r[x]); };
      case 'realloc': return (r) => { r[d] = self.realloc(r[x], r[y], r[z]); };
      case 'free': return (r) => { self.free(r[x], r[y]); };
      case 'memcpy':
        return (r) => {
          const n = r[z];
          if (n === 0) return;
          if (n < 0) self.bad(r[x]);
          self.check(r[x], n);
          self.check(r[y], n);
          self.bytes.copyWithin(r[x], r[y], r[y] + n);
        };
      case 'memset':
        return (r) => {
          const n = r[z];
          if (n === 0) return;
          if (n < 0) self.bad(r[x]);
          self.check(r[x], n);
          self.bytes.fill(r[y] & 255, r[x], r[x] + n);
        };
      default:
        // iconst/fconst/funcref/gaddr are in the register template; calls end segments.
        return () => { throw new MirTrap(`Cannot execute ${i.op}`); };
    }
  }
}

/** The value of a constant-like instruction (stored in the register template), or undefined. */
function constant(i: Inst, m: MirModule): MirValue | undefined {
  switch (i.op) {
    case 'iconst': return i.type === 'i64' ? BigInt.asIntN(64, BigInt(i.imm!)) : Number(BigInt.asIntN(32, BigInt(i.imm!)));
    case 'fconst': {
      const x = i.imm === 'nan' ? NaN : i.imm === 'inf' ? Infinity : i.imm === '-inf' ? -Infinity : Number(i.imm);
      return i.type === 'f32' ? Math.fround(x) : x;
    }
    case 'funcref': return m.table.indexOf(i.callee!);
    case 'gaddr': return DATA_BASE + Number(i.imm ?? 0);
    default: return undefined;
  }
}

function normSig(text: string): string {
  const s = parseSignature(text);
  return s ? sigText(s) : text;
}

function divZero(): never {
  throw new MirTrap('Division by zero');
}

/** ftosi to i32, saturating as wasm's i32.trunc_sat_f64_s: NaN → 0, beyond the range → min/max. */
export function satI32(x: number): number {
  if (x !== x) return 0;
  if (x >= 2147483647) return 2147483647;
  if (x <= -2147483648) return -2147483648;
  return Math.trunc(x) | 0;
}

export function satI64(x: number): bigint {
  if (x !== x) return 0n;
  if (x >= 9223372036854775807) return 9223372036854775807n;
  if (x <= -9223372036854775808) return -9223372036854775808n;
  return BigInt(Math.trunc(x));
}

/** Reinterpret the bits of `v` (of type `from`) as type `to` (same width: i32/ptr/f32, i64/f64). */
export function bitcast(v: MirValue, from: MirType, to: MirType): MirValue {
  const dv = new DataView(new ArrayBuffer(8));
  switch (from) {
    case 'i64': dv.setBigInt64(0, v as bigint, true); break;
    case 'f64': dv.setFloat64(0, v as number, true); break;
    case 'f32': dv.setFloat32(0, v as number, true); break;
    default: dv.setInt32(0, v as number, true);
  }
  switch (to) {
    case 'i64': return dv.getBigInt64(0, true);
    case 'f64': return dv.getFloat64(0, true);
    case 'f32': return dv.getFloat32(0, true);
    default: return dv.getInt32(0, true);
  }
}
