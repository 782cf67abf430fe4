// Driver glue for the wasm JIT (tier 1) and the wasm build target.
// Takes: an optimized MIR module and the program's I/O (as runOnInterpreter does). Gives: the program
// run on the JIT with its exit status; the module bytes plus a JS loader for `build --target wasm`;
// the readable text of the module for `dump --stage wasm`.
// Invariant: failures print as tier 0 prints them (`Uncaught exception: <message>` on stderr, exit 1),
// never a raw RuntimeError with a JS stack: traps are mapped to the interpreter's messages (null
// access, division by zero, stack overflow, ...) and followed by the Haxe function they happened in,
// taken from the wasm frames of the JS stack, which V8 names from our name section.

import { makeHost, ProgramExit, type HostIO } from '../interp/host.js';
import { MirThrow, MirTrap } from '../interp/interp.js';
import type { MirModule } from '../mir/mir.js';
import { WasmJit } from '../backend/wasm/jit.js';
import { compileWasm } from '../backend/wasm/module.js';
import { loaderSource } from '../backend/wasm/loader.js';
import { disassemble } from '../backend/wasm/text.js';
import type { Times } from './times.js';
import type { RunResult } from './run.js';

export interface WasmRunOptions {
  maxHeapBytes?: number;
  /** Records `wasm emit` (our encoder) and `wasm compile` (V8's compilation + instantiation). */
  times?: Times;
}

/** The Haxe functions on the wasm frames of a JS stack, innermost first (from the name section). */
export function wasmFrames(stack: string | undefined): string[] {
  if (!stack) return [];
  const out: string[] = [];
  for (const m of stack.matchAll(/^\s*at (\S+) \(wasm:\/\/wasm\/[^)]*\)$/gm)) {
    const n = m[1]!;
    if (n === 'rayzor.trap') continue;
    out.push(n.replace(/^Object\./, ''));
  }
  return out;
}

export function runOnWasm(m: MirModule, io: HostIO, opts: WasmRunOptions = {}): RunResult {
  const err = (s: string) => io.write(2, new TextEncoder().encode(s));
  const jit = new WasmJit(m, makeHost(io), { maxHeapBytes: opts.maxHeapBytes });
  opts.times?.add('wasm emit', jit.emitMs);
  opts.times?.add('wasm compile', jit.v8Ms);
  const t0 = performance.now();
  try {
    jit.call('rayzor_main', []);
    return { exitCode: 0 };
  } catch (e) {
    if (e instanceof ProgramExit) return { exitCode: e.code };
    if (e instanceof MirTrap) {
      const where = wasmFrames((e as Error & { wasmStack?: string }).wasmStack ?? e.stack)[0];
      err(`Uncaught exception: ${e.message}\n${where ? `Called from ${where}\n` : ''}`);
      return { exitCode: 1 };
    }
    if (e instanceof MirThrow) {
      err('Uncaught exception\n');
      return { exitCode: 1 };
    }
    throw e;
  } finally {
    opts.times?.add('run', performance.now() - t0);
  }
}

export interface WasmBuild {
  wasm: Uint8Array;
  loader: string;
}

/** `build --target wasm`: the module and a loader that runs it (Node, or a browser page). */
export function buildWasm(m: MirModule, wasmFileName: string): WasmBuild {
  const c = compileWasm(m);
  return { wasm: c.bytes, loader: loaderSource(wasmFileName, c) };
}

/** `dump --stage wasm`: the module as text. */
export function dumpWasm(m: MirModule): string {
  return disassemble(compileWasm(m).bytes);
}
