// Compile and run: source → typed program → MIR (with the runtime and std) → verified → optimized →
// executed.
// Takes: what to compile (files, a program folder, or class paths + main), defines, options (passes,
// verification, dumps, timings). Gives: the MIR module and, for `run`, the program's exit status with
// its output written through the given sinks.
// Invariant: problems in the user's program are diagnostics in the sink; what the lowering cannot
// compile yet is a diagnostic too ("rayzor cannot compile this program yet: …"), never a stack
// trace. MIR that does not verify is a compiler bug: InvalidMir, reported as an internal error.

import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DiagnosticSink } from '../diag/sink.js';
import { makeHost, ProgramExit, type HostIO } from '../interp/host.js';
import { Interpreter, MirThrow, MirTrap } from '../interp/interp.js';
import { lowerProgram, LowerError } from '../lower/index.js';
import type { MirModule } from '../mir/mir.js';
import { formatVerifyErrors, verifyModule } from '../mir/verify.js';
import type { Defines } from '../syntax/preprocess.js';
import type { HxModule } from '../typing/types.js';
import { InvalidMir, optimize } from './optimize.js';
import type { Times } from './times.js';
import { stdPath, typecheck, type TypecheckInput } from './typecheck.js';

export function runtimePath(): string {
  return join(dirname(stdPath()), 'runtime');
}

export interface CompileOptions {
  ptrSize?: 4 | 8;
  /** Where `--times` records the stages (parse+type, lower). */
  times?: Times;
}

/**
 * What `run`/`dump --stage mir` compile, from the command line's paths: a `.hx` file (its folder is a
 * class path, its module the main class unless -main says otherwise), or a folder (a class path whose
 * main class is -main, else `Main`). Nothing at all is fine when -main is given. A path that does not
 * exist, or a folder without the main class's file, is a diagnostic (undefined is returned).
 */
export function programInput(paths: readonly string[], classPaths: readonly string[], main: string | undefined, sink: DiagnosticSink): TypecheckInput | undefined {
  const input: TypecheckInput = { files: [], classPaths: [...classPaths], main };
  let ok = true;
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      sink.report('io.not-found', undefined, 0, 0, [p]);
      ok = false;
      continue;
    }
    if (!isDir) {
      input.files.push(p);
      continue;
    }
    input.classPaths.push(p);
    const mainName = main ?? 'Main';
    if (!existsSync(join(p, ...mainName.split('.')) + '.hx')) {
      sink.report('type.custom', undefined, 0, 0, [`No ${mainName.split('.').join('/')}.hx in ${p}${main ? '' : ' (name the main class with -main)'}`]);
      ok = false;
    }
    input.main = mainName;
  }
  return ok ? input : undefined;
}

/** The main class of a compilation: -main, or the module of the (last) file given. */
function mainOf(input: TypecheckInput, modules: readonly HxModule[]): string | undefined {
  if (input.main) return input.main;
  const f = input.files[input.files.length - 1];
  if (!f) return undefined;
  const full = resolve(f);
  return modules.find((m) => m.file.path === full || resolve(m.file.path) === full)?.path ?? f.split('/').pop()!.replace(/\.hx$/, '');
}

/**
 * Haxe's checks on the main class, with its wording: the module must define a class of its own name,
 * and that class a static function main. Reported here so the lowering never meets a missing entry.
 */
function checkMain(main: string, modules: readonly HxModule[], sink: DiagnosticSink): boolean {
  const m = modules.find((x) => x.path === main);
  if (!m) return true; // not a module of its own (the loader already said "Type not found")
  const name = main.split('.').pop()!;
  const t = m.types.find((x) => x.path.name === name);
  if (!t || t.kind !== 'class') {
    sink.report('type.module-no-type', undefined, 0, 0, [main, name]);
    return false;
  }
  t.build?.();
  const f = t.statics.get('main');
  if (!f || f.kind.k !== 'method') {
    sink.report('type.custom', t.pos.file, t.pos.pos, t.pos.end, [`Invalid -main : ${main} does not have static function main`]);
    return false;
  }
  return true;
}

export function compileToMir(input: TypecheckInput, defines: Defines, sink: DiagnosticSink, opts: CompileOptions = {}): MirModule | undefined {
  const times = opts.times;
  const t0 = performance.now();
  const r = typecheck(input, defines, sink);
  times?.add('parse+type', performance.now() - t0);
  if (sink.hasErrors()) return undefined;
  const main = mainOf(input, r.modules);
  if (!main) {
    sink.report('type.custom', undefined, 0, 0, ['No main class given']);
    return undefined;
  }
  if (!checkMain(main, r.modules, sink)) return undefined;
  let m: MirModule;
  const t1 = performance.now();
  try {
    const lib = [stdPath(), runtimePath()];
    m = lowerProgram(r.typer, main, { ptrSize: opts.ptrSize ?? 4, isLibrary: (f) => lib.some((d) => f.startsWith(d)) });
  } catch (e) {
    if (e instanceof LowerError) {
      sink.report('type.custom', e.file, e.pos, e.end, [`rayzor cannot compile this program yet: ${e.message}`]);
      return undefined;
    }
    throw e;
  } finally {
    times?.add('lower', performance.now() - t1);
  }
  if (sink.hasErrors()) return undefined;
  return m;
}

export interface PipelineOptions extends CompileOptions {
  /** The optimizer passes to run, in order (see optimize.ts `selectPasses`). */
  passes: readonly string[];
  /** Verify after lowering (`lowering`, the default), also after every pass (`each`), or not at all. */
  verify: 'none' | 'lowering' | 'each';
  dumpAfter?: string;
  onDump?: (pass: string, text: string) => void;
}

/**
 * The whole compilation: compileToMir, the verifier, the passes. Gives undefined when the program
 * has errors (they are in the sink); throws InvalidMir when the compiler produced bad MIR.
 */
export function compileProgram(input: TypecheckInput, defines: Defines, sink: DiagnosticSink, opts: PipelineOptions): MirModule | undefined {
  const m = compileToMir(input, defines, sink, opts);
  if (!m) return undefined;
  const times = opts.times;
  const addVerify = (ms: number) => times?.add('verify', ms);
  if (opts.verify !== 'none') {
    const t0 = performance.now();
    const report = verifyReport(m);
    addVerify(performance.now() - t0);
    if (report) throw new InvalidMir('lowering', report);
  }
  optimize(m, opts.passes, {
    verifyEach: opts.verify === 'each',
    dumpAfter: opts.dumpAfter,
    onDump: opts.onDump,
    onPassTime: (pass, ms) => times?.add(pass, ms, 'optimize'),
    onVerifyTime: addVerify,
  });
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
