// One benchmark run of the JIT as `rayzor run` does it, with its phases timed: used by bench/wasm.ts
// as a fresh process (`node dist/bench/wasm-harness.js -cp DIR -main CLASS [-O0..-O3]`, the default
// level being `rayzor run`'s).
// Takes: a class path and a main class. Gives: the program's output on stdout/stderr (from the JIT's
// worker thread, as `rayzor run`), then one last stderr line `@@bench {json}` with wall and CPU
// milliseconds of the compile phase (front end, passes, wasm emission, V8 compilation) and of the run.
// Invariant: the run's CPU time is the process's CPU time while the main thread is blocked waiting for
// the worker, so it counts the program and V8's background work for it (tier-up compilation, GC),
// which is what node's own CPU time for `node out.js` counts too.

import { DiagnosticSink } from '../src/diag/sink.js';
import { formatClassic } from '../src/diag/format.js';
import { defaultDefines } from '../src/driver/defines.js';
import { DEFAULT_OPT_LEVEL, selectPasses, type OptLevel } from '../src/driver/optimize.js';
import { compileProgram } from '../src/driver/run.js';
import { WasmWorkerRunner } from '../src/driver/wasm.js';
import { prepareWasm } from '../src/backend/wasm/jit.js';

const argv = process.argv.slice(2);
const cp = argv[argv.indexOf('-cp') + 1]!;
const main = argv[argv.indexOf('-main') + 1]!;
const levelArg = argv.find((a) => /^-O[0-3]$/.test(a));
const level = (levelArg ? Number(levelArg.slice(2)) : DEFAULT_OPT_LEVEL) as OptLevel;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const w0 = performance.now();
const c0 = cpu();
const runner = new WasmWorkerRunner();
const sink = new DiagnosticSink();
const m = compileProgram({ files: [], classPaths: [cp], main }, defaultDefines(), sink, { passes: selectPasses({ level, noInline: false, passes: undefined }, undefined), verify: 'lowering' });
if (!m) {
  process.stderr.write(sink.items.map((d) => formatClassic(d)).join('\n') + '\n');
  process.exit(1);
}
const prepared = prepareWasm(m);
const w1 = performance.now();
const c1 = cpu();
const r = runner.runPrepared(prepared, []);
const w2 = performance.now();
const c2 = cpu();
runner.close();
process.stderr.write(`@@bench ${JSON.stringify({ compileMs: w1 - w0, compileCpuMs: c1 - c0, runMs: w2 - w1, runCpuMs: c2 - c1, emitMs: prepared.emitMs })}\n`);
process.exitCode = r.exitCode;
