// Whole-program benchmark of the wasm JIT: ../shared/bench on `rayzor run` (tier 1, a fresh process per
// run) against official Haxe's JS output on the same node (`haxe --main X -js out.js`, then `node
// out.js`), plus hello-world start-up against `haxe --main Main --interp`.
// Takes: the bench folder, a scale (1 = the programs as written), the number of runs. Gives: a table
// of medians: rayzor's compile time (parse+type, lower, verify, optimize, wasm emit and V8 compile)
// and run time, each as wall and CPU time (bench/wasm-harness.ts, a fresh process that does what
// `rayzor run` does, worker thread included); haxe's -js compile time and node's whole-process run
// time of the output, wall and CPU; the ratios; an output check against node's output.
// Invariant: both compilers see the same (possibly rescaled) source at benchmarks/<Class>.hx under a
// class path of its own, as the bench README prescribes; ratio > 1 means rayzor is slower. CPU times
// are what to compare on a loaded machine: wall times there mostly measure the other load.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaleProgram } from './programs.js';
import { median, option, sectionWanted } from './util.js';

export interface WasmBenchOptions {
  root: string;
  benchDir: string;
  scale: number;
  runs: number;
  haveHaxe: boolean;
  pick?: string[];
  /** -O level of the JIT runs (default: rayzor run's). */
  optLevel?: number;
  timeoutMs: number;
  log: (line: string) => void;
}

interface Row {
  name: string;
  size: string;
  compileS?: number;
  runS?: number;
  runCpuS?: number;
  haxeCompileS?: number;
  nodeS?: number;
  nodeCpuS?: number;
  check: string;
}

/** CPU seconds (user + system) of the waited-for children of this process so far (Linux /proc). */
function childrenCpu(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after the command: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/** The class holding `static function main`: the last class declared before it. */
function mainClass(src: string): string | undefined {
  const at = src.search(/static\s+(public\s+)?function\s+main\s*\(/);
  if (at < 0) return undefined;
  const classes = [...src.slice(0, at).matchAll(/\bclass\s+(\w+)/g)];
  return classes[classes.length - 1]?.[1];
}

interface HarnessTimes {
  compileMs: number;
  compileCpuMs: number;
  runMs: number;
  runCpuMs: number;
}

const dropTraceFolders = (s: string) => s.replace(/^[^\s:]*\/(\w+\.hx:\d+: )/gm, '$1');

function timed(cmd: string, args: string[], cwd: string, timeoutMs: number) {
  const c0 = childrenCpu();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20 });
  const c1 = childrenCpu();
  return { ...r, s: (performance.now() - t0) / 1000, cpu: c0 === undefined || c1 === undefined ? undefined : c1 - c0 };
}

