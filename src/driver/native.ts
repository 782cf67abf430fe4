// The native toolchain driver: program → MIR with 8-byte pointers (compileForNative) → LLVM IR
// (src/backend/llvm) → opt → llc → cc link with the platform layer → an executable.
// Takes: a program (or a MIR module lowered with ptrSize 8) and build options (output path, -O level,
// allocator, --keep-temps, checked indirect calls). Gives: the executable (buildNative, or
// buildNativeAsync so that builds overlap), per-step times, `run --native` (runNative), and clear
// errors (NativeToolError) naming the Debian package to install when a tool is missing.
// Invariants:
// - Tools are found once per process: RAYZOR_OPT / RAYZOR_LLC / RAYZOR_CC override; otherwise
//   `opt`/`llc` (or `opt-N`/`llc-N`, newest first) of one LLVM major version >= 14, and `cc`, `clang`
//   or `gcc`. The target triple is llc's default target.
// - LLVM 14 reads opaque pointers only with -opaque-pointers, and some of its passes crash on them:
//   LoopAccessAnalysis (RuntimePointerChecking::insert asks a pointer for its element type) whenever
//   a loop needs runtime alias checks, and argpromotion at -O3. So on LLVM 14 we run opt's own -O
//   pipeline (as -print-pipeline-passes prints it) minus loop-vectorize, loop-load-elim and
//   argpromotion; from LLVM 15 on, plain -O<n>. The benchmarks do not vectorize in C at -O2 either
//   (their FP reductions must stay in order).
// - The platform layer (platform.c) is compiled once per compiler/source pair and cached under
//   $XDG_CACHE_HOME/rayzor (or the temp directory).
// - Intermediate files live in a fresh temporary directory, removed afterwards unless --keep-temps,
//   which writes them beside the output instead (app.ll, app.opt.bc, app.o).

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitModule, SYSTEM_ALLOCATOR_FUNCTIONS, type LlvmOptions } from '../backend/llvm/module.js';
import type { DiagnosticSink } from '../diag/sink.js';
import type { MirModule } from '../mir/mir.js';
import { sigText } from '../mir/print.js';
import type { Defines } from '../syntax/preprocess.js';
import { InvalidMir, optimize } from './optimize.js';
import { compileToMir, verifyReport, type PipelineOptions } from './run.js';
import type { TypecheckInput } from './typecheck.js';

// child_process, crypto and os are loaded on first use: the CLI imports this module for every
// command, `rayzor run` on the JIT never needs them, and child_process alone (with the net and
// stream modules it pulls in) cost ~9 ms of CPU in a fresh process.
const nodeRequire = createRequire(import.meta.url);
const childProcess = () => nodeRequire('node:child_process') as typeof import('node:child_process');
const os = () => nodeRequire('node:os') as typeof import('node:os');
const createHash = (alg: string) => (nodeRequire('node:crypto') as typeof import('node:crypto')).createHash(alg);
const homedir = () => os().homedir();
const tmpdir = () => os().tmpdir();

export class NativeToolError extends Error {}

/**
 * The MIR level of native builds when no -O is given: 2, above tier 0's default, because an AOT
 * build is about speed and -O2's inline + sroa is what removes the short-lived objects of
 * allocation-heavy code (mandelbrot: 77 s and 5 GB at MIR -O1, 1.4 s and 32 MB at -O2, with
 * LLVM -O2 in both cases). All 34 corpus programs print the same natively at MIR -O1 and -O2.
 */
export const NATIVE_OPT_LEVEL = 2;

export interface Toolchain {
  opt: string;
  llc: string;
  cc: string;
  llvmMajor: number;
  triple: string;
  dataLayout: string | undefined;
}

export type Allocator = 'system' | 'rayzor';

export interface NativeBuildOptions {
  output: string;
  optLevel: 0 | 1 | 2 | 3;
  allocator?: Allocator;
  keepTemps?: boolean;
  /** Index and signature checks on indirect calls (the interpreter's traps); --debug builds. */
  checkIndirect?: boolean;
  /** Step-by-step progress on stderr once a build has taken more than a second (TTY only by default). */
  progress?: boolean;
  /** Per-step times: emit, opt, llc, cc (ms). */
  onTime?: (step: string, ms: number) => void;
  /** The function the executable runs after relocation (default rayzor_main); test harnesses bring their own. */
  entry?: string;
  /** More C files to compile and link (test harnesses). */
  extraSources?: string[];
}

