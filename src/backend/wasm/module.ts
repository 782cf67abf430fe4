// Whole-program linking: a MIR module (program + std + runtime) → one wasm module.
// Takes: a verified MirModule. Gives: the module's bytes and what the JS side needs to instantiate it
// (the import names, the data layout), plus per-function emission times.
// Invariants: the memory layout is the interpreter's (src/interp/interp.ts): [0, 1024) is never
// valid, the data image sits at 1024 with its relocations applied, the heap starts after it 8-aligned
// and grows through `rayzor_host_sbrk` (memory.grow on the JS side). Every `declare`d MIR function is
// an import `env.<name>`; the JIT's own imports live in module `rayzor` (trap, and a host allocator
// only when the module does not define rayzor_malloc/realloc/free, as the interpreter does). Exports:
// `memory`, the exception tag `exception` (payload: the thrown i32 pointer), `rayzor_main` when
// defined, and every defined function when `exportAll` is set (tests call functions by name).

import { fillTable, type MirModule, type Signature } from '../../mir/mir.js';
import { ModuleBuilder, I32, type ValType } from './encoder.js';
import { FunctionEmitter, valType, type ModuleContext } from './func.js';

export const DATA_BASE = 1024;
export const PAGE = 65536;
/** The heap may not grow beyond this (the interpreter's limit too). */
export const MAX_MEMORY = 0x7fff0000;
export const MAX_PAGES = 32768;

export interface CompileWasmOptions {
  /** Export every defined function under its MIR name (default: only rayzor_main). */
  exportAll?: boolean;
  /** Record the emission time of every function. */
  timeFunctions?: boolean;
}

export interface WasmCompiled {
  bytes: Uint8Array;
  /** Names of the `env` imports (the module's external functions), in import order. */
  envImports: string[];
  /** The `rayzor` imports the JIT provides: trap, and malloc/realloc/free when the module lacks them. */
  jitImports: string[];
  heapBase: number;
  initialPages: number;
  /** Per function: name and emission time in ms (when timeFunctions). */
  funcTimes: { name: string; ms: number; bytes: number }[];
}

export function compileWasm(m: MirModule, opts: CompileWasmOptions = {}): WasmCompiled {
  if (!m.table) m.table = [];
  fillTable(m);
  const b = new ModuleBuilder();
  const sigType = (s: Signature) => b.typeIndex({ params: s.params.map(valType), results: s.results.map(valType) });
  const index = new Map<string, number>();
  const sigs = new Map<string, Signature>();
  for (const f of m.funcs) sigs.set(f.name, f.sig);
  const envImports: string[] = [];
  for (const f of m.funcs) {
    if (!f.external) continue;
    index.set(f.name, b.importFunc('env', f.name, sigType(f.sig)));
    envImports.push(f.name);
  }
  const jitImports: string[] = ['trap'];
  const trapFunc = b.importFunc('rayzor', 'trap', b.typeIndex({ params: [I32], results: [] }));
  const defined = (n: string) => {
    const f = m.funcs.find((x) => x.name === n);
    return f && !f.external ? f : undefined;
  };
  const alloc = (name: string, params: ValType[], results: ValType[]): number => {
    if (defined(`rayzor_${name}`)) return -1;
    jitImports.push(name);
    return b.importFunc('rayzor', name, b.typeIndex({ params, results }));
  };
  let mallocFunc = alloc('malloc', [I32], [I32]);
  let reallocFunc = alloc('realloc', [I32, I32, I32], [I32]);
  let freeFunc = alloc('free', [I32, I32], []);
  const bodies: { f: (typeof m.funcs)[number]; idx: number }[] = [];
  for (const f of m.funcs) {
    if (f.external) continue;
    const idx = b.addFunction(sigType(f.sig), new Uint8Array([0, 0x0b]));
    index.set(f.name, idx);
    bodies.push({ f, idx });
  }
  if (mallocFunc < 0) mallocFunc = index.get('rayzor_malloc')!;
  if (reallocFunc < 0) reallocFunc = index.get('rayzor_realloc')!;
  if (freeFunc < 0) freeFunc = index.get('rayzor_free')!;
  for (const [name, i] of index) b.setName(i, name);
  b.setName(trapFunc, 'rayzor.trap');

  const tag = b.addTag(b.typeIndex({ params: [I32], results: [] }));
  const slots = new Map<string, number>();
  m.table.forEach((n, i) => slots.set(n, i));
  if (m.table.length) {
    b.table = { min: m.table.length, max: m.table.length };
    b.addElem(0, m.table.map((n) => index.get(n)!));
  }
  const data = m.data ?? { bytes: new Uint8Array(0), relocs: [] };
  const heapBase = (DATA_BASE + data.bytes.length + 7) & ~7;
  const initialPages = Math.max(16, Math.ceil((heapBase + PAGE) / PAGE));
  b.memory = { min: initialPages, max: MAX_PAGES };
  if (data.bytes.length) {
    const image = data.bytes.slice();
    const dv = new DataView(image.buffer);
    for (const r of data.relocs) dv.setUint32(r, (dv.getUint32(r, true) + DATA_BASE) >>> 0, true);
    b.addData(DATA_BASE, image);
  }

  const ctx: ModuleContext = {
    funcIndex: (n) => {
      const i = index.get(n);
      if (i === undefined) throw new Error(`wasm: call of unknown function @${n}`);
      return i;
    },
    funcSig: (n) => sigs.get(n),
    typeIndex: (params, results) => b.typeIndex({ params, results }),
    tableSlot: (n) => slots.get(n) ?? -1,
    tag,
    trapFunc,
    mallocFunc,
    reallocFunc,
    freeFunc,
    dataBase: DATA_BASE,
  };
  const emitter = new FunctionEmitter(ctx);
  const funcTimes: WasmCompiled['funcTimes'] = [];
  for (const { f, idx } of bodies) {
    const t0 = opts.timeFunctions ? performance.now() : 0;
    const body = emitter.emit(f);
    b.setBody(idx, body);
    if (opts.timeFunctions) funcTimes.push({ name: f.name, ms: performance.now() - t0, bytes: body.length });
  }

  b.exports.push({ name: 'memory', kind: 'memory', index: 0 });
  b.exports.push({ name: 'exception', kind: 'tag', index: tag });
  for (const { f, idx } of bodies) {
    if (opts.exportAll || f.name === 'rayzor_main') b.exports.push({ name: f.name, kind: 'func', index: idx });
  }
  return { bytes: b.encode(), envImports, jitImports, heapBase, initialPages, funcTimes };
}
