// Compile and run: source → typed program → MIR (with the runtime and std) → verified → executed.
// Takes: what to compile (files or class path + main), defines, options. Gives: the MIR module and,
// for `run`, the program's exit status with its output written through the given sinks.
// Invariant: problems in the user's program are diagnostics in the sink; what the lowering cannot
// compile yet is a diagnostic too (code lower.unsupported), never a compiler stack trace.

import { dirname, join } from 'node:path';
import type { DiagnosticSink } from '../diag/sink.js';
import { makeHost, ProgramExit, type HostIO } from '../interp/host.js';
import { Interpreter, MirThrow, MirTrap } from '../interp/interp.js';
import { lowerProgram, LowerError } from '../lower/index.js';
import type { MirModule } from '../mir/mir.js';
import { formatVerifyErrors, verifyModule } from '../mir/verify.js';
import type { Defines } from '../syntax/preprocess.js';
import { stdPath, typecheck, type TypecheckInput } from './typecheck.js';

export function runtimePath(): string {
  return join(dirname(stdPath()), 'runtime');
}

export interface CompileOptions {
  ptrSize: 4 | 8;
}

/** The main class of a compilation: -main, or the single file's module. */
function mainOf(input: TypecheckInput): string | undefined {
  if (input.main) return input.main;
  const f = input.files[input.files.length - 1];
  if (!f) return undefined;
  const base = f.split('/').pop()!.replace(/\.hx$/, '');
  return base;
}

export function compileToMir(input: TypecheckInput, defines: Defines, sink: DiagnosticSink, opts: CompileOptions = { ptrSize: 4 }): MirModule | undefined {
  const r = typecheck(input, defines, sink);
  if (sink.hasErrors()) return undefined;
  const main = mainOf(input);
  if (!main) {
    sink.report('type.custom', undefined, 0, 0, ['No main class given']);
    return undefined;
  }
  let m: MirModule;
  try {
    m = lowerProgram(r.typer, main.includes('.') ? main : main, opts);
  } catch (e) {
    if (e instanceof LowerError) {
      sink.report('type.custom', undefined, 0, 0, [`rayzor cannot compile this program yet: ${e.message}`]);
      return undefined;
    }
    throw e;
  }
  if (sink.hasErrors()) return undefined;
  return m;
}

/** Verify a module; gives the annotated report or undefined when valid. */
export function verifyReport(m: MirModule): string | undefined {
  const errs = verifyModule(m);
  return errs.length ? formatVerifyErrors(m, errs) : undefined;
}

export interface RunResult {
  exitCode: number;
}

export function runOnInterpreter(m: MirModule, io: HostIO, opts: { maxHeapBytes?: number } = {}): RunResult {
  const interp = new Interpreter(m, makeHost(io), { maxHeapBytes: opts.maxHeapBytes });
  const err = (s: string) => io.write(2, new TextEncoder().encode(s));
  try {
    interp.call('rayzor_main', []);
    return { exitCode: 0 };
  } catch (e) {
    if (e instanceof ProgramExit) return { exitCode: e.code };
    if (e instanceof MirTrap) {
      err(`Uncaught exception: ${e.message}\n`);
      return { exitCode: 1 };
    }
    if (e instanceof MirThrow) {
      err('Uncaught exception\n');
      return { exitCode: 1 };
    }
    if (e instanceof RangeError) {
      err('Uncaught exception: Stack overflow\n');
      return { exitCode: 1 };
    }
    throw e;
  }
}
