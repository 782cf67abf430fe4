// Driver glue for the wasm JIT (tier 1) and the wasm build target.
// Takes: an optimized MIR module and the program's I/O (as runOnInterpreter does). Gives: the program
// run on the JIT, in-process (runOnWasm) or in a worker thread with a deep stack (WasmWorkerRunner,
// what `rayzor run` uses), with its exit status; the module bytes plus a JS loader for
// `build --target wasm`; the readable text of the module for `dump --stage wasm`.
// Invariant: failures print as tier 0 prints them (see wasm-run.ts, shared with the worker).

import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { HostIO } from '../interp/host.js';
import type { MirModule } from '../mir/mir.js';
import { prepareWasm, type PreparedWasm } from '../backend/wasm/jit.js';
import { compileWasm } from '../backend/wasm/module.js';
import { loaderSource } from '../backend/wasm/loader.js';
import { disassemble } from '../backend/wasm/text.js';
import type { RunResult } from './run.js';
import { runPrepared, type WasmRunOptions, type WorkerJob, type WorkerReply } from './wasm-run.js';

export { runPrepared, wasmFrames, type WasmRunOptions } from './wasm-run.js';

export function runOnWasm(m: MirModule, io: HostIO, opts: WasmRunOptions = {}): RunResult {
  const prepared = prepareWasm(m);
  opts.times?.add('wasm emit', prepared.emitMs);
  return runPrepared(prepared, io, opts);
}

/** The program's stack in the worker: wasm frames take 20-100 bytes, so millions of frames fit. */
const WORKER_STACK_MB = 128;

/**
 * Runs programs on the JIT in a worker thread whose stack is WORKER_STACK_MB (the main thread's is
 * ~1 MB, about 10,000 wasm frames, where tier 0 allows 100,000). Start it before compiling: the
 * worker boots while the main thread compiles. `run` blocks (Atomics.wait) until the program ends;
 * the worker writes the program's output to file descriptors 1 and 2 itself.
 */
export class WasmWorkerRunner {
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(new URL('./wasm-worker.js', import.meta.url), { resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
    this.worker.unref();
  }

  run(m: MirModule, args: string[], opts: WasmRunOptions = {}): RunResult {
    const prepared = prepareWasm(m);
    opts.times?.add('wasm emit', prepared.emitMs);
    return this.runPrepared(prepared, args, opts);
  }

  /** Run a module compiled earlier (by prepareWasm on this thread). */
  runPrepared(prepared: PreparedWasm, args: string[], opts: WasmRunOptions = {}): RunResult {
    // funcTimes and the bytes stay here: the compiled Module is all the worker needs
    const lean: PreparedWasm = { ...prepared, compiled: { ...prepared.compiled, bytes: new Uint8Array(0), funcTimes: [] } };
    const state = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const t0 = performance.now();
    const job: WorkerJob = { prepared: lean, args, maxHeapBytes: opts.maxHeapBytes, state, reply: port2 };
    this.worker.postMessage(job, [port2]);
    Atomics.wait(state, 0, 0);
    const msg = receiveMessageOnPort(port1)?.message as WorkerReply | undefined;
    port1.close();
    if (!msg) throw new Error('the wasm worker ended without a result');
    // msg.v8Ms is the main thread's compilation (carried in the job) plus the worker's instantiation
    opts.times?.add('wasm compile', msg.v8Ms);
    opts.times?.add('run', Math.max(0, performance.now() - t0 - (msg.v8Ms - prepared.v8Ms)));
    if (msg.error !== undefined) throw new Error(`wasm worker: ${msg.error}`);
    return { exitCode: msg.exitCode };
  }

  close(): void {
    void this.worker.terminate();
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
