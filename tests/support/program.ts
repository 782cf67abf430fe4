// Compiling and running whole Haxe programs in-process, for the program-running tests.
// Takes: a program (files, or class paths and a main class), a heap limit, program arguments and the
// -O levels to run it at. Gives: per level, the bytes written to stdout and stderr and the exit code;
// or the stage that stopped it (diagnostics, invalid MIR, an optimizer failure, an internal error).
// Also the MIR text round trip of a lowered program (print → read → print, then verify).
// Invariant: the same compiled module is run at level 0 first and then optimized in place, with the
// verifier after every pass, so a difference between levels is the optimizer's and not the lowering's.

import { formatClassic } from '../../src/diag/format.js';
import { DiagnosticSink } from '../../src/diag/sink.js';
import { defaultDefines } from '../../src/driver/defines.js';
import { compileToMir, runOnInterpreter, verifyReport } from '../../src/driver/run.js';
import type { MirModule } from '../../src/mir/mir.js';
import { printModule } from '../../src/mir/print.js';
import { readModule } from '../../src/mir/read.js';
import { defaultPasses, runPasses } from '../../src/opt/pipeline.js';

export interface ProgramJob {
  files: string[];
  classPaths: string[];
  main?: string;
  args?: string[];
  maxHeapBytes?: number;
  /** -O levels to run at, in order; the module is optimized cumulatively (0 then 2 is the usual pair). */
  levels?: (0 | 1 | 2 | 3)[];
}

export interface LevelRun {
  level: number;
  stdout: Uint8Array;
  stderr: Uint8Array;
  exitCode: number;
  runMs: number;
}

export type ProgramResult =
  | { ok: true; compileMs: number; runs: LevelRun[] }
  | { ok: false; stage: 'compile' | 'verify' | 'optimize' | 'internal'; message: string; runs: LevelRun[] };

/** The chunks a program wrote to one stream, joined. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Run an already compiled module once, collecting both streams. */
export function runModule(m: MirModule, job: Pick<ProgramJob, 'args' | 'maxHeapBytes'>, level = 0): LevelRun {
  const out: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const t0 = performance.now();
  // The host hands over a view it may reuse, so each chunk is copied before it is kept.
  const { exitCode } = runOnInterpreter(m, { write: (fd, b) => void (fd === 2 ? err : out).push(b.slice()), args: job.args ?? [] }, { maxHeapBytes: job.maxHeapBytes });
  return { level, stdout: concat(out), stderr: concat(err), exitCode, runMs: performance.now() - t0 };
}

export function compileProgram(job: ProgramJob): { module: MirModule } | { error: string } {
  const sink = new DiagnosticSink();
  const m = compileToMir({ files: job.files, classPaths: job.classPaths, main: job.main }, defaultDefines(), sink);
  if (!m || sink.hasErrors()) return { error: sink.items.map((d) => formatClassic(d)).join('\n') || 'no module and no diagnostic' };
  return { module: m };
}

export function compileAndRun(job: ProgramJob): ProgramResult {
  const runs: LevelRun[] = [];
  try {
    const t0 = performance.now();
    const c = compileProgram(job);
    const compileMs = performance.now() - t0;
    if ('error' in c) return { ok: false, stage: 'compile', message: c.error, runs };
    const report = verifyReport(c.module);
    if (report) return { ok: false, stage: 'verify', message: report, runs };
    let done = 0;
    for (const level of job.levels ?? [0]) {
      if (level > done) {
        try {
          runPasses(c.module, defaultPasses(level), { verify: true });
        } catch (e) {
          return { ok: false, stage: 'optimize', message: `-O${level}: ${(e as Error).message}`, runs };
        }
        done = level;
      }
      runs.push(runModule(c.module, job, level));
    }
    return { ok: true, compileMs, runs };
  } catch (e) {
    return { ok: false, stage: 'internal', message: (e as Error).stack ?? String(e), runs };
  }
}

export const text = (b: Uint8Array): string => new TextDecoder().decode(b);

export interface Expectation {
  stdout: Uint8Array;
  exitCode: number;
  /** A substring stderr must contain (already trimmed of its final newline). */
  stderrIncludes?: string;
}

/** What is wrong with one run, as text with a diff, or undefined when it meets the expectation. */
export function mismatch(run: LevelRun, want: Expectation, diff: (a: string, b: string) => string): string | undefined {
  const problems: string[] = [];
  if (Buffer.compare(Buffer.from(run.stdout), Buffer.from(want.stdout)) !== 0) problems.push(`stdout differs:\n${diff(text(want.stdout), text(run.stdout))}`);
  if (run.exitCode !== want.exitCode) problems.push(`exit code ${run.exitCode}, expected ${want.exitCode}`);
  if (want.stderrIncludes !== undefined && !text(run.stderr).includes(want.stderrIncludes)) problems.push(`stderr does not contain ${JSON.stringify(want.stderrIncludes)}`);
  if (!problems.length) return undefined;
  const err = text(run.stderr);
  if (err && want.stderrIncludes === undefined) problems.push(`stderr:\n${err.length > 2000 ? err.slice(0, 2000) + '…' : err}`);
  return `at -O${run.level}: ${problems.join('\n')}`;
}

/** Differences between the -O0 run and each later one (all three streams must be identical). */
export function levelDifferences(runs: LevelRun[], diff: (a: string, b: string) => string): string | undefined {
  const base = runs[0];
  if (!base) return undefined;
  const problems: string[] = [];
  for (const r of runs.slice(1)) {
    if (Buffer.compare(Buffer.from(r.stdout), Buffer.from(base.stdout)) !== 0) problems.push(`-O${r.level} stdout differs from -O0:\n${diff(text(base.stdout), text(r.stdout))}`);
    if (Buffer.compare(Buffer.from(r.stderr), Buffer.from(base.stderr)) !== 0) problems.push(`-O${r.level} stderr differs from -O0:\n${diff(text(base.stderr), text(r.stderr))}`);
    if (r.exitCode !== base.exitCode) problems.push(`-O${r.level} exit code ${r.exitCode}, -O0 ${base.exitCode}`);
  }
  return problems.length ? problems.join('\n') : undefined;
}

export type RoundTripResult = { ok: true } | { ok: false; skipped: boolean; message: string };

/** Lower a program and check print → read → print is the identity and the module read back verifies. */
export function roundTripProgram(job: ProgramJob, diff: (a: string, b: string) => string): RoundTripResult {
  try {
    const c = compileProgram(job);
    // Whether a program compiles is the running tests' business; here it only means there is no MIR.
    if ('error' in c) return { ok: false, skipped: true, message: `does not compile: ${c.error.split('\n')[0]}` };
    const printed = printModule(c.module);
    const back = readModule(printed);
    if ('error' in back) return { ok: false, skipped: false, message: `the printed module does not read back: ${back.error}` };
    const again = printModule(back.module);
    if (again !== printed) return { ok: false, skipped: false, message: `print → read → print changed the text:\n${diff(printed, again)}` };
    const report = verifyReport(back.module);
    if (report) return { ok: false, skipped: false, message: `the module read back does not verify:\n${report}` };
    return { ok: true };
  } catch (e) {
    return { ok: false, skipped: false, message: (e as Error).stack ?? String(e) };
  }
}
