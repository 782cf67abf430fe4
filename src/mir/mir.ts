// MIR: the mid-level IR every backend consumes. Typed SSA with block parameters (no phi nodes).
// Takes: nothing. Gives: the data types (module, function, block, instruction), the opcode table with
// each opcode's operand and result shape, and small constructors.
// Invariant: ids are dense numbers indexing arrays: value `v7` is `func.values[7]`, block `bb3` is
// `func.blocks[3]`; a function is named `@Module.name`. Every value has exactly one definition: a
// block parameter or an instruction result. Value types are i32, i64, f32, f64 and ptr (32 bits on
// wasm, 64 on native: layout code asks the target, MIR itself only says "pointer").
//
// Exceptions: a call that may throw and has a handler is the `invoke` terminator (an exception edge to
// an unwind block, whose first parameter receives the thrown pointer); `throw v` ends a block. A call
// without a handler propagates the exception to its own caller. Static data (string literals, type
// descriptors, vtables) is one byte image per module (`data`, addressed with `gaddr`); `table` lists the
// functions reachable by `call_indirect`, in index order (`funcref @f` is f's index in it).

export type MirType = 'i32' | 'i64' | 'f32' | 'f64' | 'ptr';
export const MIR_TYPES: readonly MirType[] = ['i32', 'i64', 'f32', 'f64', 'ptr'];

export type ValueId = number;
export type BlockId = number;

export interface ValueInfo {
  type: MirType;
  /** Where it is defined: a block parameter or an instruction (by block and index), for the verifier. */
  def: { k: 'param'; block: BlockId; index: number } | { k: 'inst'; block: BlockId; index: number } | { k: 'none' };
}

/** Operand shapes: `v` value, `t` type immediate, `i` integer immediate, `f` float immediate, `fn` function name. */
export interface OpInfo {
  /** Number of value operands (-1: variadic, e.g. calls). */
  args: number;
  /** Result: a fixed type, 'same' (the opcode's type suffix), 'none', or 'call' (from the callee's signature). */
  result: MirType | 'same' | 'none' | 'call';
  /** Takes a type suffix (`iadd.i32`). */
  typed: boolean;
  /** Which operand types are allowed with the suffix: ints, floats, any. */
  class?: 'int' | 'float' | 'any';
}

