// The worker thread that runs JIT-compiled programs for `rayzor run` (see WasmWorkerRunner in wasm.ts).
// Takes: WorkerJob messages (a compiled WebAssembly.Module and its layout, the program's arguments,
// a heap limit, a shared flag and a reply port). Gives: the program's output written straight to file
// descriptors 1 and 2, then a WorkerReply on the port and the flag set (the main thread waits on it).
// Invariant: the flag is set on every path, internal failures included, or the main thread would wait
// forever; a closed stdout (EPIPE) ends the program with status 141, as SIGPIPE would.

import { writeSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Times } from './times.js';
import { runPrepared, type WorkerJob, type WorkerReply } from './wasm-run.js';

class StdoutClosed extends Error {}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new StdoutClosed();
      if (code !== 'EAGAIN') throw e;
    }
  }
}

parentPort!.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  let v8Ms = 0;
  try {
    const times = { add: (stage: string, ms: number) => void (stage === 'wasm compile' ? (v8Ms += ms) : undefined) };
    const io = { write: (fd: number, b: Uint8Array) => writeAll(fd === 2 ? 2 : 1, b), args: job.args };
    const r = runPrepared(job.prepared, io, { maxHeapBytes: job.maxHeapBytes, times: times as unknown as Times });
    reply = { exitCode: r.exitCode, v8Ms };
  } catch (e) {
    reply = e instanceof StdoutClosed ? { exitCode: 141, v8Ms } : { exitCode: 3, v8Ms, error: (e as Error)?.stack ?? String(e) };
  }
  job.reply.postMessage(reply);
  Atomics.store(job.state, 0, 1);
  Atomics.notify(job.state, 0);
});
