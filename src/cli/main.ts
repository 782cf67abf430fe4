// The `rayzor` command line.
// Takes: process arguments. Gives: an exit code (0 ok, 1 diagnostics with errors or a program that
// failed, 2 bad usage, 3 internal compiler error; `run` gives the program's own exit status) and
// output: diagnostics, timings and the program's stderr on stderr; dumps and the program's stdout on
// stdout.
// Invariant: no stack trace reaches the user: an internal failure is reported as one line naming it
// an internal compiler error (plus the annotated function for invalid MIR), with exit code 3; the
// stack is shown only with --debug or RAYZOR_DEBUG set.

import { writeFileSync, writeSync } from 'node:fs';
import { basename, isAbsolute, relative, sep } from 'node:path';
import { formatClassic, formatPretty } from '../diag/format.js';
import { DiagnosticSink } from '../diag/sink.js';
import { defaultDefines } from '../driver/defines.js';
import { collectHxFiles } from '../driver/sources.js';
import { parseFiles } from '../driver/syntax-check.js';
import { typecheck } from '../driver/typecheck.js';
import { DEFAULT_OPT_LEVEL, InvalidMir, PassSelectionError, selectPasses, type OptLevel } from '../driver/optimize.js';
import { compileProgram, programInput, runOnInterpreter, type PipelineOptions } from '../driver/run.js';
import { buildWasm, dumpWasm, WasmWorkerRunner } from '../driver/wasm.js';
import { buildNative, compileForNative, findToolchain, NATIVE_OPT_LEVEL, nativeIr, NativeToolError, parseAllocator, runNative } from '../driver/native.js';
import type { MirModule } from '../mir/mir.js';
import { Times } from '../driver/times.js';
import { printModule as printMirModule } from '../mir/print.js';
import { defaultPasses, PASSES } from '../opt/pipeline.js';
import { printModule } from '../syntax/ast-print.js';
import { printTypedModule } from '../typing/texpr-print.js';
import { parseDefines } from '../syntax/preprocess.js';

const VERSION = '0.1.0';
/** Help text that comes from the pass registry, wrapped to the help's width under its flag column. */
function wrapList(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > 72) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n' + ' '.repeat(23));
}
const PASS_NAMES = wrapList(`(${Object.keys(PASSES).join(', ')}, and the step program-only)`);

const USAGE = `rayzor ${VERSION}: a Haxe 4 compiler

Usage: rayzor <command> [options]

Commands:
  check PATH...        type-check .hx files (PATH: a file or a directory) and report diagnostics
  check -cp DIR -main Class
                       type-check a program from its class path and main class
  run FILE [-- ARGS...]
                       compile a program and run it (the wasm JIT; --tier 0: the MIR interpreter)
  run -cp DIR -main Class [-- ARGS...]
                       the same, from a class path and main class
  compile FILE -o APP  compile a program to a native executable through LLVM (also -cp/-main)
  build --target wasm FILE -o OUT.wasm
                       compile a program to a wasm module plus OUT.js, a loader (node OUT.js)
  dump --stage ast|typed|mir|llvm|wasm FILE
                       print a stage's output for a file (mir, llvm, wasm: also -cp/-main)
  help [command]       show help for a command

Common options:
  -D name[=value]      define a conditional compilation flag
  -O0|-O1|-O2|-O3      optimization level of run and dump --stage mir (default -O${DEFAULT_OPT_LEVEL})
  --times              run, dump --stage mir: per-stage and per-pass timings on stderr
  --message-format=classic|pretty
                       classic (default) is Haxe's one-line format; pretty adds a code frame
  -h, --help           show help
  --version            print the version
`;