export function benchWasm(o: WasmBenchOptions): string {
  const rows: Row[] = [];
  const harness = join(o.root, 'dist', 'bench', 'wasm-harness.js');
  const work = mkdtempSync(join(tmpdir(), 'rayzor-wasm-bench-'));
  try {
    for (const file of readdirSync(o.benchDir).filter((f) => f.endsWith('.hx')).sort()) {
      const name = file.slice(0, -3);
      if (o.pick && !o.pick.includes(name)) continue;
      const src = readFileSync(join(o.benchDir, file), 'utf8');
      const cls = mainClass(src);
      const scaled = scaleProgram(name, src, o.scale);
      if (!cls || 'error' in scaled) {
        rows.push({ name, size: '-', check: `skipped: ${cls ? (scaled as { error: string }).error : 'no main class'}` });
        continue;
      }
      const cp = join(work, name);
      mkdirSync(join(cp, 'benchmarks'), { recursive: true });
      writeFileSync(join(cp, 'benchmarks', `${cls}.hx`), scaled.src);
      const main = `benchmarks.${cls}`;
      const row: Row = { name, size: scaled.size, check: '' };
      const compile: number[] = [];
      const run: number[] = [];
      const runCpu: number[] = [];
      let out: string | undefined;
      for (let i = 0; i < o.runs; i++) {
        o.log(`  ${name} (${scaled.size}) run ${i + 1}/${o.runs}: rayzor JIT`);
        const r = timed('node', [harness, '-cp', cp, '-main', main, ...(o.optLevel === undefined ? [] : [`-O${o.optLevel}`])], cp, o.timeoutMs);
        const line = /^@@bench (.*)$/m.exec(r.stderr ?? '');
        if (r.status !== 0 || !line) {
          row.check = `FAILED: exit ${r.status ?? r.signal}: ${(r.stderr ?? '').split('\n')[0]}`;
          break;
        }
        const t = JSON.parse(line[1]!) as HarnessTimes;
        compile.push(t.compileMs / 1000);
        run.push(t.runMs / 1000);
        runCpu.push(t.runCpuMs / 1000);
        out = r.stdout;
      }
      if (run.length) {
        row.compileS = median(compile);
        row.runS = median(run);
        row.runCpuS = median(runCpu);
      }
      if (o.haveHaxe) {
        const js = join(cp, 'out.js');
        o.log(`  ${name}: haxe -js`);
        const h = timed('haxe', ['-cp', cp, '--main', main, '-js', js], cp, o.timeoutMs);
        if (h.status === 0) {
          row.haxeCompileS = h.s;
          const nodeRuns: number[] = [];
          const nodeCpu: number[] = [];
          let nodeOut: string | undefined;
          for (let i = 0; i < o.runs; i++) {
            o.log(`  ${name} run ${i + 1}/${o.runs}: node out.js`);
            const n = timed('node', [js], cp, o.timeoutMs);
            if (n.status !== 0) break;
            nodeRuns.push(n.s);
            if (n.cpu !== undefined) nodeCpu.push(n.cpu);
            nodeOut = n.stdout;
          }
          if (nodeRuns.length) row.nodeS = median(nodeRuns);
          if (nodeCpu.length) row.nodeCpuS = median(nodeCpu);
          if (out !== undefined && nodeOut !== undefined && !row.check) {
            row.check = out === nodeOut ? 'ok' : dropTraceFolders(out) === dropTraceFolders(nodeOut) ? 'ok*' : 'DIFFERS';
          }
        } else row.check += ` haxe -js failed: ${h.stderr.split('\n')[0]}`;
      }
      if (!row.check) row.check = 'ran (exit 0)';
      rows.push(row);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const f = (x: number | undefined, d = 3) => (x === undefined ? '-' : x.toFixed(d));
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : `${(a / b).toFixed(2)}x`);
  const head = ['program', 'size', 'jit compile s', 'jit run s', 'jit run cpu s', 'haxe -js compile s', 'node out.js s', 'node cpu s', 'run ratio', 'cpu ratio', 'output'];
  const load = (() => {
    try {
      return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    } catch {
      return undefined;
    }
  })();
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${[r.name, r.size, f(r.compileS), f(r.runS), f(r.runCpuS), f(r.haxeCompileS), f(r.nodeS), f(r.nodeCpuS, 2), ratio(r.runS, r.nodeS), ratio(r.runCpuS, r.nodeCpuS), r.check].join(' | ')} |`),
    '',
    `Scale ${o.scale}, ${o.optLevel === undefined ? "rayzor run's default -O level" : `-O${o.optLevel}`}, medians of ${o.runs} run(s), each a fresh process${load ? `; load average ${load} at the end` : ''}. jit compile = wall time`,
    'before the program starts (front end, MIR passes, wasm emission, V8 compilation); jit run = the program',
    "in the JIT's worker thread; run ratio = jit run / node out.js (wall; node's start-up, ~0.04 s, on its",
    'side); cpu ratio = the same in CPU time (process CPU while the program runs, V8 background work',
    'included; node: its whole process), the figure to trust on a loaded machine.',
    'ok* = same output except trace positions (rayzor prints X.hx:N, Haxe benchmarks/X.hx:N).',
  ];
  return lines.join('\n');
}

/** `rayzor run` of hello world (a fresh process, compile included) against `haxe --main Main --interp`. */
export function benchHello(o: { root: string; runs: number; haveHaxe: boolean }): string {
  const dir = mkdtempSync(join(tmpdir(), 'rayzor-hello-'));
  try {
    writeFileSync(join(dir, 'Main.hx'), 'class Main {\n  static function main() {\n    trace("Hello, world!");\n  }\n}\n');
    const cli = join(o.root, 'bin', 'rayzor.js');
    const measure = (cmd: string, args: string[]): { s: number; cpu?: number } | undefined => {
      const xs: number[] = [];
      const cs: number[] = [];
      for (let i = 0; i < o.runs; i++) {
        const r = timed(cmd, args, dir, 120_000);
        if (r.status !== 0) return undefined;
        xs.push(r.s);
        if (r.cpu !== undefined) cs.push(r.cpu);
      }
      return { s: median(xs), cpu: cs.length ? median(cs) : undefined };
    };
    const jit = measure('node', [cli, 'run', 'Main.hx']);
    const t0 = measure('node', [cli, 'run', '--tier', '0', 'Main.hx']);
    const haxe = o.haveHaxe ? measure('haxe', ['--main', 'Main', '--interp']) : undefined;
    const f = (x: { s: number; cpu?: number } | undefined) => (x === undefined ? '-' : `${x.s.toFixed(3)} s wall, ${x.cpu?.toFixed(2) ?? '-'} s cpu`);
    const r = (x: { s: number; cpu?: number } | undefined) =>
      x === undefined || haxe === undefined ? '' : ` (${(x.s / haxe.s).toFixed(2)}x haxe --interp wall, ${x.cpu !== undefined && haxe.cpu ? (x.cpu / haxe.cpu).toFixed(2) : '-'}x cpu)`;
    return [
      `hello world, fresh process, median of ${o.runs}:`,
      `  rayzor run (JIT)     ${f(jit)}${r(jit)}`,
      `  rayzor run --tier 0  ${f(t0)}${r(t0)}`,
      `  haxe --interp        ${f(haxe)}`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The JIT section of `npm run bench` (one call from bench/run.ts). Options after `npm run bench --`:
 * --jit-scale X (default 1: the programs as written; mandelbrot at 1 outgrows memory without a
 * collector), --jit-opt N (the JIT's -O level; default rayzor run's), --programs a,b as for the other
 * table; only with --only jit or programs (or no --only); BENCH_JIT_RUNS runs per program (default 3).
 */
export function benchWasmSection(root: string): void {
  if (!sectionWanted('jit')) return;
  const benchDir = join(process.env['RAYZOR_SHARED'] ?? join(root, '..', 'shared'), 'bench');
  const haveHaxe = spawnSync('haxe', ['--version']).status === 0;
  const runs = Number(process.env['BENCH_JIT_RUNS'] ?? 3);
  console.log(`\n${benchHello({ root, runs: Math.max(runs, 3), haveHaxe })}`);
  if (!existsSync(benchDir)) {
    console.log(`\nJIT programs: ${benchDir} not found; skipped`);
    return;
  }
  const scale = Number(option('--jit-scale') ?? 1);
  console.log(`\nJIT programs (scale ${scale}, ${runs} runs each)${haveHaxe ? '' : ': haxe is not installed, rayzor only'}:`);
  const jitOpt = option('--jit-opt');
  console.log(benchWasm({ root, benchDir, scale, runs, haveHaxe, pick: option('--programs')?.split(','), optLevel: jitOpt === undefined ? undefined : Number(jitOpt), timeoutMs: Number(process.env['BENCH_TIMEOUT'] ?? 600) * 1000, log: (l) => process.stderr.write(`${l}\n`) }));
}
