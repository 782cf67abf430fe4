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

import { fillTable, type MirFunction, type MirModule, type Signature } from '../../mir/mir.js';
import { ModuleBuilder, I32, type ValType } from './encoder.js';
import { FunctionEmitter, valType, type ModuleContext } from './func.js';
import { DATA_BASE, MAX_PAGES, PAGE } from './runtime.js';


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
  // Only what the program can reach is compiled: rayzor_main, the allocator, and the table (vtables
  // in the data image hold table indices, so every table entry is reachable).
  const live = opts.exportAll ? undefined : reachable(m);
  const funcs = live ? m.funcs.filter((f) => live.has(f.name)) : m.funcs;
  const b = new ModuleBuilder();
  const sigType = (s: Signature) => b.typeIndex({ params: s.params.map(valType), results: s.results.map(valType) });
  const index = new Map<string, number>();
  const sigs = new Map<string, Signature>();
  for (const f of m.funcs) sigs.set(f.name, f.sig);
  const envImports: string[] = [];
  for (const f of funcs) {
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
  const bodies: { f: MirFunction; idx: number }[] = [];
  for (const f of funcs) {
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

/** Functions reachable from rayzor_main, the allocator and the table, through calls and funcrefs. */
function reachable(m: MirModule): Set<string> {
  const byName = new Map<string, MirFunction>();
  for (let i = 0; i < m.funcs.length; i++) byName.set(m.funcs[i]!.name, m.funcs[i]!);
  const seen = new Set<string>();
  const work = ['rayzor_main', 'rayzor_malloc', 'rayzor_realloc', 'rayzor_free', ...m.table];
  while (work.length) {
    const n = work.pop()!;
    if (seen.has(n)) continue;
    const f = byName.get(n);
    if (!f) continue;
    seen.add(n);
    for (let bi = 0; bi < f.blocks.length; bi++) {
      const blk = f.blocks[bi]!;
      for (let ii = 0; ii < blk.insts.length; ii++) {
        const inst = blk.insts[ii]!;
        if ((inst.op === 'call' || inst.op === 'funcref') && inst.callee !== undefined && !seen.has(inst.callee)) work.push(inst.callee);
      }
      const t = blk.term;
      if (t && t.k === 'invoke' && !t.indirect && !seen.has(t.callee)) work.push(t.callee);
    }
  }
  return seen;
}