export interface NativeBuildResult {
  output: string;
  /** Where --keep-temps left the intermediate files. */
  temps: string[];
}

/** LLVM data layouts of the targets we know, so opt sees the target's pointer and type sizes. */
const DATA_LAYOUTS: [RegExp, string][] = [
  [/^x86_64-.*linux/, 'e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128'],
  [/^aarch64-.*linux/, 'e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128'],
];

/** The package root (holding package.json), from src/driver or dist/src/driver. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new NativeToolError('cannot find the rayzor installation (package.json) to locate the platform layer');
    dir = up;
  }
  return dir;
}

export function platformSource(): string {
  return join(packageRoot(), 'src', 'backend', 'llvm', 'platform.c');
}

function run(cmd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const r = childProcess().spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) return { ok: false, out: '', err: r.error.message };
  return { ok: r.status === 0, out: r.stdout ?? '', err: r.stderr ?? '' };
}

function llvmVersion(tool: string): { major: number; triple: string } | undefined {
  const r = run(tool, ['--version']);
  if (!r.ok) return undefined;
  const v = /LLVM version (\d+)\./.exec(r.out);
  if (!v) return undefined;
  const t = /Default target:\s*(\S+)/.exec(r.out);
  return { major: Number(v[1]), triple: t?.[1] ?? '' };
}

let cached: Toolchain | NativeToolError | undefined;

/** Find opt, llc and a C compiler; a NativeToolError says what to install when one is missing. */
export function findToolchain(): Toolchain {
  if (cached === undefined) cached = locate();
  if (cached instanceof NativeToolError) throw cached;
  return cached;
}

/** Like findToolchain, but undefined instead of an error (tests skip visibly with the reason). */
export function toolchainOrReason(): Toolchain | string {
  try {
    return findToolchain();
  } catch (e) {
    if (e instanceof NativeToolError) return e.message;
    throw e;
  }
}

function locate(): Toolchain | NativeToolError {
  const env = process.env;
  const versions = ['', '-19', '-18', '-17', '-16', '-15', '-14'];
  let llc: string | undefined;
  let info: { major: number; triple: string } | undefined;
  for (const suffix of env['RAYZOR_LLC'] ? [''] : versions) {
    const name = env['RAYZOR_LLC'] ?? `llc${suffix}`;
    const v = llvmVersion(name);
    if (v && v.major >= 14) {
      llc = name;
      info = v;
      break;
    }
  }
  if (!llc || !info) {
    const where = env['RAYZOR_LLC'] ? `RAYZOR_LLC=${env['RAYZOR_LLC']} is not one` : 'none was found on PATH';
    return new NativeToolError(
      `native compilation needs LLVM's llc and opt (version 14 or later), and ${where}; ` +
        'install them with `apt-get install llvm` (Debian/Ubuntu), or name them with RAYZOR_LLC and RAYZOR_OPT',
    );
  }
  const optCandidates = env['RAYZOR_OPT'] ? [env['RAYZOR_OPT']] : [llc.replace(/^llc/, 'opt'), 'opt'];
  const opt = optCandidates.find((o) => llvmVersion(o)?.major === info!.major);
  if (!opt) {
    return new NativeToolError(`native compilation needs LLVM's opt ${info.major} to go with ${llc}; install it with \`apt-get install llvm\` (Debian/Ubuntu), or name it with RAYZOR_OPT`);
  }
  const ccCandidates = env['RAYZOR_CC'] ? [env['RAYZOR_CC']] : ['cc', 'clang', 'gcc'];
  const cc = ccCandidates.find((c) => run(c, ['--version']).ok);
  if (!cc) {
    return new NativeToolError('native compilation needs a C compiler to link (cc, clang or gcc) and none was found; install one with `apt-get install gcc` (Debian/Ubuntu), or name it with RAYZOR_CC');
  }
  const triple = info.triple;
  return { opt, llc, cc, llvmMajor: info.major, triple, dataLayout: DATA_LAYOUTS.find(([re]) => re.test(triple))?.[1] };
}

/**
 * Before the MIR passes: with the system allocator, the runtime's allocator entry points become
 * external declarations (the LLVM backend defines them over libc), so that the MIR inliner cannot
 * copy the runtime's own allocator, and its own counters, into their callers.
 */
