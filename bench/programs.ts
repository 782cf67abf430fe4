// Whole-program benchmark: the ../shared/bench programs on tier 0 (the MIR interpreter) against official
// Haxe's `--interp`. Takes: the bench folder, a scale (1 = the programs as written, whose sizes take
// 1–30 s each on haxe --interp), the number of runs. Gives: one row per program with medians of rayzor's
// compile time and run time (in-process, in the worker of tests/support/program-runner.ts so that a
// runaway program can be stopped), haxe's whole-process time, their ratio and an output check.
// Invariant: both compilers run the same (possibly rescaled) source, laid out as benchmarks/<Class>.hx
// with the folder above it as the class path, as the bench README prescribes; at scale 1 the output is
// compared with NAME.expected, otherwise with haxe's output at that scale (or only exit 0 without haxe).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgramRunner } from '../tests/support/program-runner.js';
import { text } from '../tests/support/program.js';
import { median } from './util.js';

export interface ProgramRow {
  name: string;
  size: string;
  compileMs?: number;
  runS?: number;
  haxeS?: number;
  check: string;
}

/** A rescaled program: its source and a short description of the size chosen. */
type Scaled = { src: string; size: string } | { error: string };

/** Replace the value of `static inline var NAME = <int>;`, exactly one occurrence. */
function setConst(src: string, name: string, value: number): string {
  const re = new RegExp(`(static\\s+inline\\s+var\\s+${name}\\s*=\\s*)(\\d+)(\\s*;)`, 'g');
  const hits = src.match(re)?.length ?? 0;
  if (hits !== 1) throw new Error(`constant ${name} found ${hits} times`);
  return src.replace(re, `$1${value}$3`);
}

function constOf(src: string, name: string): number {
  const m = new RegExp(`static\\s+inline\\s+var\\s+${name}\\s*=\\s*(\\d+)\\s*;`).exec(src);
  if (!m) throw new Error(`constant ${name} not found`);
  return Number(m[1]);
}

/** The candidate whose cost is nearest, on a log scale, to `scale` × the cost at full size. */
function nearest<T extends object | number>(cands: T[], cost: (c: T) => number, target: number): T {
  let best = cands[0]!;
  for (const c of cands) if (Math.abs(Math.log(cost(c) / target)) < Math.abs(Math.log(cost(best) / target))) best = c;
  return best;
}

const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));

// How each program's running time depends on its size knobs, so a scale picks sizes of about that
// fraction of the work. Each knob is a constant in the source (the programs take no arguments).
const SCALERS: Record<string, (src: string, scale: number) => { src: string; size: string }> = {
  fibonacci(src, scale) {
    const m = /trace\(fib\((\d+)\)\)/.exec(src);
    if (!m) throw new Error('trace(fib(N)) not found');
    // calls grow by the golden ratio per step of n
    const n = Math.max(2, Math.round(Number(m[1]) + Math.log(scale) / Math.log((1 + Math.sqrt(5)) / 2)));
    return { src: src.replace(m[0], `trace(fib(${n}))`), size: `fib(${n})` };
  },
  binarytrees(src, scale) {
    const max = constOf(src, 'MAX_DEPTH');
    const min = constOf(src, 'MIN_DEPTH');
    // each of the (max-min)/2+1 depth rounds builds about 2^(max+min+1) nodes
    const work = (d: number) => (Math.floor((d - min) / 2) + 1) * 2 ** d;
    const d = nearest(Array.from({ length: max - min + 1 }, (_, i) => min + i), work, scale * work(max));
    return { src: setConst(src, 'MAX_DEPTH', d), size: `depth ${d}` };
  },
  fannkuch(src, scale) {
    const n = constOf(src, 'N');
    const rep = constOf(src, 'REPEAT');
    const cands: [number, number][] = [];
    for (let k = 3; k <= n; k++) for (let r = 1; r <= 12; r++) cands.push([k, r]);
    const [k, r] = nearest(cands, ([k, r]) => fact(k) * r, scale * fact(n) * rep);
    return { src: setConst(setConst(src, 'N', k), 'REPEAT', r), size: `N=${k} x${r}` };
  },
  mandelbrot(src, scale) {
    const h = Math.max(1, Math.round(constOf(src, 'HEIGHT') * scale));
    return { src: setConst(src, 'HEIGHT', h), size: `${constOf(src, 'WIDTH')}x${h}` };
  },
  nbody(src, scale) {
    const s = Math.max(1, Math.round(constOf(src, 'STEPS') * scale));
    return { src: setConst(src, 'STEPS', s), size: `${s} steps` };
  },
  richards(src, scale) {
    const it = Math.max(1, Math.round(constOf(src, 'ITERATIONS') * scale));
    return { src: setConst(src, 'ITERATIONS', it), size: `${it} runs` };
  },
  spectralnorm(src, scale) {
    // the work is quadratic in N
    const n = Math.max(2, Math.round(constOf(src, 'N') * Math.sqrt(scale)));
    return { src: setConst(src, 'N', n), size: `N=${n}` };
  },
};

export function scaleProgram(name: string, src: string, scale: number): Scaled {
  if (scale === 1) return { src, size: 'full' };
  const f = SCALERS[name];
  if (!f) return { error: `no size knob known for ${name}; run with --scale 1` };
  try {
    return f(src, scale);
  } catch (e) {
    return { error: `cannot rescale: ${(e as Error).message}` };
  }
}

