// MIR: the mid-level IR every backend consumes. Typed SSA with block parameters (no phi nodes).
// Takes: nothing. Gives: the data types (module, function, block, instruction), the opcode table with
// each opcode's operand and result shape, and small constructors.
// Invariant: ids are dense numbers indexing arrays: value `v7` is `func.values[7]`, block `bb3` is
// `func.blocks[3]`; a function is named `@Module.name`. Every value has exactly one definition: a
// block parameter or an instruction result. Value types are i32, i64, f32, f64 and ptr (32 bits on
// wasm, 64 on native: layout code asks the target, MIR itself only says "pointer").
//
// Status: the IR, printer, reader, verifier and SSA builder exist; lowering from the typed AST, the
// optimizer passes and the interpreter come with the rest of issue 4.

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
  ptradd: { args: 2, result: 'ptr', typed: false },
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
  /** Immediate: integer/float constant (as text to keep i64 and float bits exact), memory offset. */
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
  | { k: 'unreachable' };

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

export interface MirModule {
  funcs: MirFunction[];
}

export function emptyFunction(name: string, sig: Signature): MirFunction {
  return { name, sig, blocks: [], values: [], external: false };
}

export function sigOf(m: MirModule, name: string): Signature | undefined {
  return m.funcs.find((f) => f.name === name)?.sig;
}