export const OPS = {
  iconst: { args: 0, result: 'same', typed: true, class: 'any' }, // ints, and ptr (0 is the null pointer)
  fconst: { args: 0, result: 'same', typed: true, class: 'float' },
  iadd: { args: 2, result: 'same', typed: true, class: 'int' },
  isub: { args: 2, result: 'same', typed: true, class: 'int' },
  imul: { args: 2, result: 'same', typed: true, class: 'int' },
  sdiv: { args: 2, result: 'same', typed: true, class: 'int' },
  udiv: { args: 2, result: 'same', typed: true, class: 'int' },
  srem: { args: 2, result: 'same', typed: true, class: 'int' },
  urem: { args: 2, result: 'same', typed: true, class: 'int' },
  and: { args: 2, result: 'same', typed: true, class: 'int' },
  or: { args: 2, result: 'same', typed: true, class: 'int' },
  xor: { args: 2, result: 'same', typed: true, class: 'int' },
  shl: { args: 2, result: 'same', typed: true, class: 'int' },
  sshr: { args: 2, result: 'same', typed: true, class: 'int' },
  ushr: { args: 2, result: 'same', typed: true, class: 'int' },
  fadd: { args: 2, result: 'same', typed: true, class: 'float' },
  fsub: { args: 2, result: 'same', typed: true, class: 'float' },
  fmul: { args: 2, result: 'same', typed: true, class: 'float' },
  fdiv: { args: 2, result: 'same', typed: true, class: 'float' },
  fneg: { args: 1, result: 'same', typed: true, class: 'float' },
  fsqrt: { args: 1, result: 'same', typed: true, class: 'float' },
  ffloor: { args: 1, result: 'same', typed: true, class: 'float' },
  fceil: { args: 1, result: 'same', typed: true, class: 'float' },
  ftrunc: { args: 1, result: 'same', typed: true, class: 'float' },
  fabs: { args: 1, result: 'same', typed: true, class: 'float' },
  // JS Math.min/max: NaN if either operand is NaN, -0 below +0 (wasm's f64.min/max agree)
  fmin: { args: 2, result: 'same', typed: true, class: 'float' },
  fmax: { args: 2, result: 'same', typed: true, class: 'float' },
  // comparisons give i32 0/1; the suffix is the operand type
  ieq: { args: 2, result: 'i32', typed: true, class: 'int' },
  ine: { args: 2, result: 'i32', typed: true, class: 'int' },
  slt: { args: 2, result: 'i32', typed: true, class: 'int' },
  sle: { args: 2, result: 'i32', typed: true, class: 'int' },
  ult: { args: 2, result: 'i32', typed: true, class: 'int' },
  ule: { args: 2, result: 'i32', typed: true, class: 'int' },
  feq: { args: 2, result: 'i32', typed: true, class: 'float' },
  fne: { args: 2, result: 'i32', typed: true, class: 'float' },
  flt: { args: 2, result: 'i32', typed: true, class: 'float' },
  fle: { args: 2, result: 'i32', typed: true, class: 'float' },
  // conversions: the suffix is the result type
  sext: { args: 1, result: 'same', typed: true, class: 'int' },
  zext: { args: 1, result: 'same', typed: true, class: 'int' },
  trunc: { args: 1, result: 'same', typed: true, class: 'int' },
  sitof: { args: 1, result: 'same', typed: true, class: 'float' },
  // saturating, like wasm's trunc_sat: NaN gives 0, values beyond the range give its min/max
  ftosi: { args: 1, result: 'same', typed: true, class: 'int' },
  fconv: { args: 1, result: 'same', typed: true, class: 'float' },
  bitcast: { args: 1, result: 'same', typed: true, class: 'any' },
  select: { args: 3, result: 'same', typed: true, class: 'any' },
  // memory: `load.T v_ptr +offset` (width/sign variants for narrow integers), `store.T v_val, v_ptr +offset`
  load: { args: 1, result: 'same', typed: true, class: 'any' },
  load8s: { args: 1, result: 'same', typed: true, class: 'int' },
  load8u: { args: 1, result: 'same', typed: true, class: 'int' },
  load16s: { args: 1, result: 'same', typed: true, class: 'int' },
  load16u: { args: 1, result: 'same', typed: true, class: 'int' },
  store: { args: 2, result: 'none', typed: true, class: 'any' },
  store8: { args: 2, result: 'none', typed: true, class: 'int' },
  store16: { args: 2, result: 'none', typed: true, class: 'int' },
  // the address as an integer (i32 wraps a 64-bit pointer): hashing, alignment, distances
  ptrtoint: { args: 1, result: 'same', typed: true, class: 'int' },
  ptradd: { args: 2, result: 'ptr', typed: false },
  // `gaddr +N`: the address of byte N of the module's static data image
  gaddr: { args: 0, result: 'ptr', typed: false },
  // memcpy dst, src, n (memmove semantics: the ranges may overlap); memset dst, byte, n
  memcpy: { args: 3, result: 'none', typed: false },
  memset: { args: 3, result: 'none', typed: false },
  // allocation through the runtime ABI: rayzor_malloc(size), rayzor_realloc(p, old, new), rayzor_free(p, size)
  malloc: { args: 1, result: 'ptr', typed: false },
  realloc: { args: 3, result: 'ptr', typed: false },
  free: { args: 2, result: 'none', typed: false },
  // calls: direct by name, indirect through the function table with an explicit signature
  call: { args: -1, result: 'call', typed: false },
  call_indirect: { args: -1, result: 'call', typed: false },
  funcref: { args: 0, result: 'i32', typed: false },
} as const satisfies Record<string, OpInfo>;

export type Opcode = keyof typeof OPS;

export interface Inst {
  op: Opcode;
  /** The type suffix, when the opcode takes one. */
  type: MirType | undefined;
  args: ValueId[];
  /** Results (0 or 1 for most opcodes; calls may return several). */
  results: ValueId[];
  /** Immediate: integer/float constant (as text to keep i64 and float bits exact), memory or data offset. */
  imm: string | undefined;
  /** Callee for call/funcref (`@Main.fib`), or signature name for call_indirect. */
  callee: string | undefined;
}

export interface BlockCall {
  block: BlockId;
  args: ValueId[];
}

export type Terminator =
  | { k: 'jump'; to: BlockCall }
  | { k: 'br'; cond: ValueId; then: BlockCall; else: BlockCall }
  | { k: 'switch'; value: ValueId; cases: { value: string; to: BlockCall }[]; default: BlockCall }
  | { k: 'ret'; values: ValueId[] }
  | { k: 'unreachable' }
  /** Raise the Haxe value `value` (a ptr): control goes to the innermost enclosing invoke's unwind block. */
  | { k: 'throw'; value: ValueId }
  /**
   * A call with an exception edge. `callee` is the function name, or when `indirect` the signature
   * text as call_indirect prints it, with args[0] the table index. On return, `to.block` receives the
   * call's results as its first parameters, then `to.args`; on a throw, `unwind.block` receives the
   * thrown ptr as its first parameter, then `unwind.args`.
   */
  | { k: 'invoke'; callee: string; indirect: boolean; args: ValueId[]; to: BlockCall; unwind: BlockCall };

export interface Block {
  params: ValueId[];
  insts: Inst[];
  term: Terminator | undefined;
}

export interface Signature {
  params: MirType[];
  results: MirType[];
}

export interface MirFunction {
  name: string; // without the leading @
  sig: Signature;
  /** Entry is block 0; its parameters are the function's parameters. */
  blocks: Block[];
  values: ValueInfo[];
  /** Declared but defined elsewhere (the runtime, a host import). */
  external: boolean;
}

