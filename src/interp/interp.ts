// The MIR interpreter: tier 0, the reference executor.
// Takes: a verified MirModule and host functions for its `declare`d externals. Gives: `call(name,
// args)` running a function over a linear little-endian heap with the wasm layout (32-bit pointers).
// Invariant: i32 values are JS numbers kept in int32 range, i64 are bigints kept in int64 range, f32
// are rounded with Math.fround; integer arithmetic wraps as on wasm and native. `malloc/realloc/free`
// call the module's `rayzor_malloc/realloc/free` when it defines them (the runtime written in Haxe),
// else a host allocator with the same contract (sized free, size 0 gives a unique non-null pointer).
//
// Status (issue 4, started): runs every MIR opcode; runtime errors (division by zero, out-of-bounds
// memory, stack overflow) are thrown as MirTrap with a message. Exceptions and the Haxe runtime come later.

import type { Inst, MirFunction, MirModule, MirType, Terminator } from '../mir/mir.js';

export type MirValue = number | bigint;

export class MirTrap extends Error {}

export type HostFn = (...args: MirValue[]) => MirValue | MirValue[] | void;

const PAGE = 65536;

export class Interpreter {
  private funcs = new Map<string, MirFunction>();
  private table: string[] = [];
  private tableIndex = new Map<string, number>();
  mem: DataView;
  private heapTop = 8; // 0 is null; small sizes start above it
  private freeLists = new Map<number, number[]>();
  private depth = 0;

  constructor(
    readonly module: MirModule,
    readonly host: Record<string, HostFn> = {},
    pages = 16,
  ) {
    for (const f of module.funcs) this.funcs.set(f.name, f);
    this.mem = new DataView(new ArrayBuffer(pages * PAGE));
  }

  // ---- heap -----------------------------------------------------------------------------------------

  private grow(min: number): void {
    let size = this.mem.byteLength;
    while (size < min) size *= 2;
    const next = new Uint8Array(size);
    next.set(new Uint8Array(this.mem.buffer));
    this.mem = new DataView(next.buffer);
  }

  /** The host allocator: 8-byte aligned blocks, exact-size free lists (callers pass sizes back). */
  hostMalloc(size: number): number {
    const n = Math.max(8, (size + 7) & ~7);
    const list = this.freeLists.get(n);
    if (list && list.length) return list.pop()!;
    const p = this.heapTop;
    this.heapTop += n;
    if (this.heapTop > this.mem.byteLength) this.grow(this.heapTop);
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
    if (this.funcs.has('rayzor_malloc') && !this.funcs.get('rayzor_malloc')!.external) return this.call('rayzor_malloc', [size])[0] as number;
    return this.hostMalloc(size);
  }

  private realloc(p: number, old: number, size: number): number {
    if (this.funcs.has('rayzor_realloc') && !this.funcs.get('rayzor_realloc')!.external) return this.call('rayzor_realloc', [p, old, size])[0] as number;
    if (p === 0) return this.hostMalloc(size);
    const q = this.hostMalloc(size);
    new Uint8Array(this.mem.buffer).copyWithin(q, p, p + Math.min(old, size));
    this.hostFree(p, old);
    return q;
  }

  private free(p: number, size: number): void {
    if (this.funcs.has('rayzor_free') && !this.funcs.get('rayzor_free')!.external) this.call('rayzor_free', [p, size]);
    else this.hostFree(p, size);
  }

  private check(addr: number, bytes: number): number {
    if (addr <= 0 || addr + bytes > this.mem.byteLength) throw new MirTrap(addr === 0 ? 'Null access' : `Memory access out of bounds at ${addr}`);
    return addr;
  }

  // ---- execution -------------------------------------------------------------------------------------

  call(name: string, args: MirValue[]): MirValue[] {
    const f = this.funcs.get(name);
    if (!f) throw new MirTrap(`Unknown function @${name}`);
    if (f.external) {
      const h = this.host[name];
      if (!h) throw new MirTrap(`No host function for @${name}`);
      const r = h(...args);
      return r === undefined ? [] : Array.isArray(r) ? r : [r];
    }
    if (++this.depth > 10000) {
      this.depth = 0;
      throw new MirTrap('Stack overflow');
    }
    try {
      return this.run(f, args);
    } catch (e) {
      if (e instanceof RangeError) throw new MirTrap('Stack overflow');
      throw e;
    } finally {
      this.depth--;
    }
  }

