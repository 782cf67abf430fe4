// Running programs with a deadline on a small pool of long-lived worker threads.
// Takes: ProgramJobs (to compile and run, or to round-trip through the MIR text) and a timeout each.
// Gives: a promise of each job's result, or of a timeout result. Jobs queue and start on the first
// free worker, so a test can submit all its programs at once and await them in order, using every core.
// Invariant: a job that overruns kills its worker (the interpreter cannot be interrupted otherwise) and
// that slot gets a fresh worker; otherwise workers stay up between jobs, so the compiler stays warm
// (JIT, module loading), which keeps a suite of programs near a second each.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProgramJob, ProgramResult, RoundTripResult } from './program.js';

export type TimedResult = ProgramResult | { ok: false; stage: 'timeout'; message: string; runs: [] };
export type TimedRoundTrip = RoundTripResult | { ok: false; skipped: false; message: string };

type Kind = 'run' | 'roundtrip';

interface Pending {
  kind: Kind;
  job: ProgramJob;
  timeoutMs: number;
  resolve: (r: unknown) => void;
}

export class ProgramRunner {
  private readonly slots: (Worker | undefined)[];
  private readonly busy: boolean[];
  private readonly queue: Pending[] = [];

  /** Two workers by default: these machines have two cores, and the main thread mostly waits. */
  constructor(size = Math.max(1, Math.min(2, availableParallelism()))) {
    this.slots = new Array<Worker | undefined>(size).fill(undefined);
    this.busy = new Array<boolean>(size).fill(false);
  }

  run(job: ProgramJob, timeoutMs: number): Promise<TimedResult> {
    return this.submit('run', job, timeoutMs) as Promise<TimedResult>;
  }

  roundTrip(job: ProgramJob, timeoutMs: number): Promise<TimedRoundTrip> {
    return this.submit('roundtrip', job, timeoutMs) as Promise<TimedRoundTrip>;
  }

  private submit(kind: Kind, job: ProgramJob, timeoutMs: number): Promise<unknown> {
    return new Promise((resolve) => {
      this.queue.push({ kind, job, timeoutMs, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (let i = 0; i < this.slots.length && this.queue.length > 0; i++) {
      if (!this.busy[i]) this.start(i, this.queue.shift()!);
    }
  }

  private start(slot: number, p: Pending): void {
    this.busy[slot] = true;
    const w = (this.slots[slot] ??= new Worker(new URL('./program-worker.js', import.meta.url)));
    const fail = (message: string) => (p.kind === 'run' ? { ok: false, stage: 'internal', message, runs: [] } : { ok: false, skipped: false, message });
    const done = (r: unknown, workerLost: boolean) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      if (workerLost) this.slots[slot] = undefined;
      this.busy[slot] = false;
      p.resolve(r);
      this.pump();
    };
    const onMessage = (r: unknown) => done(r, false);
    const onError = (e: Error) => done(fail(`worker died: ${e.stack ?? e.message}`), true);
    const onExit = (code: number) => done(fail(`worker exited with code ${code}`), true);
    const timer = setTimeout(() => {
      w.off('exit', onExit);
      void w.terminate();
      const message = `no result within ${p.timeoutMs} ms`;
      done(p.kind === 'run' ? { ok: false, stage: 'timeout', message, runs: [] } : { ok: false, skipped: false, message }, true);
    }, p.timeoutMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage({ kind: p.kind, job: p.job });
  }

  /** Let the test process end: idle workers would otherwise keep it alive. */
  async close(): Promise<void> {
    const ws = this.slots.filter((w): w is Worker => w !== undefined);
    this.slots.fill(undefined);
    await Promise.all(ws.map((w) => w.terminate()));
  }
}
