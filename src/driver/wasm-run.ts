// Running a compiled module on the wasm JIT: instantiate, call rayzor_main, report failures as tier 0
// does. Shared by in-process runs (src/driver/wasm.ts) and the worker thread (wasm-worker.ts), which
// is why it imports no compiler code.
// Takes: a PreparedWasm and the program's I/O. Gives: the exit status; the worker protocol's types.
// Invariant: failures print as tier 0 prints them (`Uncaught exception: <message>` on stderr, exit 1),
// never a raw RuntimeError with a JS stack: traps are mapped to the interpreter's messages (null
// access, division by zero, stack overflow, ...) and followed by the Haxe function they happened in,
// taken from the wasm frames of the JS stack, which V8 names from our name section.

import type { MessagePort } from 'node:worker_threads';
import { makeHost, ProgramExit, type HostIO } from '../interp/host.js';
import { MirThrow, MirTrap } from '../interp/interp.js';
import { WasmProgram, type PreparedWasm } from '../backend/wasm/runtime.js';
import type { RunResult } from './run.js';
import type { Times } from './times.js';

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

/** Instantiate a compiled module with the platform layer and run `rayzor_main` to its end. */
export function runPrepared(prepared: PreparedWasm, io: HostIO, opts: WasmRunOptions = {}): RunResult {
  const err = (s: string) => io.write(2, new TextEncoder().encode(s));
  const jit = new WasmProgram(prepared, makeHost(io), { maxHeapBytes: opts.maxHeapBytes });
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

/** What the main thread sends the worker for one run. */
export interface WorkerJob {
  prepared: PreparedWasm;
  args: string[];
  maxHeapBytes?: number;
  /** [0]: 0 while running, 1 when done (the main thread waits on it). */
  state: Int32Array;
  reply: MessagePort;
}

export interface WorkerReply {
  exitCode: number;
  v8Ms: number;
  /** An internal failure (not the program's): its stack. */
  error?: string;
}

