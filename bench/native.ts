// The native section of `npm run bench`: every ../shared/bench program compiled to an executable
// through LLVM (as `rayzor compile` does: MIR and LLVM -O2, the system allocator) and run at full
// size, with the compile time split into rayzor (parse, type, lower, MIR passes, in-process), opt,
// llc and cc; and, for fib, mandelbrot, nbody and spectralnorm, the same program written in C
// (bench/c/*.c, `cc -O2`) as the yardstick. The goal is native within 1.3x of C.
// Takes: the repository root; the command line's --only and --programs; BENCH_PROGRAM_RUNS (runs
// of each executable, default 3). Gives: a table on stdout, progress on stderr.
// Invariant: every executable's output is checked (against NAME.expected, trace positions compared
// without folders); run times are medians of CPU time (user + sys, which the other work on a shared
// machine disturbs least); compare them as ratios.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticSink } from '../src/diag/sink.js';
import { formatClassic } from '../src/diag/format.js';
import { defaultDefines } from '../src/driver/defines.js';
import { buildNative, compileForNative, NATIVE_OPT_LEVEL, toolchainOrReason, type Toolchain } from '../src/driver/native.js';
import { defaultPasses } from '../src/opt/pipeline.js';
import { median, option, sectionWanted } from './util.js';

/** Bench programs that have a C twin in bench/c. */
const C_TWINS: Record<string, string> = { fibonacci: 'fib', mandelbrot: 'mandelbrot', nbody: 'nbody', spectralnorm: 'spectralnorm' };

/** The ratio to C the native build should stay within. */
const GOAL = 1.3;

interface NativeRow {
  name: string;
  rayzorMs?: number;
  optMs?: number;
  llcMs?: number;
  ccMs?: number;
  runS?: number;
  cS?: number;
  check: string;
}

/** The class holding `static function main`: the last class declared before it. */
function mainClass(src: string): string | undefined {
  const at = src.search(/static\s+(public\s+)?function\s+main\s*\(/);
  if (at < 0) return undefined;
  const classes = [...src.slice(0, at).matchAll(/\bclass\s+(\w+)/g)];
  return classes[classes.length - 1]?.[1];
}

/** Output equality with trace positions compared without folders (`benchmarks/X.hx:3:` = `X.hx:3:`). */
function sameOutput(got: string, want: string): boolean {
  const norm = (s: string) => s.replace(/^[^\s:]*\/(\w+\.hx:\d+: )/gm, '$1');
  return got === want || norm(got) === norm(want);
}

/**
 * Seconds of CPU (user + sys) of one run, through bash's `time` (Node cannot read a child's rusage);
 * wall-clock time when bash is missing. CPU time is what the other work on a shared machine disturbs
 * least, and the ratios to C are what the table is for.
 */
function cpuSeconds(exe: string): number {
  if (existsSync('/bin/bash')) {
    const r = spawnSync('/bin/bash', ['-c', 'TIMEFORMAT="%3U %3S"; time "$0" > /dev/null 2>&1', exe], { encoding: 'utf8' });
    const m = /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr ?? '');
    if (m) return Number(m[1]) + Number(m[2]);
  }
  const t0 = performance.now();
  spawnSync(exe, [], { stdio: 'ignore' });
  return (performance.now() - t0) / 1000;
}

