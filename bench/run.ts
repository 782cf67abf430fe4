// `npm run bench`: every stage's benchmark in one table, then the whole-program table (../shared/bench on
// tier 0 against haxe --interp). Figures are medians within one run of this script; compare them as
// ratios (these machines are noisy).
// Options (after `npm run bench --`): --scale X (or BENCH_SCALE) sizes the bench programs, 1 = as written;
// --only stages|programs|tier0|jit|native (programs = the last three); --programs a,b (only those bench programs); BENCH_RUNS sets the number of runs of the stage rows, BENCH_PROGRAM_RUNS of
// each program (default 3), BENCH_TIMEOUT the seconds allowed to one program run (default 600).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCli } from './cli.js';
import { benchSyntax } from './syntax.js';
import { benchTyping } from './typing.js';
import { benchMir } from './mir.js';
import { benchPrograms, formatProgramTable } from './programs.js';
import { option, printTable, sectionWanted, type BenchRow } from './util.js';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json'))) root = dirname(root);

const runs = Number(process.env['BENCH_RUNS'] ?? 7);
// 0.05 keeps the seven programs to a few minutes on both interpreters (about 5 s of haxe --interp work
// per round); 1 runs them as written (minutes each on tier 0, and mandelbrot outgrows memory without a GC).
const scale = Number(option('--scale') ?? process.env['BENCH_SCALE'] ?? 0.05);
const pick = option('--programs')?.split(',');
const programRuns = Number(process.env['BENCH_PROGRAM_RUNS'] ?? 3);
const only = option('--only');
if (!(scale > 0) || (only !== undefined && !['stages', 'programs', 'tier0', 'jit', 'native'].includes(only))) {
  console.error('usage: npm run bench -- [--scale X (> 0)] [--only stages|programs|tier0|jit|native] [--programs a,b]');
  process.exit(2);
}

if (sectionWanted('stages')) {
  const rows: BenchRow[] = [...benchSyntax(runs), ...benchTyping(root, runs), ...benchMir(runs), ...benchCli(root, runs)];
  printTable(rows);
}

if (sectionWanted('tier0')) {
  const benchDir = join(process.env['RAYZOR_SHARED'] ?? join(root, '..', 'shared'), 'bench');
  if (!existsSync(benchDir)) console.log(`\nprograms: ${benchDir} not found; skipped`);
  else {
    const haveHaxe = spawnSync('haxe', ['--version']).status === 0;
    if (!haveHaxe) console.log('\nprograms: haxe is not installed; rayzor only');
    console.log(`\nprograms (scale ${scale}, ${programRuns} runs each):`);
    const rows = await benchPrograms({
      benchDir,
      scale,
      runs: programRuns,
      haveHaxe,
      pick,
      timeoutMs: Number(process.env['BENCH_TIMEOUT'] ?? 600) * 1000,
      log: (l) => process.stderr.write(`${l}\n`),
    });
    console.log(formatProgramTable(rows, scale, programRuns));
  }
}
(await import('./wasm.js')).benchWasmSection(root); // the wasm JIT against haxe -js on node (bench/wasm.ts)
(await import('./native.js')).benchNativeSection(root); // native executables against C (bench/native.ts)