export function prepareForNative(m: MirModule, allocator: Allocator): void {
  if (allocator !== 'system' || !m.funcs.some((f) => f.name === 'rayzor_malloc' && !f.external)) return;
  for (const f of m.funcs) {
    if (!SYSTEM_ALLOCATOR_FUNCTIONS.has(f.name)) continue;
    if (f.name === 'rayzor.rt.Alloc.outOfMemory' && sigText(f.sig) !== '(i32)') continue;
    f.external = true;
    f.blocks = [];
    f.values = [];
  }
}

/**
 * compileProgram for a native build: lowered with 8-byte pointers, verified, prepared for the
 * allocator (prepareForNative), then the passes. Gives undefined when the program has errors (they
 * are in the sink); throws InvalidMir for MIR that does not verify.
 */
export function compileForNative(input: TypecheckInput, defines: Defines, sink: DiagnosticSink, opts: PipelineOptions & { allocator: Allocator }): MirModule | undefined {
  const m = compileToMir(input, defines, sink, { ...opts, ptrSize: 8 });
  if (!m) return undefined;
  const times = opts.times;
  if (opts.verify !== 'none') {
    const t0 = performance.now();
    const report = verifyReport(m);
    times?.add('verify', performance.now() - t0);
    if (report) throw new InvalidMir('lowering', report);
  }
  prepareForNative(m, opts.allocator);
  optimize(m, opts.passes, {
    verifyEach: opts.verify === 'each',
    dumpAfter: opts.dumpAfter,
    onDump: opts.onDump,
    onPassTime: (pass, ms) => times?.add(pass, ms, 'optimize'),
    onVerifyTime: (ms) => times?.add('verify', ms),
  });
  return m;
}

/** The IR `compile` feeds to opt (also `dump --stage llvm`). */
export function nativeIr(m: MirModule, opts: { allocator?: Allocator; checkIndirect?: boolean; toolchain?: Toolchain; entry?: string }): string {
  const llvm: LlvmOptions = { allocator: opts.allocator ?? 'system', checkIndirect: opts.checkIndirect ?? false, entry: opts.entry };
  if (opts.toolchain) {
    llvm.triple = opts.toolchain.triple || undefined;
    llvm.dataLayout = opts.toolchain.dataLayout;
  }
  return emitModule(m, llvm);
}

const pipelines = new Map<string, string>();

/** opt's arguments for an -O level: plain -O<n>, or on LLVM 14 its pipeline without the passes that crash on opaque pointers. */
function optArgs(tc: Toolchain, level: 1 | 2 | 3, scratch: string): string[] {
  if (tc.llvmMajor >= 15) return [`-O${level}`];
  const key = `${tc.opt}:${level}`;
  let p = pipelines.get(key);
  if (p === undefined) {
    const empty = join(scratch, 'empty.ll');
    writeFileSync(empty, 'define void @f() {\n  ret void\n}\n');
    const r = run(tc.opt, [`-O${level}`, '-print-pipeline-passes', empty, '-o', '/dev/null']);
    if (!r.ok) throw new NativeToolError(`${tc.opt} -print-pipeline-passes failed: ${r.err.trim()}`);
    const passes = splitTopLevel((r.out || r.err).trim()).filter((s) => !/^(verify|BitcodeWriterPass|PrintModulePass)$/.test(s));
    p = passes.map(withoutLaaPasses).filter((x) => x !== '').join(',');
    pipelines.set(key, p);
  }
  return ['-opaque-pointers', `-passes=${p}`];
}

/** Split a pass pipeline at commas outside parentheses and angle brackets. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '<') depth++;
    else if (c === ')' || c === '>') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.filter((x) => x !== '');
}

/**
 * Passes of LLVM 14 that crash on opaque pointers: the users of LoopAccessAnalysis (loop-vectorize,
 * loop-load-elim) and argpromotion (-O3), which ask a pointer for its element type.
 */
const LLVM14_CRASHERS = /^(loop-vectorize(<.*>)?|loop-load-elim|argpromotion)$/;

function withoutLaaPasses(pass: string): string {
  if (LLVM14_CRASHERS.test(pass)) return '';
  const open = pass.indexOf('(');
  if (open < 0 || !pass.endsWith(')')) return pass;
  const inner = splitTopLevel(pass.slice(open + 1, -1))
    .filter((x) => !LLVM14_CRASHERS.test(x))
    .map(withoutLaaPasses);
  return `${pass.slice(0, open)}(${inner.join(',')})`;
}