const HELP: Record<string, string> = {
  check: `Usage: rayzor check [--syntax-only] [-D name[=value]]... [--message-format=FMT] PATH...
       rayzor check [options] -cp DIR [-cp DIR]... -main pack.Class

Type-checks every PATH (a .hx file, or a directory searched for .hx files; each file is a module
of its folder, honouring its package line), or the program reached from a main class, and prints
diagnostics on stderr in Haxe's format, e.g. "src/Main.hx:3: characters 9-21 : Unexpected }".
Exits 1 if there is any error, 0 otherwise.

  --syntax-only        stop after parsing
  -cp, --class-path DIR
                       add a class path (repeatable)
  -main, -m, --main CLASS
                       the main class (module path)
  -D name[=value]      define a flag for #if (repeatable)
  --message-format=classic|pretty
`,
  run: `Usage: rayzor run [options] FILE|DIR [-- ARGS...]
       rayzor run [options] -cp DIR [-cp DIR]... -main pack.Class [-- ARGS...]

Compiles a program (type-check, lower to MIR with the runtime and std, verify, optimize) and runs it
on the wasm JIT (MIR → one wasm module, compiled and run in-process by V8), or with --tier 0 on the
MIR interpreter. FILE's folder is a class path and its module the main class; a DIR is a
class path whose main class is -main, else Main. ARGS after -- reach Sys.args(). The exit status is
the program's (Sys.exit), 1 for an uncaught exception ("Uncaught exception: …" on stderr) or for
compile errors (diagnostics on stderr), 3 for an internal compiler error.

  -cp, --class-path DIR
                       add a class path (repeatable)
  -main, -m, --main CLASS
                       the main class (module path)
  -D name[=value]      define a flag for #if (repeatable)
  -O0|-O1|-O2|-O3      optimization level (default -O${DEFAULT_OPT_LEVEL}): -O0 runs no pass;
                       ${wrapList(`-O1: ${defaultPasses(1).join(', ')}; -O2: ${defaultPasses(2).join(', ')} (program-only: the passes after it work on the program's own functions, not std/runtime); -O3: ${defaultPasses(3).join(', ')}`)}
  --no-inline          drop the inline pass from the pipeline
  --passes a,b,c       run exactly these passes, in order:
                       ${PASS_NAMES}
  --dump-after=PASS    print the module's MIR on stdout after PASS (or all: after every pass),
                       each dump headed by a "; after PASS" comment line; the program still runs
  --times              print a table of time per stage and per pass on stderr (stdout is the
                       program's): parse+type, lower, verify, optimize and each pass, run
  --debug              verify the MIR after lowering and after every pass (as RAYZOR_VERIFY=1 does;
                       run verifies nothing without it) and show the stack of an internal compiler error
  --no-verify          skip verifying the MIR after lowering (dump, build, compile; run skips it anyway)
  --tier 0|1           the executor: 1 (default) the wasm JIT (MIR → wasm, compiled by V8 in-process),
                       0 the MIR interpreter
  --native             compile to a native executable through LLVM and run that instead (see
                       rayzor help compile; also takes --allocator)
  --max-heap BYTES     the program's heap limit
  --message-format=classic|pretty
`,
  dump: `Usage: rayzor dump --stage ast|typed [-D name[=value]]... FILE
       rayzor dump --stage mir [options] FILE|DIR
       rayzor dump --stage mir [options] -cp DIR -main pack.Class

Prints the output of a compiler stage in a stable text form on stdout.
  --stage ast          the untyped syntax tree, every node with its span (line:col)
  --stage typed        the typed tree: declarations, field types, typed bodies with inferred types
                       (also takes -cp/-main)
  --stage mir          the program's MIR module (runtime and std included) after the passes that
                       run would apply, in the text form the MIR reader accepts

Options for --stage mir (as for run): -cp, -main, -D, -O0..-O3 (default -O${DEFAULT_OPT_LEVEL}; -O0 shows the
lowering's own output), --no-inline, --passes a,b,c, --times, --debug, --no-verify, and
  --dump-after=PASS    print the module after PASS (or all: after every pass), each dump headed by a
                       "; after PASS" comment line, instead of only the final module
`,
  build: `Usage: rayzor build --target wasm [options] FILE|DIR -o OUT.wasm
       rayzor build --target wasm [options] -cp DIR [-cp DIR]... -main pack.Class -o OUT.wasm

Compiles a program to one WebAssembly module (program, std and runtime; memory, exception tag and
rayzor_main exported) and writes OUT.js beside it, an ES module that runs it: \`node OUT.js ARGS...\`
prints what \`rayzor run\` prints and exits with the same status; a web page can import it and call
run({ args, write }). Options as for run: -cp, -main, -D, -O0..-O3, --no-inline, --passes, --times.
`,
  compile: `Usage: rayzor compile [options] FILE|DIR -o APP
       rayzor compile [options] -cp DIR [-cp DIR]... -main pack.Class -o APP

Compiles a program to a native executable: MIR (with the runtime and std, 8-byte pointers) → LLVM IR
→ opt → llc → linked by cc with rayzor's platform layer. Needs LLVM 14 or later (opt, llc) and a C
compiler (Debian: apt-get install llvm gcc). The executable prints exactly what \`rayzor run\` prints
and exits as it does (1 with "Uncaught exception: …" on stderr for an uncaught exception or a trap).

  -o APP               the executable to write
  -O0|-O1|-O2|-O3      MIR passes and opt/llc level (default -O${NATIVE_OPT_LEVEL})
  --allocator=system|rayzor
                       system (default): libc malloc behind rayzor_malloc, with the runtime's
                       statistics; rayzor: the runtime's own allocator over big mapped chunks
  --keep-temps         keep the intermediate files beside APP (APP.ll, APP.opt.bc, APP.o)
  --debug              also check indirect calls (index and signature) as the interpreter does
  --times              per-stage timings, the toolchain steps included
  -cp, -main, -D, --no-inline, --passes, --no-verify, --message-format: as for run
The heap can be capped at run time with RAYZOR_MAX_HEAP=BYTES in the executable's environment.
`,
};

interface Parsed {
  command: string | undefined;
  positional: string[];
  defines: string[];
  classPaths: string[];
  main: string | undefined;
  flags: Map<string, string>;
  help: boolean;
  programArgs: string[];
}

class UsageError extends Error {}

/**
 * The reader of our stdout went away (`rayzor dump … | head`). We end as a process killed by SIGPIPE
 * would, quietly and with status 128 + 13, rather than report a failed write as a compiler error.
 */
class StdoutClosed extends Error {}
const SIGPIPE_STATUS = 141;

/** Options that take a value, written either `--opt value` or `--opt=value`. */
const VALUE_OPTS = new Set(['--message-format', '--stage', '--tier', '--target', '--max-heap', '--passes', '--dump-after', '--allocator']);
const BOOL_OPTS = new Set(['--syntax-only', '--no-verify', '--times', '--no-inline', '--debug', '--keep-temps', '--native']);

function parseArgs(argv: readonly string[]): Parsed {
  const out: Parsed = { command: undefined, positional: [], defines: [], classPaths: [], main: undefined, flags: new Map(), help: false, programArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.programArgs = argv.slice(i + 1);
      break;
    }
    if (a === '-h' || a === '--help') {
      out.help = true;
      continue;
    }
    if (a === '-D' || a === '--define') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      out.defines.push(v);
      continue;
    }
    if (a.startsWith('-D') && a.length > 2) {
      out.defines.push(a.slice(2));
      continue;
    }
    if (a === '-cp' || a === '--class-path' || a === '-p') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a directory`);
      out.classPaths.push(v);
      continue;
    }
    if (a === '-main' || a === '-m' || a === '--main') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a class name`);
      out.main = v;
      continue;
    }
    if (a === '-o') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError('-o needs an output path');
      out.flags.set('-o', v);
      continue;
    }
    if (/^-O[0-3]$/.test(a)) {
      out.flags.set('-O', a.slice(2));
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (VALUE_OPTS.has(name)) {
        const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
        if (v === undefined) throw new UsageError(`${name} needs a value`);
        out.flags.set(name, v);
        continue;
      }
      if (BOOL_OPTS.has(name) && eq < 0) {
        out.flags.set(name, 'true');
        continue;
      }
      if (name === '--version') {
        out.flags.set(name, 'true');
        continue;
      }
      throw new UsageError(`unknown option ${a}`);
    }
    if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    if (out.command === undefined) out.command = a;
    else out.positional.push(a);
  }
  return out;
}