export interface ModuleData {
  /** The static data image; executors place it at a data base address (the interpreter: 1024). */
  bytes: Uint8Array;
  /** Byte offsets in `bytes` of 4-byte little-endian data-relative offsets that become absolute pointers (+ base). */
  relocs: number[];
}

export interface MirModule {
  funcs: MirFunction[];
  /** The indirect-call table: `funcref @f` is the index of f here. */
  table: string[];
  data: ModuleData;
  /**
   * Names of the functions lowered from the program's own modules (not std/ or runtime/), when the
   * lowering gave them: the optimizer's `program-only` step confines the passes after it to these.
   * Not part of the text form (a module read back from text has none, and then nothing is confined).
   */
  programFuncs?: ReadonlySet<string>;
}

export function emptyFunction(name: string, sig: Signature): MirFunction {
  return { name, sig, blocks: [], values: [], external: false };
}

export function emptyModule(funcs: MirFunction[] = []): MirModule {
  return { funcs, table: [], data: { bytes: new Uint8Array(0), relocs: [] } };
}

/** f's index in the module's table, appending it when absent (what `funcref @f` evaluates to). */
export function tableIndex(m: MirModule, name: string): number {
  const i = m.table.indexOf(name);
  if (i >= 0) return i;
  m.table.push(name);
  return m.table.length - 1;
}

/**
 * Append every `funcref` target missing from the table, in module order (functions, blocks,
 * instructions), skipping names that are not functions of the module (the verifier reports those). Every executor and the reader call this, so they agree on each function's index
 * whether or not the producer filled the table itself.
 */
export function fillTable(m: MirModule): void {
  const have = new Set(m.table);
  const exists = new Set(m.funcs.map((f) => f.name));
  for (const f of m.funcs) {
    for (const b of f.blocks) {
      for (const i of b.insts) {
        if (i.op === 'funcref' && i.callee !== undefined && !have.has(i.callee) && exists.has(i.callee)) {
          have.add(i.callee);
          m.table.push(i.callee);
        }
      }
    }
  }
}

/** The block calls (successor edges) of a terminator, normal edge of an invoke first. */
export function termCalls(t: Terminator | undefined): BlockCall[] {
  if (!t) return [];
  switch (t.k) {
    case 'jump': return [t.to];
    case 'br': return [t.then, t.else];
    case 'switch': return [...t.cases.map((c) => c.to), t.default];
    case 'invoke': return [t.to, t.unwind];
    default: return [];
  }
}

/** Values a terminator reads other than its block-call arguments. */
export function termOperands(t: Terminator): ValueId[] {
  switch (t.k) {
    case 'br': return [t.cond];
    case 'switch': return [t.value];
    case 'ret': return t.values;
    case 'throw': return [t.value];
    case 'invoke': return t.args;
    default: return [];
  }
}

/** Rewrite every value a terminator reads (operands and block-call arguments) through `fn`, in place. */
export function mapTermValues(t: Terminator, fn: (v: ValueId) => ValueId): void {
  const inPlace = (xs: ValueId[]) => {
    for (let i = 0; i < xs.length; i++) xs[i] = fn(xs[i]!);
  };
  for (const c of termCalls(t)) inPlace(c.args);
  switch (t.k) {
    case 'br': t.cond = fn(t.cond); break;
    case 'switch': t.value = fn(t.value); break;
    case 'ret': inPlace(t.values); break;
    case 'throw': t.value = fn(t.value); break;
    case 'invoke': inPlace(t.args); break;
    default: break;
  }
}

/**
 * How many leading parameters of `c.block` the edge fills implicitly: an invoke's results on its
 * normal edge, the thrown value on its unwind edge, 0 on other edges. In a well-formed function it
 * is also `params.length - args.length` of the target.
 */
export function implicitParams(t: Terminator, c: BlockCall, f: MirFunction): number {
  if (t.k !== 'invoke') return 0;
  if (c === t.unwind) return 1;
  return (f.blocks[c.block]?.params.length ?? c.args.length) - c.args.length;
}

/** Parse signature text as `sigText` prints it (`(i32, ptr) -> i32`); undefined when malformed. */
export function parseSignature(text: string): Signature | undefined {
  const m = /^\(([^)]*)\)\s*(?:->\s*(.+))?$/.exec(text.trim());
  if (!m) return undefined;
  const list = (s: string): MirType[] | undefined => {
    const ts = s.trim() ? s.split(',').map((x) => x.trim() as MirType) : [];
    return ts.every((t) => MIR_TYPES.includes(t)) ? ts : undefined;
  };
  const params = list(m[1]!);
  const r = m[2]?.trim();
  const results = r === undefined ? [] : r.startsWith('(') && r.endsWith(')') ? list(r.slice(1, -1)) : list(r);
  return params && results ? { params, results } : undefined;
}

export function sigOf(m: MirModule, name: string): Signature | undefined {
  return m.funcs.find((f) => f.name === name)?.sig;
}