function cacheDir(): string {
  const base = process.env['XDG_CACHE_HOME'] ?? (homedir() ? join(homedir(), '.cache') : tmpdir());
  return join(base, 'rayzor');
}

/** platform.c compiled with `cc`, cached by source and compiler. */
function platformObject(tc: Toolchain): string {
  const src = platformSource();
  const text = readFileSync(src);
  const ccId = run(tc.cc, ['--version']).out.split('\n')[0] ?? tc.cc;
  const hash = createHash('sha256').update(text).update(ccId).update(tc.cc).digest('hex').slice(0, 16);
  let dir = cacheDir();
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    dir = join(tmpdir(), 'rayzor-cache');
    mkdirSync(dir, { recursive: true });
  }
  const obj = join(dir, `platform-${hash}.o`);
  if (existsSync(obj)) return obj;
  const tmp = `${obj}.${process.pid}.tmp`;
  const r = run(tc.cc, ['-O2', '-std=gnu11', '-c', src, '-o', tmp]);
  if (!r.ok) throw new NativeToolError(`compiling the platform layer failed:\n${r.err.trim()}`);
  renameSync(tmp, obj); // atomic: concurrent builds never see half an object
  return obj;
}

/** A tool invocation of a build (what the sync and async drivers run). */
interface ToolStep {
  name: string;
  what: string;
  cmd: string;
  args: string[];
}

/**
 * The steps of a build, as a generator so that one description serves both drivers: it yields each
 * tool run and is resumed once the tool succeeded; in-process work (writing the IR, the platform
 * object, moving the output) happens between yields.
 */
function* buildSteps(m: MirModule, opts: NativeBuildOptions, tc: Toolchain, scratch: string, timed: (name: string, fn: () => void) => void): Generator<ToolStep, NativeBuildResult, void> {
  const output = resolve(opts.output);
  const keep = opts.keepTemps ?? false;
  mkdirSync(dirname(output), { recursive: true });
  const base = keep ? output : join(scratch, 'app');
  const files = { ll: `${base}.ll`, bc: `${base}.opt.bc`, obj: `${base}.o` };
  timed('emit', () => writeFileSync(files.ll, nativeIr(m, { allocator: opts.allocator, checkIndirect: opts.checkIndirect, toolchain: tc, entry: opts.entry })));
  const opaque = tc.llvmMajor === 14 ? ['-opaque-pointers'] : [];
  let input = files.ll;
  if (opts.optLevel > 0) {
    yield { name: 'opt', what: `opt -O${opts.optLevel}`, cmd: tc.opt, args: [...optArgs(tc, opts.optLevel as 1 | 2 | 3, scratch), files.ll, '-o', files.bc] };
    input = files.bc;
  }
  yield { name: 'llc', what: `llc -O${opts.optLevel}`, cmd: tc.llc, args: [...opaque, `-O${opts.optLevel}`, '-relocation-model=pic', '-filetype=obj', input, '-o', files.obj] };
  let platform = '';
  timed('cc', () => (platform = platformObject(tc)));
  const extra = (opts.extraSources ?? []).map((src, k) => ({ src, obj: join(scratch, `extra${k}.o`) }));
  for (const e of extra) yield { name: 'cc', what: 'compiling C', cmd: tc.cc, args: ['-O2', '-c', e.src, '-o', e.obj] };
  // Link to a temporary name first so a failed link never leaves a stale executable behind.
  const tmpOut = join(scratch, 'a.out');
  yield { name: 'cc', what: 'linking', cmd: tc.cc, args: [files.obj, ...extra.map((e) => e.obj), platform, '-o', tmpOut, '-lm'] };
  try {
    renameSync(tmpOut, output);
  } catch {
    copyFileSync(tmpOut, output); // another file system
  }
  return { output, temps: keep ? [files.ll, ...(opts.optLevel > 0 ? [files.bc] : []), files.obj] : [] };
}

function toolFailed(step: ToolStep, err: string): NativeToolError {
  return new NativeToolError(`${step.name === 'cc' ? step.what : step.name} failed (${step.cmd} ${step.args.join(' ')}):\n${err.trim().split('\n').slice(0, 30).join('\n')}`);
}