/**
 * Paths under the working folder are shown relative to it: the driver makes class paths absolute, and
 * Haxe prints `Main.hx:3:` (the class path as given plus the module's file), which editors and people
 * expect. Paths elsewhere (std/) stay absolute.
 */
function showPath(p: string): string {
  const cwd = process.cwd();
  return isAbsolute(p) && p.startsWith(cwd + sep) ? relative(cwd, p) : p;
}

function printDiagnostics(sink: DiagnosticSink, format: string): void {
  const color = format === 'pretty' && process.stderr.isTTY === true && !process.env['NO_COLOR'];
  for (const d of sink.items) {
    process.stderr.write((format === 'pretty' ? formatPretty(d, { color, show: showPath }) : formatClassic(d, showPath)) + '\n');
  }
}

function messageFormat(p: Parsed): string {
  const f = p.flags.get('--message-format') ?? 'classic';
  if (f !== 'classic' && f !== 'pretty') throw new UsageError(`--message-format must be classic or pretty, not ${f}`);
  return f;
}

function defineTable(p: Parsed): Map<string, string> {
  const table = defaultDefines();
  for (const [k, v] of parseDefines(p.defines)) table.set(k, v);
  return table;
}

function cmdCheck(p: Parsed): number {
  const format = messageFormat(p);
  if (p.positional.length === 0 && !p.main) throw new UsageError('check needs a PATH or -main CLASS');
  const sink = new DiagnosticSink();
  const files = collectHxFiles(p.positional, sink);
  if (p.flags.has('--syntax-only')) parseFiles(files, defineTable(p), sink);
  else if (!sink.hasErrors()) typecheck({ files, classPaths: p.classPaths, main: p.main }, defineTable(p), sink);
  printDiagnostics(sink, format);
  return sink.hasErrors() ? 1 : 0;
}

