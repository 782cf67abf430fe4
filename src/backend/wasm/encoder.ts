// The WebAssembly binary encoder: a byte writer (LEB128, IEEE floats, names) and a module builder that
// lays out the sections in the order the spec requires.
// Takes: types, imports, functions (already encoded bodies), table, memory, tag, globals, exports,
// element and data segments, function names. Gives: the module's bytes (`encode()`).
// Invariant: imports are added before any defined function, so a function index is fixed when it is
// handed out (imported functions first, then defined ones, in order of addition). Function types are
// interned: equal signatures share one type index. Exception handling uses the legacy encoding
// (try/catch/throw, tag section 13 between memory and global) that Node 20 runs without flags.

/** Value types as the binary format writes them. */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const FUNCREF = 0x70;
export type ValType = typeof I32 | typeof I64 | typeof F32 | typeof F64;

/** The empty block type (`block`, `if`, `try` without results). */
export const BLOCK_VOID = 0x40;

/** Opcodes used by the backend (single-byte ones; 0xFC-prefixed ones in `FC`). */
export const OP = {
  unreachable: 0x00, nop: 0x01, block: 0x02, loop: 0x03, if: 0x04, else: 0x05, try: 0x06, catch: 0x07,
  throw: 0x08, rethrow: 0x09, end: 0x0b, br: 0x0c, br_if: 0x0d, br_table: 0x0e, return: 0x0f, call: 0x10,
  call_indirect: 0x11, delegate: 0x18, catch_all: 0x19, drop: 0x1a, select: 0x1b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22, global_get: 0x23, global_set: 0x24,
  i32_load: 0x28, i64_load: 0x29, f32_load: 0x2a, f64_load: 0x2b,
  i32_load8_s: 0x2c, i32_load8_u: 0x2d, i32_load16_s: 0x2e, i32_load16_u: 0x2f,
  i64_load8_s: 0x30, i64_load8_u: 0x31, i64_load16_s: 0x32, i64_load16_u: 0x33, i64_load32_s: 0x34, i64_load32_u: 0x35,
  i32_store: 0x36, i64_store: 0x37, f32_store: 0x38, f64_store: 0x39, i32_store8: 0x3a, i32_store16: 0x3b,
  i64_store8: 0x3c, i64_store16: 0x3d, i64_store32: 0x3e, memory_size: 0x3f, memory_grow: 0x40,
  i32_const: 0x41, i64_const: 0x42, f32_const: 0x43, f64_const: 0x44,
  i32_eqz: 0x45, i32_eq: 0x46, i32_ne: 0x47, i32_lt_s: 0x48, i32_lt_u: 0x49, i32_gt_s: 0x4a, i32_gt_u: 0x4b,
  i32_le_s: 0x4c, i32_le_u: 0x4d, i32_ge_s: 0x4e, i32_ge_u: 0x4f,
  i64_eqz: 0x50, i64_eq: 0x51, i64_ne: 0x52, i64_lt_s: 0x53, i64_lt_u: 0x54, i64_gt_s: 0x55, i64_gt_u: 0x56,
  i64_le_s: 0x57, i64_le_u: 0x58, i64_ge_s: 0x59, i64_ge_u: 0x5a,
  f32_eq: 0x5b, f32_ne: 0x5c, f32_lt: 0x5d, f32_gt: 0x5e, f32_le: 0x5f, f32_ge: 0x60,
  f64_eq: 0x61, f64_ne: 0x62, f64_lt: 0x63, f64_gt: 0x64, f64_le: 0x65, f64_ge: 0x66,
  i32_add: 0x6a, i32_sub: 0x6b, i32_mul: 0x6c, i32_div_s: 0x6d, i32_div_u: 0x6e, i32_rem_s: 0x6f, i32_rem_u: 0x70,
  i32_and: 0x71, i32_or: 0x72, i32_xor: 0x73, i32_shl: 0x74, i32_shr_s: 0x75, i32_shr_u: 0x76,
  i64_add: 0x7c, i64_sub: 0x7d, i64_mul: 0x7e, i64_div_s: 0x7f, i64_div_u: 0x80, i64_rem_s: 0x81, i64_rem_u: 0x82,
  i64_and: 0x83, i64_or: 0x84, i64_xor: 0x85, i64_shl: 0x86, i64_shr_s: 0x87, i64_shr_u: 0x88,
  f32_abs: 0x8b, f32_neg: 0x8c, f32_ceil: 0x8d, f32_floor: 0x8e, f32_trunc: 0x8f, f32_sqrt: 0x91,
  f32_add: 0x92, f32_sub: 0x93, f32_mul: 0x94, f32_div: 0x95, f32_min: 0x96, f32_max: 0x97,
  f64_abs: 0x99, f64_neg: 0x9a, f64_ceil: 0x9b, f64_floor: 0x9c, f64_trunc: 0x9d, f64_sqrt: 0x9f,
  f64_add: 0xa0, f64_sub: 0xa1, f64_mul: 0xa2, f64_div: 0xa3, f64_min: 0xa4, f64_max: 0xa5,
  i32_wrap_i64: 0xa7, i64_extend_i32_s: 0xac, i64_extend_i32_u: 0xad,
  f32_convert_i32_s: 0xb2, f32_convert_i64_s: 0xb4, f32_demote_f64: 0xb6,
  f64_convert_i32_s: 0xb7, f64_convert_i64_s: 0xb9, f64_promote_f32: 0xbb,
  i32_reinterpret_f32: 0xbc, i64_reinterpret_f64: 0xbd, f32_reinterpret_i32: 0xbe, f64_reinterpret_i64: 0xbf,
  prefix_fc: 0xfc,
} as const;