/** The class holding `static function main`: the last class declared before it. */
function mainClass(src: string): string | undefined {
  const at = src.search(/static\s+(public\s+)?function\s+main\s*\(/);
  if (at < 0) return undefined;
  const classes = [...src.slice(0, at).matchAll(/\bclass\s+(\w+)/g)];
  return classes[classes.length - 1]?.[1];
}

/** Trace positions without folders: rayzor prints `X.hx:12:`, Haxe the class-path-relative path. */
const dropTraceFolders = (s: string) => s.replace(/^[^\s:]*\/(\w+\.hx:\d+: )/gm, '$1');

function compareOutputs(got: string, want: string): 'ok' | 'ok*' | 'DIFFERS' {
  if (got === want) return 'ok';
  return dropTraceFolders(got) === dropTraceFolders(want) ? 'ok*' : 'DIFFERS';
}

export interface ProgramBenchOptions {
  benchDir: string;
  scale: number;
  runs: number;
  haveHaxe: boolean;
  /** Only these programs (file names without .hx); all when undefined. */
  pick?: string[];
  timeoutMs: number;
  log: (line: string) => void;
}

export async function benchPrograms(opts: ProgramBenchOptions): Promise<ProgramRow[]> {
  const rows: ProgramRow[] = [];
  const files = readdirSync(opts.benchDir)
    .filter((f) => f.endsWith('.hx') && (!opts.pick || opts.pick.includes(f.slice(0, -3))))
    .sort();
  // One worker: programs are timed one at a time, never beside each other.
  const runner = new ProgramRunner(1);
  const work = mkdtempSync(join(tmpdir(), 'rayzor-bench-'));
  try {
    for (const file of files) {
      const name = file.slice(0, -3);
      const src = readFileSync(join(opts.benchDir, file), 'utf8');
      const cls = mainClass(src);
      const scaled = scaleProgram(name, src, opts.scale);
      if (!cls || 'error' in scaled) {
        rows.push({ name, size: '-', check: `skipped: ${!cls ? 'no main class found' : (scaled as { error: string }).error}` });
        continue;
      }
      const cp = join(work, name);
      mkdirSync(join(cp, 'benchmarks'), { recursive: true });
      writeFileSync(join(cp, 'benchmarks', `${cls}.hx`), scaled.src);
      const main = `benchmarks.${cls}`;
      const row: ProgramRow = { name, size: scaled.size, check: '' };
      const compile: number[] = [];
      const run: number[] = [];
      const haxe: number[] = [];
      let rayzorOut: string | undefined;
      let haxeOut: string | undefined;
      let failure: string | undefined;
      for (let i = 0; i < opts.runs && !failure; i++) {
        opts.log(`  ${name} (${scaled.size}) run ${i + 1}/${opts.runs}: rayzor`);
        const r = await runner.run({ files: [], classPaths: [cp], main, levels: [0] }, opts.timeoutMs);
        if (!r.ok) {
          failure = `rayzor ${r.stage}: ${r.message.split('\n')[0]}`;
          break;
        }
        const lr = r.runs[0]!;
        if (lr.exitCode !== 0) {
          failure = `rayzor exit ${lr.exitCode}: ${text(lr.stderr).split('\n')[0]}`;
          break;
        }
        compile.push(r.compileMs);
        run.push(lr.runMs / 1000);
        rayzorOut = text(lr.stdout);
        if (opts.haveHaxe) {
          opts.log(`  ${name} (${scaled.size}) run ${i + 1}/${opts.runs}: haxe --interp`);
          // No -cp: Haxe's default class path is the working folder, so its traces read benchmarks/X.hx.
          const t0 = performance.now();
          const h = spawnSync('haxe', ['--main', main, '--interp'], { cwd: cp, encoding: 'utf8', timeout: opts.timeoutMs, maxBuffer: 64 << 20 });
          const dt = (performance.now() - t0) / 1000;
          if (h.status !== 0) {
            haxeOut = undefined;
            row.check = `haxe failed (${h.error?.message ?? `exit ${h.status}: ${h.stderr.split('\n')[0]}`}); `;
          } else {
            haxe.push(dt);
            haxeOut = h.stdout;
          }
        }
      }
      if (compile.length) row.compileMs = median(compile);
      if (run.length) row.runS = median(run);
      if (haxe.length) row.haxeS = median(haxe);
      if (failure) row.check += `FAILED: ${failure}`;
      else if (rayzorOut !== undefined) {
        const expectedFile = join(opts.benchDir, `${name}.expected`);
        if (opts.scale === 1 && existsSync(expectedFile)) row.check += `${compareOutputs(rayzorOut, readFileSync(expectedFile, 'utf8'))} vs .expected`;
        else if (haxeOut !== undefined) row.check += `${compareOutputs(rayzorOut, haxeOut)} vs haxe`;
        else row.check += 'ran (exit 0), output not checked';
      }
      rows.push(row);
    }
  } finally {
    await runner.close();
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

export function formatProgramTable(rows: ProgramRow[], scale: number, runs: number): string {
  const head = ['program', 'size', 'rayzor compile ms', 'rayzor run s', 'haxe --interp s', 'ratio', 'output'];
  const cells = rows.map((r) => {
    const total = r.compileMs !== undefined && r.runS !== undefined ? r.compileMs / 1000 + r.runS : undefined;
    return [
      r.name,
      r.size,
      r.compileMs?.toFixed(0) ?? '-',
      r.runS?.toFixed(3) ?? '-',
      r.haxeS?.toFixed(3) ?? '-',
      total !== undefined && r.haxeS !== undefined ? `${(total / r.haxeS).toFixed(2)}x` : '-',
      r.check,
    ];
  });
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...cells.map((c) => `| ${c.join(' | ')} |`),
    '',
    `Scale ${scale}, medians of ${runs} run(s). ratio = (rayzor compile + run, in-process) / haxe --interp whole process`,
    '(haxe start-up and its ~0.1 s compile included). ok* = same output except trace positions, which',
    'rayzor prints as X.hx:N where Haxe prints the class-path-relative benchmarks/X.hx:N.',
  ];
  return lines.join('\n');
}