/** Writes all of `data` to stdout, synchronously so that dumps and the program's output interleave in order. */
function writeStdout(data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let off = 0; off < bytes.length; ) {
    try {
      off += writeSync(1, bytes, off);
    } catch (e) {
      // A non-blocking pipe that is full: wait for the reader rather than lose output.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') throw new StdoutClosed();
      if (code !== 'EAGAIN') throw e;
    }
  }
}

/**
 * The compilation options of run and dump --stage mir, from -O/--no-inline/--passes/--dump-after/--debug.
 * `run` verifies the lowered MIR only with --debug (or RAYZOR_VERIFY=1): the verifier is a safety net
 * for compiler bugs, which the test suites run on every program they compile, and it was ~5% of a
 * fresh `rayzor run`, whose start-up is a goal; dump, build and compile keep it by default.
 */
function pipelineOptions(p: Parsed, times: Times | undefined, verifyByDefault = true): PipelineOptions {
  const o = p.flags.get('-O');
  const level = (o === undefined ? DEFAULT_OPT_LEVEL : Number(o)) as OptLevel;
  const list = p.flags.get('--passes');
  const dumpAfter = p.flags.get('--dump-after');
  let passes: string[];
  try {
    passes = selectPasses({ level, noInline: p.flags.has('--no-inline'), passes: list === undefined ? undefined : list.split(',').map((x) => x.trim()).filter((x) => x !== '') }, dumpAfter);
  } catch (e) {
    if (e instanceof PassSelectionError) throw new UsageError(e.message);
    throw e;
  }
  const verifyEach = p.flags.has('--debug') || process.env['RAYZOR_VERIFY'] === '1';
  return {
    passes,
    verify: verifyEach ? 'each' : p.flags.has('--no-verify') || !verifyByDefault ? 'none' : 'lowering',
    dumpAfter,
    onDump: (pass, text) => writeStdout(`; after ${pass}\n${text}`),
    times,
  };
}