/** Sub-opcodes after the 0xFC prefix. */
export const FC = {
  i32_trunc_sat_f32_s: 0, i32_trunc_sat_f64_s: 2, i64_trunc_sat_f32_s: 4, i64_trunc_sat_f64_s: 6,
  memory_copy: 10, memory_fill: 11,
} as const;

const UTF8 = new TextEncoder();
const F32BUF = new Float32Array(1);
const F64BUF = new Float64Array(1);
const F32BYTES = new Uint8Array(F32BUF.buffer);
const F64BYTES = new Uint8Array(F64BUF.buffer);

/** A growable byte buffer with the binary format's primitive encodings. */
export class ByteWriter {
  buf: Uint8Array;
  len = 0;

  constructor(capacity = 256) {
    this.buf = new Uint8Array(capacity);
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): this {
    if (this.len === this.buf.length) this.room(1);
    this.buf[this.len++] = b;
    return this;
  }

  bytes(b: ArrayLike<number>): this {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  /** Unsigned LEB128 of a number in [0, 2^32). */
  u32(v: number): this {
    this.room(5);
    v >>>= 0;
    do {
      let b = v & 0x7f;
      v >>>= 7;
      if (v !== 0) b |= 0x80;
      this.buf[this.len++] = b;
    } while (v !== 0);
    return this;
  }

  /** Signed LEB128 of a 32-bit integer. */
  s32(v: number): this {
    this.room(5);
    v |= 0;
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
        this.buf[this.len++] = b;
        return this;
      }
      this.buf[this.len++] = b | 0x80;
    }
  }

  /** Signed LEB128 of a 64-bit integer. */
  s64(v: bigint): this {
    this.room(10);
    v = BigInt.asIntN(64, v);
    for (;;) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) {
        this.buf[this.len++] = b;
        return this;
      }
      this.buf[this.len++] = b | 0x80;
    }
  }

  f32(x: number): this {
    F32BUF[0] = x;
    return this.bytes(F32BYTES);
  }

  f64(x: number): this {
    F64BUF[0] = x;
    return this.bytes(F64BYTES);
  }

  /** Raw IEEE bits (keeps NaN payloads exact). */
  f32Bits(bits: number): this {
    this.room(4);
    for (let i = 0; i < 4; i++) this.buf[this.len++] = (bits >>> (8 * i)) & 0xff;
    return this;
  }

  /** A UTF-8 name with its byte length in front. */
  name(s: string): this {
    const b = UTF8.encode(s);
    return this.u32(b.length).bytes(b);
  }

  /** A nested vector/section: its size in bytes, then its contents. */
  sized(inner: ByteWriter): this {
    return this.u32(inner.len).bytes(inner.buf.subarray(0, inner.len));
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

export interface FuncType {
  params: readonly ValType[];
  results: readonly ValType[];
}

type Import =
  | { module: string; name: string; kind: 'func'; type: number }
  | { module: string; name: string; kind: 'tag'; type: number };

export interface ExportEntry {
  name: string;
  kind: 'func' | 'table' | 'memory' | 'global' | 'tag';
  index: number;
}

export interface Global {
  type: ValType;
  mutable: boolean;
  /** The constant initial value (i32/i64 only). */
  init: number | bigint;
}

const EXPORT_KIND = { func: 0, table: 1, memory: 2, global: 3, tag: 4 } as const;

export class ModuleBuilder {
  readonly types: FuncType[] = [];
  private typeKeys = new Map<string, number>();
  private imports: Import[] = [];
  private importedFuncs = 0;
  /** Defined functions: type index and encoded body (locals + code + end). */
  private funcs: { type: number; body: Uint8Array }[] = [];
  private names = new Map<number, string>();
  table: { min: number; max?: number } | undefined;
  memory: { min: number; max?: number } | undefined;
  /** Defined tags (their type indices). */
  private tags: number[] = [];
  private importedTags = 0;
  readonly globals: Global[] = [];
  readonly exports: ExportEntry[] = [];
  private elems: { offset: number; funcs: number[] }[] = [];
  private datas: { offset: number; bytes: Uint8Array }[] = [];

  typeIndex(t: FuncType): number {
    const key = `${t.params.join(',')}>${t.results.join(',')}`;
    let i = this.typeKeys.get(key);
    if (i === undefined) {
      i = this.types.length;
      this.types.push({ params: [...t.params], results: [...t.results] });
      this.typeKeys.set(key, i);
    }
    return i;
  }

  /** Import a function; gives its function index. Must precede every addFunction. */
  importFunc(module: string, name: string, type: number): number {
    if (this.funcs.length) throw new Error('imports must be added before defined functions');
    this.imports.push({ module, name, kind: 'func', type });
    return this.importedFuncs++;
  }

  importTag(module: string, name: string, type: number): number {
    if (this.tags.length) throw new Error('tag imports must precede defined tags');
    this.imports.push({ module, name, kind: 'tag', type });
    return this.importedTags++;
  }

  /** The index the next defined function will get. */
  get nextFuncIndex(): number {
    return this.importedFuncs + this.funcs.length;
  }

  get funcCount(): number {
    return this.importedFuncs + this.funcs.length;
  }

  /** Add a defined function with its encoded body (local declarations, code, final `end`). */
  addFunction(type: number, body: Uint8Array): number {
    this.funcs.push({ type, body });
    return this.importedFuncs + this.funcs.length - 1;
  }

  /** Replace the body of a function added earlier (bodies may be filled in after all indices are known). */
  setBody(index: number, body: Uint8Array): void {
    const f = this.funcs[index - this.importedFuncs];
    if (!f) throw new Error(`no defined function ${index}`);
    f.body = body;
  }

  addTag(type: number): number {
    this.tags.push(type);
    return this.importedTags + this.tags.length - 1;
  }

  setName(func: number, name: string): void {
    this.names.set(func, name);
  }

  addElem(offset: number, funcs: number[]): void {
    this.elems.push({ offset, funcs });
  }

  addData(offset: number, bytes: Uint8Array): void {
    this.datas.push({ offset, bytes });
  }

  encode(): Uint8Array {
    const out = new ByteWriter(1024 + this.funcs.reduce((n, f) => n + f.body.length + 5, 0));
    out.bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    const section = (id: number, fill: (w: ByteWriter) => void) => {
      const w = new ByteWriter();
      fill(w);
      out.byte(id).sized(w);
    };
    if (this.types.length) {
      section(1, (w) => {
        w.u32(this.types.length);
        for (const t of this.types) {
          w.byte(0x60).u32(t.params.length).bytes(t.params).u32(t.results.length).bytes(t.results);
        }
      });
    }
    if (this.imports.length) {
      section(2, (w) => {
        w.u32(this.imports.length);
        for (const im of this.imports) {
          w.name(im.module).name(im.name);
          if (im.kind === 'func') w.byte(0x00).u32(im.type);
          else w.byte(0x04).byte(0x00).u32(im.type);
        }
      });
    }
    if (this.funcs.length) {
      section(3, (w) => {
        w.u32(this.funcs.length);
        for (const f of this.funcs) w.u32(f.type);
      });
    }
    const limits = (w: ByteWriter, l: { min: number; max?: number }) => {
      if (l.max === undefined) w.byte(0x00).u32(l.min);
      else w.byte(0x01).u32(l.min).u32(l.max);
    };
    if (this.table) section(4, (w) => limits(w.u32(1).byte(FUNCREF), this.table!));
    if (this.memory) section(5, (w) => limits(w.u32(1), this.memory!));
    if (this.tags.length) {
      section(13, (w) => {
        w.u32(this.tags.length);
        for (const t of this.tags) w.byte(0x00).u32(t);
      });
    }
    if (this.globals.length) {
      section(6, (w) => {
        w.u32(this.globals.length);
        for (const g of this.globals) {
          w.byte(g.type).byte(g.mutable ? 1 : 0);
          if (g.type === I64) w.byte(OP.i64_const).s64(BigInt(g.init));
          else w.byte(OP.i32_const).s32(Number(g.init));
          w.byte(OP.end);
        }
      });
    }
    if (this.exports.length) {
      section(7, (w) => {
        w.u32(this.exports.length);
        for (const e of this.exports) w.name(e.name).byte(EXPORT_KIND[e.kind]).u32(e.index);
      });
    }
    if (this.elems.length) {
      section(9, (w) => {
        w.u32(this.elems.length);
        for (const e of this.elems) {
          w.byte(0x00).byte(OP.i32_const).s32(e.offset).byte(OP.end).u32(e.funcs.length);
          for (const f of e.funcs) w.u32(f);
        }
      });
    }
    if (this.funcs.length) {
      section(10, (w) => {
        w.u32(this.funcs.length);
        for (const f of this.funcs) w.u32(f.body.length).bytes(f.body);
      });
    }
    if (this.datas.length) {
      section(11, (w) => {
        w.u32(this.datas.length);
        for (const d of this.datas) w.byte(0x00).byte(OP.i32_const).s32(d.offset).byte(OP.end).u32(d.bytes.length).bytes(d.bytes);
      });
    }
    if (this.names.size) {
      // The name section: engines use it for stack traces and tools for disassembly.
      const w = new ByteWriter();
      w.name('name');
      const fn = new ByteWriter();
      const sorted = [...this.names].sort((a, b) => a[0] - b[0]);
      fn.u32(sorted.length);
      for (const [i, n] of sorted) fn.u32(i).name(n);
      w.byte(1).sized(fn);
      out.byte(0).sized(w);
    }
    return out.finish();
  }
}

/**
 * Encode a function body: local declarations (runs of equal types, in the order given) followed by
 * the code, which must already end with `end`.
 */
export function functionBody(locals: readonly ValType[], code: Uint8Array | ByteWriter): Uint8Array {
  const w = new ByteWriter((code instanceof ByteWriter ? code.len : code.length) + 16);
  const runs: [number, ValType][] = [];
  for (const t of locals) {
    const last = runs[runs.length - 1];
    if (last && last[1] === t) last[0]++;
    else runs.push([1, t]);
  }
  w.u32(runs.length);
  for (const [n, t] of runs) w.u32(n).byte(t);
  if (code instanceof ByteWriter) w.bytes(code.buf.subarray(0, code.len));
  else w.bytes(code);
  return w.finish();
}