/** Runs in-process work of a build (writing IR, the platform object) under its step name for onTime. */
function stepTimer(opts: NativeBuildOptions): (name: string, fn: () => void) => void {
  return (name, fn) => {
    const s0 = performance.now();
    fn();
    opts.onTime?.(name, performance.now() - s0);
  };
}

/** After a tool ran (started at s0): reports its time, and turns a failure into a NativeToolError. */
function checkStep(opts: NativeBuildOptions, step: ToolStep, s0: number, res: { ok: boolean; err: string }): void {
  opts.onTime?.(step.name, performance.now() - s0);
  if (!res.ok) throw toolFailed(step, res.err);
}

/** Compile a lowered module (ptrSize 8) to an executable, synchronously (the CLI). */
export function buildNative(m: MirModule, opts: NativeBuildOptions): NativeBuildResult {
  const tc = findToolchain();
  const t0 = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'rayzor-native-'));
  const tty = opts.progress ?? process.stderr.isTTY === true;
  let shown = false;
  const timed = stepTimer(opts);
  try {
    const gen = buildSteps(m, opts, tc, scratch, timed);
    for (let r = gen.next(); ; ) {
      if (r.done) return r.value;
      const step = r.value;
      const elapsed = performance.now() - t0;
      if (tty && elapsed > 1000) {
        // A build past a second says what it is doing (between steps: the tools run synchronously).
        process.stderr.write(`\r\x1b[Krayzor: ${step.what} (${(elapsed / 1000).toFixed(1)} s)`);
        shown = true;
      }
      const s0 = performance.now();
      checkStep(opts, step, s0, run(step.cmd, step.args));
      r = gen.next();
    }
  } finally {
    if (shown) process.stderr.write('\r\x1b[K');
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The same build with the tools run asynchronously, so that several builds overlap (tests, bench). */
export async function buildNativeAsync(m: MirModule, opts: NativeBuildOptions): Promise<NativeBuildResult> {
  const tc = findToolchain();
  const scratch = mkdtempSync(join(tmpdir(), 'rayzor-native-'));
  const timed = stepTimer(opts);
  try {
    const gen = buildSteps(m, opts, tc, scratch, timed);
    for (let r = gen.next(); ; ) {
      if (r.done) return r.value;
      const step = r.value;
      const s0 = performance.now();
      checkStep(opts, step, s0, await runAsync(step.cmd, step.args));
      r = gen.next();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function runAsync(cmd: string, args: string[]): Promise<{ ok: boolean; err: string }> {
  return new Promise((done) => {
    const child = childProcess().spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      if (err.length < 1 << 20) err += d;
    });
    child.on('error', (e) => done({ ok: false, err: e.message }));
    child.on('close', (code) => done({ ok: code === 0, err }));
  });
}

/**
 * `rayzor run --native`: build into a temporary directory and run the executable with the program's
 * arguments, stdin/stdout/stderr inherited. Gives its exit status (128 + n when killed by signal n).
 */
export function runNative(m: MirModule, opts: Omit<NativeBuildOptions, 'output' | 'keepTemps'> & { args: readonly string[]; maxHeapBytes?: number; onRunTime?: (ms: number) => void }): number {
  const dir = mkdtempSync(join(tmpdir(), 'rayzor-run-'));
  try {
    const { output } = buildNative(m, { ...opts, output: join(dir, 'app') });
    const env = { ...process.env };
    if (opts.maxHeapBytes !== undefined) env['RAYZOR_MAX_HEAP'] = String(opts.maxHeapBytes);
    const t0 = performance.now();
    const r = childProcess().spawnSync(output, [...opts.args], { stdio: 'inherit', env });
    opts.onRunTime?.(performance.now() - t0);
    if (r.error) throw new NativeToolError(`cannot run the executable: ${r.error.message}`);
    if (r.status !== null) return r.status;
    const signals: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGTERM: 15 };
    return 128 + (signals[r.signal ?? ''] ?? 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** --allocator's value, checked (the CLI turns the error into a usage error). */
export function parseAllocator(v: string | undefined): Allocator {
  if (v === undefined || v === 'system' || v === 'rayzor') return v ?? 'system';
  throw new NativeToolError(`--allocator must be system or rayzor, not ${v}`);
}