function printTimes(times: Times | undefined): void {
  if (times && !times.empty) process.stderr.write(times.format());
}

function cmdDump(p: Parsed): number {
  const format = messageFormat(p);
  const stage = p.flags.get('--stage');
  if (stage !== 'ast' && stage !== 'typed' && stage !== 'mir' && stage !== 'llvm' && stage !== 'wasm') throw new UsageError(stage === undefined ? 'dump needs --stage ast|typed|mir|llvm|wasm' : `unknown stage ${stage} (available: ast, typed, mir, llvm, wasm)`);
  const sink = new DiagnosticSink();
  if (stage === 'mir' || stage === 'llvm' || stage === 'wasm') {
    if (p.positional.length > 1) throw new UsageError('dump --stage mir takes one FILE or DIR');
    if (p.positional.length === 0 && !p.main) throw new UsageError('dump --stage mir needs a FILE or -main CLASS');
    const times = p.flags.has('--times') ? new Times() : undefined;
    if (stage === 'llvm' && !p.flags.has('-O')) p.flags.set('-O', String(NATIVE_OPT_LEVEL));
    const opts = pipelineOptions(p, times);

    try {
      const input = programInput(p.positional, p.classPaths, p.main, sink);
      const m = input && (stage === 'llvm' ? compileForNative(input, defineTable(p), sink, { ...opts, allocator: allocatorFlag(p) }) : compileProgram(input, defineTable(p), sink, opts));
      // With --dump-after the dumps are the output; without it, the module the passes leave.
      if (m && opts.dumpAfter === undefined) writeStdout(stage === 'llvm' ? llvmText(p, m) : stage === 'wasm' ? dumpWasm(m) : printMirModule(m));
    } finally {
      printDiagnostics(sink, format);
      printTimes(times);
    }
    return sink.hasErrors() ? 1 : 0;
  }
  if (stage === 'ast') {
    if (p.positional.length !== 1) throw new UsageError('dump needs exactly one FILE');
    const parsed = parseFiles(p.positional, defineTable(p), sink);
    for (const f of parsed) writeStdout(printModule(f.module, f.file));
  } else {
    if (p.positional.length > 1 || (p.positional.length === 0 && !p.main)) throw new UsageError('dump --stage typed needs one FILE or -main CLASS');
    const files = collectHxFiles(p.positional, sink);
    if (!sink.hasErrors()) {
      const r = typecheck({ files, classPaths: p.classPaths, main: p.main }, defineTable(p), sink);
      for (const m of r.modules) writeStdout(printTypedModule(r.typer, m));
    }
  }
  printDiagnostics(sink, format);
  return sink.hasErrors() ? 1 : 0;
}

