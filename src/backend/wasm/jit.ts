// The JIT in one call: MIR → wasm bytes (our encoder) → WebAssembly.Module (V8) → a running instance.
// Takes: a MirModule (or a module prepared earlier) and host functions. Gives: WasmJit, the
// WasmProgram of runtime.ts built straight from MIR (what the tests and in-process runs use), and
// prepareWasm, the compile half on its own (its result can be posted to a worker thread).
// Invariant: tuneV8 runs before the first WebAssembly.Module is made, so V8's flags apply to it.

import type { HostFn } from '../../interp/interp.js';
import type { MirModule } from '../../mir/mir.js';
import { WA } from './api.js';
import { compileWasm, type CompileWasmOptions } from './module.js';
import { tuneV8, WasmProgram, type JitOptions, type PreparedWasm } from './runtime.js';

export { WasmProgram, type PreparedWasm } from './runtime.js';

/** MIR → wasm bytes → WebAssembly.Module (lazy, so functions compile on their first call). */
export function prepareWasm(m: MirModule, opts: CompileWasmOptions = {}): PreparedWasm {
  const t0 = performance.now();
  const compiled = compileWasm(m, opts);
  const t1 = performance.now();
  tuneV8();
  const module = new WA.Module(compiled.bytes);
  return { compiled, module, emitMs: t1 - t0, v8Ms: performance.now() - t1 };
}

export class WasmJit extends WasmProgram {
  constructor(source: MirModule | PreparedWasm, host: Record<string, HostFn> = {}, opts: JitOptions & CompileWasmOptions = {}) {
    super('funcs' in source ? prepareWasm(source, opts) : source, host, opts);
  }
}