/** One checked run (its output against `expected`), then the median CPU time of `runs` runs. */
function timeRuns(exe: string, runs: number, expected: string | undefined): { s: number; ok: boolean; note?: string } {
  const r = spawnSync(exe, [], { encoding: 'utf8', maxBuffer: 64 << 20 });
  let ok = true;
  let note: string | undefined;
  if (r.status !== 0) {
    ok = false;
    note = `exit ${r.status}: ${(r.stderr ?? '').split('\n')[0]}`;
  } else if (expected !== undefined && !sameOutput(r.stdout, expected)) {
    ok = false;
    note = 'output differs';
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(cpuSeconds(exe));
  return { s: median(times), ok, note };
}

function benchOne(name: string, file: string, work: string, runs: number, root: string, log: (l: string) => void): NativeRow {
  const src = readFileSync(file, 'utf8');
  const cls = mainClass(src);
  if (!cls) return { name, check: 'no main class' };
  const dir = join(work, name);
  mkdirSync(join(dir, 'benchmarks'), { recursive: true });
  writeFileSync(join(dir, 'benchmarks', `${cls}.hx`), src);
  const expectedFile = file.replace(/\.hx$/, '.expected');
  const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined;
  const row: NativeRow = { name, check: '' };
  log(`native: ${name}: compiling`);
  const sink = new DiagnosticSink();
  const t0 = performance.now();
  const m = compileForNative({ files: [], classPaths: [dir], main: `benchmarks.${cls}` }, defaultDefines(), sink, {
    passes: defaultPasses(NATIVE_OPT_LEVEL),
    verify: 'lowering',
    allocator: 'system',
  });
  row.rayzorMs = performance.now() - t0;
  if (!m || sink.hasErrors()) return { ...row, check: `compile error: ${sink.items.map((d) => formatClassic(d))[0] ?? '?'}` };
  const steps: Record<string, number> = {};
  const exe = join(dir, 'app');
  try {
    buildNative(m, { output: exe, optLevel: NATIVE_OPT_LEVEL, progress: false, onTime: (s, ms) => (steps[s] = (steps[s] ?? 0) + ms) });
  } catch (e) {
    return { ...row, check: `build failed: ${(e as Error).message.split('\n')[0]}` };
  }
  // the emit step is rayzor's own work too
  row.rayzorMs += steps['emit'] ?? 0;
  row.optMs = steps['opt'];
  row.llcMs = steps['llc'];
  row.ccMs = steps['cc'];
  log(`native: ${name}: running`);
  const nat = timeRuns(exe, runs, expected);
  row.runS = nat.s;
  row.check = nat.ok ? (expected === undefined ? 'ran' : 'ok') : (nat.note ?? 'FAILED');
  const twin = C_TWINS[name];
  const cFile = twin && join(root, 'bench', 'c', `${twin}.c`);
  if (cFile && existsSync(cFile)) {
    const cExe = join(dir, 'c-app');
    const tc = toolchainOrReason() as Toolchain;
    const r = spawnSync(tc.cc, ['-O2', cFile, '-o', cExe, '-lm'], { encoding: 'utf8' });
    if (r.status !== 0) row.check += `; C build failed: ${(r.stderr ?? '').split('\n')[0]}`;
    else {
      log(`native: ${name}: running the C twin`);
      const c = timeRuns(cExe, runs, expected);
      row.cS = c.s;
      if (!c.ok) row.check += `; C ${c.note ?? 'failed'}`;
    }
  }
  return row;
}

function formatTable(rows: NativeRow[], runs: number): string {
  const head = ['program', 'rayzor ms', 'opt ms', 'llc ms', 'cc ms', 'native s', 'C -O2 s', 'native/C', 'check'];
  // compile times are wall clock of one build (rayzor in-process, the tools as child processes)
  const ms = (x?: number) => (x === undefined ? '-' : x.toFixed(0));
  const s = (x?: number) => (x === undefined ? '-' : x.toFixed(3));
  const body = rows.map((r) => [
    r.name,
    ms(r.rayzorMs),
    ms(r.optMs),
    ms(r.llcMs),
    ms(r.ccMs),
    s(r.runS),
    s(r.cS),
    r.runS !== undefined && r.cS !== undefined ? `${(r.runS / r.cS).toFixed(2)}x${r.runS / r.cS > GOAL ? ' (!)' : ''}` : '-',
    r.check,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [
    `\nnative executables (full size, MIR and LLVM -O${NATIVE_OPT_LEVEL}; run times: median CPU seconds (user+sys) of ${runs} runs; C yardsticks cc -O2; (!) = beyond ${GOAL}x of C):`,
    line(head),
    ...body.map(line),
  ].join('\n');
}

/** The section `npm run bench` prints after the other program tables. */
export function benchNativeSection(root: string): void {
  if (!sectionWanted('native') || process.env['BENCH_NATIVE'] === '0') return;
  const benchDir = join(process.env['RAYZOR_SHARED'] ?? join(root, '..', 'shared'), 'bench');
  if (!existsSync(benchDir)) {
    console.log(`\nnative: ${benchDir} not found; skipped`);
    return;
  }
  const tc = toolchainOrReason();
  if (typeof tc === 'string') {
    console.log(`\nnative: skipped: ${tc}`);
    return;
  }
  const pick = option('--programs')?.split(',');
  const runs = Number(process.env['BENCH_PROGRAM_RUNS'] ?? 3);
  const files = readdirSync(benchDir)
    .filter((f) => f.endsWith('.hx') && (!pick || pick.includes(f.slice(0, -3))))
    .sort();
  const work = mkdtempSync(join(tmpdir(), 'rayzor-bench-native-'));
  const log = (l: string) => process.stderr.write(`${l}\n`);
  try {
    const rows = files.map((f) => benchOne(f.slice(0, -3), join(benchDir, f), work, runs, root, log));
    console.log(formatTable(rows, runs));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