function cmdRun(p: Parsed): number {
  const format = messageFormat(p);
  const tier = p.flags.get('--tier') ?? '1';
  if (tier !== '0' && tier !== '1') throw new UsageError(`unknown tier ${tier} (available: 0, the MIR interpreter; 1, the wasm JIT)`);
  if (p.positional.length === 0 && !p.main) throw new UsageError('run needs a FILE or -main CLASS');
  if (p.positional.length > 1) throw new UsageError(`run takes one FILE (got ${p.positional.join(' ')}); program arguments go after --`);
  const maxHeapText = p.flags.get('--max-heap');
  const maxHeap = maxHeapText === undefined ? undefined : Number(maxHeapText);
  if (maxHeap !== undefined && !(Number.isInteger(maxHeap) && maxHeap > 0)) throw new UsageError(`--max-heap needs a positive number of bytes, not ${maxHeapText}`);
  const times = p.flags.has('--times') ? new Times() : undefined;
  const native = p.flags.has('--native');
  if (native && !p.flags.has('-O')) p.flags.set('-O', String(NATIVE_OPT_LEVEL));
  if (native && toolchainMissing()) return 1;
  const opts = pipelineOptions(p, times, false);
  // The JIT runs programs in a worker thread (a deep stack); it boots while the program compiles.
  const jit = tier === '1' && !native ? new WasmWorkerRunner() : undefined;
  const sink = new DiagnosticSink();
  try {
    const input = programInput(p.positional, p.classPaths, p.main, sink);
    const m = input && (native ? compileForNative(input, defineTable(p), sink, { ...opts, allocator: allocatorFlag(p) }) : compileProgram(input, defineTable(p), sink, opts));
    printDiagnostics(sink, format);
    if (!m || sink.hasErrors()) return 1;
    if (native) return nativeCommand(p, m, times, undefined, maxHeap);
    const io = { write: (fd: number, b: Uint8Array) => (fd === 2 ? void writeSync(2, b) : writeStdout(b)), args: p.programArgs };
    if (jit) return jit.run(m, p.programArgs, { maxHeapBytes: maxHeap, times }).exitCode;
    const t0 = performance.now();
    try {
      return runOnInterpreter(m, io, { maxHeapBytes: maxHeap }).exitCode;
    } finally {
      times?.add('run', performance.now() - t0);
    }
  } finally {
    jit?.close();
    printTimes(times);
  }
}

/** The IR `dump --stage llvm` prints: what compile gives opt (with the target's triple when LLVM is installed). */
function llvmText(p: Parsed, m: MirModule): string {
  let toolchain;
  try {
    toolchain = findToolchain();
  } catch {
    toolchain = undefined;
  }
  return nativeIr(m, { allocator: allocatorFlag(p), checkIndirect: p.flags.has('--debug'), toolchain });
}

