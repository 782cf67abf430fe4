// Whole programs as native executables, differential against tier 0: every corpus program
// (../shared/corpus, skipped visibly without it), every tests/run program, and the runtime tests
// (tests/runtime, with both allocators; `oom` under a 4 MiB heap cap, and also against their
// expected.txt). Takes: opt/llc/cc (skipped visibly without them). Gives: one subtest per program.
// Invariant: a native executable, built as `rayzor compile` builds it (8-byte pointers, MIR and LLVM
// -O2), prints byte for byte what tier 0 prints after the same MIR passes, exits with the same
// code, and its stderr's first line is tier 0's (uncaught exceptions and traps are reported alike).
// The runtime tests use tier 0's default MIR level instead, the level their expected.txt is for. The wasm JIT is held to tier 0 by tests/wasm-programs.test.ts, which closes the
// triangle. Builds run two at a time (the toolchain runs in child processes while the next program
// lowers); tier 0 runs in the worker of tests/support/program-runner.ts, with a deadline.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { DiagnosticSink } from '../src/diag/sink.js';
import { formatClassic } from '../src/diag/format.js';
import { defaultDefines } from '../src/driver/defines.js';
import { buildNativeAsync, compileForNative, NATIVE_OPT_LEVEL, toolchainOrReason, type Allocator } from '../src/driver/native.js';
import { InvalidMir } from '../src/driver/optimize.js';
import { defaultPasses } from '../src/opt/pipeline.js';
import { HAVE_SHARED, ROOT, SHARED, unifiedDiff } from './support/golden.js';
import type { ProgramJob } from './support/program.js';
import { ProgramRunner } from './support/program-runner.js';

const tc = toolchainOrReason();
const noTools = typeof tc === 'string' ? tc : false;
const scratch = mkdtempSync(join(tmpdir(), 'rayzor-llvm-programs-'));
const runner = new ProgramRunner();
after(async () => {
  await runner.close();
  rmSync(scratch, { recursive: true, force: true });
});

const TIMEOUT_MS = 60_000;
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const firstLine = (b: Uint8Array) => text(b).split('\n')[0];

interface NativeRun {
  stdout: Buffer;
  stderr: Buffer;
  exitCode: number;
}

interface Program {
  name: string;
  job: ProgramJob;
  allocator: Allocator;
  /** MIR -O level of both the native build and the tier 0 reference. */
  level: 0 | 1 | 2 | 3;
  /** What the program must print and how it must end, beyond agreeing with tier 0. */
  expect?: { stdout: Buffer; exitCode: number; stderrIncludes?: string };
}

/** At most `n` tasks at a time. */
function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
const slot = limiter(2);

let serial = 0;

/** Lower (ptrSize 8, -O2 passes), build and run natively. */
function native(p: Program): Promise<NativeRun> {
  return slot(async () => {
    const sink = new DiagnosticSink();
    let m;
    try {
      m = compileForNative({ files: p.job.files, classPaths: p.job.classPaths, main: p.job.main }, defaultDefines(), sink, { passes: defaultPasses(p.level), verify: 'lowering', allocator: p.allocator });
    } catch (e) {
      if (e instanceof InvalidMir) throw new Error(`${e.message} (ptrSize 8):\n${e.report.slice(0, 4000)}`);
      throw e;
    }
    if (!m || sink.hasErrors()) throw new Error(`compile errors:\n${sink.items.map((d) => formatClassic(d)).join('\n')}`);
    const exe = join(scratch, `app${serial++}`);
    await buildNativeAsync(m, { output: exe, optLevel: 2, allocator: p.allocator, progress: false });
    return execute(exe, p.job.maxHeapBytes);
  });
}

function execute(exe: string, maxHeap: number | undefined): Promise<NativeRun> {
  return new Promise((done, fail) => {
    const env = { ...process.env };
    if (maxHeap !== undefined) env['RAYZOR_MAX_HEAP'] = String(maxHeap);
    const child = spawn(exe, [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ stdout: Buffer.concat(out), stderr: Buffer.concat(err), exitCode: code ?? 128 + (signal === 'SIGKILL' ? 9 : 11) });
    });
  });
}

