// Running whole programs on tier 0 and on the wasm JIT, for the JIT's differential tests; also the
// worker thread that does it and the runner that gives each job a deadline.
// Takes: a program (files, or class paths and a main class), a heap limit, arguments. Gives: runs on
// tier 0 and on the JIT of the same module before optimization (-O0) and after -O2 (what `rayzor run`
// does), in that order.
// Invariant: the module is compiled once; the -O0 runs happen before the passes mutate it, so each
// pair of runs sees the same program and a difference within a pair is the JIT's (a difference
// between levels is the optimizer's). A job that overruns kills its worker (neither executor can be
// interrupted).

import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { DiagnosticSink } from '../../src/diag/sink.js';
import { formatClassic } from '../../src/diag/format.js';
import { defaultDefines } from '../../src/driver/defines.js';
import { compileToMir, runOnInterpreter, verifyReport } from '../../src/driver/run.js';
import { runOnWasm } from '../../src/driver/wasm.js';
import type { MirModule } from '../../src/mir/mir.js';
import { defaultPasses, runPasses } from '../../src/opt/pipeline.js';
import { concat } from './program.js';

export interface WasmJob {
  files: string[];
  classPaths: string[];
  main?: string;
  args?: string[];
  maxHeapBytes?: number;
  /** Skip the tier-0 run (when only the JIT's output against an expectation matters). */
  jitOnly?: boolean;
}

export interface ExecRun {
  executor: 'tier0 -O0' | 'jit -O0' | 'tier0 -O2' | 'jit -O2';
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
  ms: number;
}

export type WasmJobResult = { ok: true; runs: ExecRun[] } | { ok: false; stage: string; message: string };

function exec(executor: ExecRun['executor'], m: MirModule, job: WasmJob): ExecRun {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const io = { write: (fd: number, b: Uint8Array) => void (fd === 2 ? err : out).push(b.slice()), args: job.args ?? [] };
  const t0 = performance.now();
  const { exitCode } = executor.startsWith('tier0') ? runOnInterpreter(m, io, { maxHeapBytes: job.maxHeapBytes }) : runOnWasm(m, io, { maxHeapBytes: job.maxHeapBytes });
  return { executor, stdout: concat(out), stderr: concat(err), exitCode, ms: performance.now() - t0 };
}

export function runJob(job: WasmJob): WasmJobResult {
  try {
    const sink = new DiagnosticSink();
    const m = compileToMir({ files: job.files, classPaths: job.classPaths, main: job.main }, defaultDefines(), sink);
    if (!m || sink.hasErrors()) return { ok: false, stage: 'compile', message: sink.items.map((d) => formatClassic(d)).join('\n') || 'no module' };
    const report = verifyReport(m);
    if (report) return { ok: false, stage: 'verify', message: report };
    const runs: ExecRun[] = [];
    if (!job.jitOnly) runs.push(exec('tier0 -O0', m, job));
    runs.push(exec('jit -O0', m, job));
    runPasses(m, defaultPasses(2));
    if (!job.jitOnly) runs.push(exec('tier0 -O2', m, job));
    runs.push(exec('jit -O2', m, job));
    return { ok: true, runs };
  } catch (e) {
    return { ok: false, stage: 'internal', message: (e as Error).stack ?? String(e) };
  }
}

if (!isMainThread && parentPort) {
  parentPort.on('message', (job: WasmJob) => parentPort!.postMessage(runJob(job)));
}

/** Jobs run one at a time in a worker; a job past its deadline terminates the worker. */
export class WasmRunner {
  private worker: Worker | undefined;
  private tail: Promise<unknown> = Promise.resolve();

  run(job: WasmJob, timeoutMs: number): Promise<WasmJobResult> {
    const r = this.tail.then(() => this.runNow(job, timeoutMs));
    this.tail = r;
    return r;
  }

  private runNow(job: WasmJob, timeoutMs: number): Promise<WasmJobResult> {
    const w = (this.worker ??= new Worker(new URL(import.meta.url)));
    return new Promise((resolve) => {
      const done = (r: WasmJobResult) => {
        clearTimeout(timer);
        w.off('message', done);
        w.off('error', onError);
        resolve(r);
      };
      const onError = (e: Error) => {
        this.worker = undefined;
        done({ ok: false, stage: 'internal', message: `worker died: ${e.stack ?? e.message}` });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void w.terminate();
        done({ ok: false, stage: 'timeout', message: `no result within ${timeoutMs} ms` });
      }, timeoutMs);
      w.on('message', done);
      w.on('error', onError);
      w.postMessage(job);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
