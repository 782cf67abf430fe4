// Worker side of the program runner: compiles and runs (or round-trips) each job it is sent and posts
// the result back. Takes: { kind, job } messages. Gives: one result message per job, in order.
// Invariant: one job at a time; the main thread terminates this worker when a job overruns its time,
// which is the only way to stop the interpreter, since it runs synchronously.

import { parentPort } from 'node:worker_threads';
import { unifiedDiff } from './golden.js';
import { compileAndRun, roundTripProgram, type ProgramJob } from './program.js';

parentPort!.on('message', (m: { kind: 'run' | 'roundtrip'; job: ProgramJob }) => {
  parentPort!.postMessage(m.kind === 'run' ? compileAndRun(m.job) : roundTripProgram(m.job, unifiedDiff));
});