/** Start the native build and the tier 0/JIT job of every program at once; check them in order. */
async function checkAll(t: TestContext, programs: Program[]): Promise<void> {
  const refs = new Map<string, ReturnType<ProgramRunner['run']>>();
  const reference = (p: Program) => {
    const key = JSON.stringify([p.job, p.level]);
    if (!refs.has(key)) refs.set(key, runner.run({ ...p.job, levels: [p.level] }, TIMEOUT_MS));
    return refs.get(key)!;
  };
  const started = programs.map((p) => ({
    p,
    nat: native(p).then((r) => ({ ok: true as const, r }), (e: Error) => ({ ok: false as const, e })),
    ref: reference(p),
  }));
  for (const { p, nat, ref } of started) {
    await t.test(p.name, async () => {
      const [n, r] = await Promise.all([nat, ref]);
      if (!n.ok) assert.fail(n.e.message);
      if (!r.ok) assert.fail(`tier 0: ${r.stage}: ${r.message}`);
      const tier0 = r.runs[0]!;
      const problems: string[] = [];
      if (Buffer.compare(n.r.stdout, Buffer.from(tier0.stdout)) !== 0) problems.push(`stdout differs from tier 0:\n${unifiedDiff(text(tier0.stdout), text(n.r.stdout))}`);
      if (n.r.exitCode !== tier0.exitCode) problems.push(`exit code ${n.r.exitCode}, tier 0 ${tier0.exitCode}`);
      else if (firstLine(n.r.stderr) !== firstLine(tier0.stderr)) problems.push(`stderr "${firstLine(n.r.stderr)}", tier 0 "${firstLine(tier0.stderr)}"`);
      const e = p.expect;
      if (e) {
        if (Buffer.compare(n.r.stdout, e.stdout) !== 0) problems.push(`stdout differs from the expected output:\n${unifiedDiff(text(e.stdout), text(n.r.stdout))}`);
        if (n.r.exitCode !== e.exitCode) problems.push(`exit code ${n.r.exitCode}, expected ${e.exitCode}`);
        if (e.stderrIncludes !== undefined && !text(n.r.stderr).includes(e.stderrIncludes)) problems.push(`stderr ${JSON.stringify(text(n.r.stderr))} lacks ${JSON.stringify(e.stderrIncludes)}`);
      }
      if (problems.length) assert.fail(`${problems.join('\n')}\nstderr: ${text(n.r.stderr).slice(0, 1000)}`);
    });
  }
}

const CORPUS = join(SHARED, 'corpus');

test('corpus programs natively print what tier 0 prints', { skip: noTools || (HAVE_SHARED ? false : `${CORPUS} not found`) }, async (t) => {
  const names = readdirSync(CORPUS).filter((n) => /^\d{3}_/.test(n) && existsSync(join(CORPUS, n, 'Main.hx'))).sort();
  assert.ok(names.length > 0, 'no programs in the corpus');
  await checkAll(t, names.map((name) => ({ name, allocator: 'system', level: NATIVE_OPT_LEVEL, job: { files: [join(CORPUS, name, 'Main.hx')], classPaths: [] } })));
});

test('tests/run programs natively print what tier 0 prints', { skip: noTools }, async (t) => {
  const dir = join(ROOT, 'tests', 'run');
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.hx')).map((f) => f.slice(0, -3)).sort() : [];
  const programs = names.map((name): Program => {
    // Each program is Main.hx in a folder of its own (trace prints the file name).
    const d = mkdtempSync(join(scratch, `run-${name}-`));
    writeFileSync(join(d, 'Main.hx'), readFileSync(join(dir, `${name}.hx`)));
    return { name, allocator: 'system', level: NATIVE_OPT_LEVEL, job: { files: [join(d, 'Main.hx')], classPaths: [] } };
  });
  await checkAll(t, programs);
});

test('runtime tests natively with both allocators', { skip: noTools }, async (t) => {
  const dir = join(ROOT, 'tests', 'runtime');
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'Main.hx'))).sort();
  assert.ok(names.length >= 8, `only ${names.length} runtime tests`);
  const programs: Program[] = [];
  for (const allocator of ['system', 'rayzor'] as const) {
    for (const name of names) {
      const d = join(dir, name);
      const opt = (f: string) => (existsSync(join(d, f)) ? readFileSync(join(d, f), 'utf8').trim() : undefined);
      programs.push({
        name: `${name} (--allocator=${allocator})`,
        allocator,
        // -O1: every expected.txt holds there; at -O2 sroa elides one of reuse's allocations (see
        // KNOWN_O2_DIFFERENCES in runtime-programs.test.ts), which the native build would print too.
        level: 1,
        job: { files: [], classPaths: [d], main: 'Main', maxHeapBytes: name === 'oom' ? 4 << 20 : undefined },
        expect: { stdout: readFileSync(join(d, 'expected.txt')), exitCode: Number(opt('expected-exit.txt') ?? 0), stderrIncludes: opt('expected-stderr.txt') },
      });
    }
  }
  await checkAll(t, programs);
});