  private run(f: MirFunction, args: MirValue[]): MirValue[] {
    const vals: MirValue[] = new Array(f.values.length);
    let b = 0;
    let incoming = args;
    for (;;) {
      const block = f.blocks[b]!;
      block.params.forEach((p, i) => (vals[p] = incoming[i]!));
      for (const inst of block.insts) this.exec(inst, vals);
      const t = block.term as Terminator;
      switch (t.k) {
        case 'jump':
          b = t.to.block;
          incoming = t.to.args.map((a) => vals[a]!);
          break;
        case 'br': {
          const c = (vals[t.cond] as number) !== 0 ? t.then : t.else;
          b = c.block;
          incoming = c.args.map((a) => vals[a]!);
          break;
        }
        case 'switch': {
          const v = String(vals[t.value]);
          const c = t.cases.find((x) => x.value === v)?.to ?? t.default;
          b = c.block;
          incoming = c.args.map((a) => vals[a]!);
          break;
        }
        case 'ret':
          return t.values.map((v) => vals[v]!);
        case 'unreachable':
          throw new MirTrap('Unreachable code reached');
      }
    }
  }

  private exec(i: Inst, vals: MirValue[]): void {
    const a = (k: number) => vals[i.args[k]!]!;
    const n = (k: number) => vals[i.args[k]!] as number;
    const big = (k: number) => vals[i.args[k]!] as bigint;
    const t = i.type;
    const r = i.results[0]!;
    const wide = t === 'i64';
    const int = (x: bigint | number): MirValue => (wide ? BigInt.asIntN(64, x as bigint) : (x as number) | 0);
    const flt = (x: number) => (t === 'f32' ? Math.fround(x) : x);
    const u32 = (x: number) => x >>> 0;
    const u64 = (x: bigint) => BigInt.asUintN(64, x);
    switch (i.op) {
      case 'iconst': vals[r] = wide ? BigInt.asIntN(64, BigInt(i.imm!)) : Number(BigInt.asIntN(32, BigInt(i.imm!))); return;
      case 'fconst': vals[r] = flt(i.imm === 'nan' ? NaN : i.imm === 'inf' ? Infinity : i.imm === '-inf' ? -Infinity : Number(i.imm)); return;
      case 'iadd': vals[r] = wide ? int(big(0) + big(1)) : (n(0) + n(1)) | 0; return;
      case 'isub': vals[r] = wide ? int(big(0) - big(1)) : (n(0) - n(1)) | 0; return;
      case 'imul': vals[r] = wide ? int(big(0) * big(1)) : Math.imul(n(0), n(1)); return;
      case 'sdiv': case 'udiv': case 'srem': case 'urem': {
        if (wide ? big(1) === 0n : n(1) === 0) throw new MirTrap('Division by zero');
        if (wide) {
          const x = i.op[0] === 'u' ? u64(big(0)) : big(0);
          const y = i.op[0] === 'u' ? u64(big(1)) : big(1);
          vals[r] = int(i.op.endsWith('div') ? x / y : x % y);
        } else {
          const x = i.op[0] === 'u' ? u32(n(0)) : n(0);
          const y = i.op[0] === 'u' ? u32(n(1)) : n(1);
          vals[r] = (i.op.endsWith('div') ? Math.trunc(x / y) : x % y) | 0;
        }
        return;
      }
      case 'and': vals[r] = wide ? big(0) & big(1) : n(0) & n(1); return;
      case 'or': vals[r] = wide ? big(0) | big(1) : n(0) | n(1); return;
      case 'xor': vals[r] = wide ? big(0) ^ big(1) : n(0) ^ n(1); return;
      case 'shl': vals[r] = wide ? int(big(0) << (big(1) & 63n)) : n(0) << n(1); return;
      case 'sshr': vals[r] = wide ? big(0) >> (big(1) & 63n) : n(0) >> n(1); return;
      case 'ushr': vals[r] = wide ? int(u64(big(0)) >> (big(1) & 63n)) : (n(0) >>> n(1)) | 0; return;
      case 'fadd': vals[r] = flt(n(0) + n(1)); return;
      case 'fsub': vals[r] = flt(n(0) - n(1)); return;
      case 'fmul': vals[r] = flt(n(0) * n(1)); return;
      case 'fdiv': vals[r] = flt(n(0) / n(1)); return;
      case 'fneg': vals[r] = -n(0); return;
      case 'ieq': case 'feq': vals[r] = a(0) === a(1) ? 1 : 0; return;
      case 'ine': case 'fne': vals[r] = a(0) !== a(1) ? 1 : 0; return;
      case 'slt': case 'flt': vals[r] = a(0) < a(1) ? 1 : 0; return;
      case 'sle': case 'fle': vals[r] = a(0) <= a(1) ? 1 : 0; return;
      case 'ult': vals[r] = (wide ? u64(big(0)) < u64(big(1)) : u32(n(0)) < u32(n(1))) ? 1 : 0; return;
      case 'ule': vals[r] = (wide ? u64(big(0)) <= u64(big(1)) : u32(n(0)) <= u32(n(1))) ? 1 : 0; return;
      case 'sext': vals[r] = BigInt(n(0)); return;
      case 'zext': vals[r] = BigInt(u32(n(0))); return;
      case 'trunc': vals[r] = Number(BigInt.asIntN(32, big(0))); return;
      case 'sitof': vals[r] = flt(typeof a(0) === 'bigint' ? Number(a(0)) : n(0)); return;
      case 'ftosi': {
        const x = n(0);
        if (!Number.isFinite(x)) throw new MirTrap('Invalid conversion to integer');
        vals[r] = wide ? BigInt.asIntN(64, BigInt(Math.trunc(x))) : Math.trunc(x) | 0;
        return;
      }
      case 'fconv': vals[r] = flt(n(0)); return;
      case 'bitcast': vals[r] = bitcast(a(0), t!); return;
      case 'select': vals[r] = n(0) !== 0 ? a(1) : a(2); return;
      case 'ptradd': vals[r] = (n(0) + n(1)) | 0; return;
      case 'load': case 'load8s': case 'load8u': case 'load16s': case 'load16u': {
        const addr = n(0) + Number(i.imm ?? 0);
        const m = this.mem;
        switch (i.op) {
          case 'load8s': vals[r] = int(wide ? BigInt(m.getInt8(this.check(addr, 1))) : m.getInt8(this.check(addr, 1))); return;
          case 'load8u': vals[r] = int(wide ? BigInt(m.getUint8(this.check(addr, 1))) : m.getUint8(this.check(addr, 1))); return;
          case 'load16s': vals[r] = int(wide ? BigInt(m.getInt16(this.check(addr, 2), true)) : m.getInt16(this.check(addr, 2), true)); return;
          case 'load16u': vals[r] = int(wide ? BigInt(m.getUint16(this.check(addr, 2), true)) : m.getUint16(this.check(addr, 2), true)); return;
        }
        switch (t) {
          case 'i32': case 'ptr': vals[r] = m.getInt32(this.check(addr, 4), true); return;
          case 'i64': vals[r] = m.getBigInt64(this.check(addr, 8), true); return;
          case 'f32': vals[r] = m.getFloat32(this.check(addr, 4), true); return;
          case 'f64': vals[r] = m.getFloat64(this.check(addr, 8), true); return;
        }
        return;
      }
      case 'store': case 'store8': case 'store16': {
        const addr = n(1) + Number(i.imm ?? 0);
        const v = a(0);
        const m = this.mem;
        const num = typeof v === 'bigint' ? Number(BigInt.asIntN(32, v)) : v;
        if (i.op === 'store8') return m.setInt8(this.check(addr, 1), num);
        if (i.op === 'store16') return m.setInt16(this.check(addr, 2), num, true);
        switch (t) {
          case 'i32': case 'ptr': return m.setInt32(this.check(addr, 4), num, true);
          case 'i64': return m.setBigInt64(this.check(addr, 8), v as bigint, true);
          case 'f32': return m.setFloat32(this.check(addr, 4), num, true);
          case 'f64': return m.setFloat64(this.check(addr, 8), num, true);
        }
        return;
      }
      case 'malloc': vals[r] = this.malloc(n(0)); return;
      case 'realloc': vals[r] = this.realloc(n(0), n(1), n(2)); return;
      case 'free': this.free(n(0), n(1)); return;
      case 'call': {
        const res = this.call(i.callee!, i.args.map((x) => vals[x]!));
        i.results.forEach((x, k) => (vals[x] = res[k]!));
        return;
      }
      case 'funcref': {
        let idx = this.tableIndex.get(i.callee!);
        if (idx === undefined) {
          idx = this.table.length;
          this.table.push(i.callee!);
          this.tableIndex.set(i.callee!, idx);
        }
        vals[r] = idx;
        return;
      }
      case 'call_indirect': {
        const name = this.table[n(0)];
        if (name === undefined) throw new MirTrap(`Invalid function reference ${n(0)}`);
        const res = this.call(name, i.args.slice(1).map((x) => vals[x]!));
        i.results.forEach((x, k) => (vals[x] = res[k]!));
        return;
      }
    }
  }
}

function bitcast(v: MirValue, to: MirType): MirValue {
  const dv = new DataView(new ArrayBuffer(8));
  if (typeof v === 'bigint') dv.setBigInt64(0, v, true);
  else if (to === 'i64') dv.setFloat64(0, v, true);
  else if (to === 'f64') dv.setFloat64(0, v, true);
  else if (to === 'i32') dv.setFloat32(0, v, true);
  else dv.setInt32(0, v, true);
  switch (to) {
    case 'i64': return dv.getBigInt64(0, true);
    case 'f64': return dv.getFloat64(0, true);
    case 'f32': return dv.getFloat32(0, true);
    default: return dv.getInt32(0, true);
  }
}