function allocatorFlag(p: Parsed) {
  try {
    return parseAllocator(p.flags.get('--allocator'));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Whether opt/llc/cc are there, checked before compiling: a missing tool is reported (exit 1) without the wait. */
function toolchainMissing(): boolean {
  try {
    findToolchain();
    return false;
  } catch (e) {
    if (!(e instanceof NativeToolError)) throw e;
    process.stderr.write(`rayzor: ${e.message}\n`);
    return true;
  }
}

/** Build a compiled module natively: to `output` (compile), or to a temporary file that is run (run --native). */
function nativeCommand(p: Parsed, m: MirModule, times: Times | undefined, output: string | undefined, maxHeap?: number): number {
  const level = Number(p.flags.get('-O') ?? NATIVE_OPT_LEVEL) as OptLevel;
  const common = {
    optLevel: level,
    allocator: allocatorFlag(p),
    checkIndirect: p.flags.has('--debug'),
    onTime: (step: string, ms: number) => times?.add(step, ms, 'native'),
  };
  try {
    if (output !== undefined) {
      const r = buildNative(m, { ...common, output, keepTemps: p.flags.has('--keep-temps') });
      if (r.temps.length) process.stderr.write(`rayzor: kept ${r.temps.join(', ')}\n`);
      return 0;
    }
    return runNative(m, { ...common, args: p.programArgs, maxHeapBytes: maxHeap, onRunTime: (ms) => times?.add('run', ms) });
  } catch (e) {
    if (!(e instanceof NativeToolError)) throw e;
    process.stderr.write(`rayzor: ${e.message}\n`);
    return 1;
  }
}

function cmdCompile(p: Parsed): number {
  const format = messageFormat(p);
  if (p.positional.length === 0 && !p.main) throw new UsageError('compile needs a FILE or -main CLASS');
  if (p.positional.length > 1) throw new UsageError(`compile takes one FILE (got ${p.positional.join(' ')})`);
  const output = p.flags.get('-o');
  if (output === undefined) throw new UsageError('compile needs -o OUTPUT (the executable to write)');
  allocatorFlag(p);
  if (toolchainMissing()) return 1;
  if (!p.flags.has('-O')) p.flags.set('-O', String(NATIVE_OPT_LEVEL));
  const times = p.flags.has('--times') ? new Times() : undefined;
  const opts = pipelineOptions(p, times);
  const sink = new DiagnosticSink();
  try {
    const input = programInput(p.positional, p.classPaths, p.main, sink);
    const m = input && compileForNative(input, defineTable(p), sink, { ...opts, allocator: allocatorFlag(p) });
    printDiagnostics(sink, format);
    if (!m || sink.hasErrors()) return 1;
    return nativeCommand(p, m, times, output);
  } finally {
    printTimes(times);
  }
}

/** `build --target wasm -o OUT.wasm`: the wasm module and OUT.js, a loader that runs it (node OUT.js). */
function cmdBuild(p: Parsed): number {
  const format = messageFormat(p);
  const target = p.flags.get('--target') ?? 'wasm';
  if (target !== 'wasm') throw new UsageError(`unknown target ${target} (available: wasm; native executables: rayzor compile)`);
  if (p.positional.length === 0 && !p.main) throw new UsageError('build needs a FILE or -main CLASS');
  if (p.positional.length > 1) throw new UsageError(`build takes one FILE (got ${p.positional.join(' ')})`);
  const output = p.flags.get('-o');
  if (output === undefined || !output.endsWith('.wasm')) throw new UsageError('build --target wasm needs -o OUT.wasm');
  const times = p.flags.has('--times') ? new Times() : undefined;
  const opts = pipelineOptions(p, times);
  const sink = new DiagnosticSink();
  try {
    const input = programInput(p.positional, p.classPaths, p.main, sink);
    const m = input && compileProgram(input, defineTable(p), sink, opts);
    printDiagnostics(sink, format);
    if (!m || sink.hasErrors()) return 1;
    const out = buildWasm(m, basename(output));
    writeFileSync(output, out.wasm);
    writeFileSync(output.replace(/\.wasm$/, '.js'), out.loader);
    return 0;
  } finally {
    printTimes(times);
  }
}

export function main(argv: readonly string[]): number {
  let parsed: Parsed;
  let debug = false;
  try {
    parsed = parseArgs(argv);
    debug = parsed.flags.has('--debug');
    if (parsed.flags.has('--version')) {
      process.stdout.write(`rayzor ${VERSION}\n`);
      return 0;
    }
    const cmd = parsed.command;
    if (cmd === undefined || cmd === 'help') {
      const topic = parsed.positional[0];
      process.stdout.write(topic && HELP[topic] ? HELP[topic] : USAGE);
      return cmd === undefined && !parsed.help ? 2 : 0;
    }
    if (parsed.help) {
      process.stdout.write(HELP[cmd] ?? USAGE);
      return 0;
    }
    switch (cmd) {
      case 'check':
        return cmdCheck(parsed);
      case 'dump':
        return cmdDump(parsed);
      case 'run':
        return cmdRun(parsed);
      case 'compile':
        return cmdCompile(parsed);
      case 'build':
        return cmdBuild(parsed);
      default:
        throw new UsageError(`unknown command ${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`rayzor: ${e.message}\nRun 'rayzor --help' for usage.\n`);
      return 2;
    }
    if (e instanceof StdoutClosed) return SIGPIPE_STATUS;
    if (e instanceof InvalidMir) {
      process.stderr.write(`rayzor: internal compiler error: ${e.message}\n${e.report}${e.report.endsWith('\n') ? '' : '\n'}`);
      return 3;
    }
    const err = e as Error;
    process.stderr.write(`rayzor: internal compiler error: ${err?.message ?? String(e)}\n`);
    if (process.env['RAYZOR_DEBUG'] || debug) process.stderr.write(`${err?.stack ?? ''}\n`);
    return 3;
  }
}
