// The LLVM backend on small MIR functions: tests/llvm/*.mir → golden tests/llvm/*.ll (the IR as
// emitted, without the entry point; UPDATE_GOLDEN=1 rewrites them), and every `; run:` line of each
// file executed three ways: on the interpreter (the reference: the expectations must be its
// answers), and natively at -O0 and -O2 through opt/llc/cc with a generated dispatcher
// (tests/llvm/harness.ts). Takes: the .mir files; opt/llc/cc (the native half skips visibly
// without them). Gives: one subtest per file and per level.
// Invariant: traps must be reported with the interpreter's message ("Uncaught exception: <msg>",
// exit 1), an uncaught throw as "Uncaught exception", exit 1.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { emitModule } from '../src/backend/llvm/module.js';
import { buildNativeAsync, toolchainOrReason } from '../src/driver/native.js';
import { makeHost } from '../src/interp/host.js';
import { Interpreter, MirThrow, MirTrap, type MirValue } from '../src/interp/interp.js';
import type { MirModule, MirType } from '../src/mir/mir.js';
import { readModule } from '../src/mir/read.js';
import { formatVerifyErrors, verifyModule } from '../src/mir/verify.js';
import { checkGolden, ROOT } from './support/golden.js';
import { expectedOutput, harnessMir, parseRunLines, sameOutput, type RunLine } from './llvm/harness.js';

const DIR = join(ROOT, 'tests', 'llvm');
const files = readdirSync(DIR).filter((f) => f.endsWith('.mir')).sort();
const scratch = mkdtempSync(join(tmpdir(), 'rayzor-llvm-golden-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function read(text: string): MirModule {
  const r = readModule(text);
  if ('error' in r) assert.fail(`read error: ${r.error}`);
  const errors = verifyModule(r.module);
  if (errors.length) assert.fail(formatVerifyErrors(r.module, errors));
  return r.module;
}

test('tests/llvm holds at least 15 golden MIR files', () => {
  assert.ok(files.length >= 15, `only ${files.length} files in ${DIR}`);
});

function parseArg(text: string, t: MirType | undefined): MirValue {
  if (t === 'i64') return BigInt(text);
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

/** The interpreter's answer to a run line, in the harness's output form (or the trap/throw). */
function onInterpreter(m: MirModule, line: RunLine): { k: 'value'; out: string } | { k: 'trap'; message: string } | { k: 'throws' } {
  const f = m.funcs.find((x) => x.name === line.fn)!;
  const interp = new Interpreter(m, makeHost({ write: () => {}, args: [] }));
  try {
    const r = interp.call(f.name, line.args.map((a, i) => parseArg(a, f.sig.params[i])))[0]!;
    const t = f.sig.results[0]!;
    return { k: 'value', out: expectedOutput(String(typeof r === 'number' && Number.isNaN(r) ? 'nan' : r === Infinity ? 'inf' : r === -Infinity ? '-inf' : r), t) };
  } catch (e) {
    if (e instanceof MirTrap) return { k: 'trap', message: e.message };
    if (e instanceof MirThrow) return { k: 'throws' };
    throw e;
  }
}

for (const file of files) {
  test(`llvm golden ${file}`, () => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const m = read(text);
    // The allocator appears in full in allocator.ll only.
    const full = file === 'allocator.mir';
    checkGolden(join(DIR, file.replace(/\.mir$/, '.ll')), emitModule(m, { entry: full ? 'rayzor_main' : false, declareAllocator: !full }));
    // The expectations are the reference semantics: the interpreter must give them.
    for (const line of parseRunLines(text)) {
      const got = onInterpreter(m, line);
      const f = m.funcs.find((x) => x.name === line.fn)!;
      if (line.expect.k === 'value') {
        assert.equal(got.k, 'value', `${line.text}: interpreter gave ${JSON.stringify(got)}`);
        assert.ok(sameOutput((got as { out: string }).out, expectedOutput(line.expect.text, f.sig.results[0]!)), `${line.text}: interpreter gave ${JSON.stringify(got)}`);
      } else {
        assert.deepEqual(got, line.expect, line.text);
      }
    }
  });
}

const tc = toolchainOrReason();
const skip = typeof tc === 'string' ? tc : false;

for (const level of [0, 2] as const) {
  test(`llvm golden files run natively at -O${level}`, { skip }, async (t) => {
    // Build every file first (two at a time: the tools are child processes), then run the lines.
    const builds = new Map<string, Promise<string>>();
    let chain: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
    files.forEach((file, k) => {
      const text = readFileSync(join(DIR, file), 'utf8');
      const lines = parseRunLines(text);
      const slot = k % 2;
      const p = chain[slot]!.then(async () => {
        const m = read(text + '\n' + harnessMir(read(text), lines));
        const exe = join(scratch, `${file}.O${level}`);
        await buildNativeAsync(m, { output: exe, optLevel: level, entry: 'rz_test_main', extraSources: [join(DIR, 'harness.c')], progress: false });
        return exe;
      });
      chain[slot] = p.catch(() => undefined);
      builds.set(file, p);
    });
    for (const file of files) {
      await t.test(file, async () => {
        const exe = await builds.get(file)!;
        const text = readFileSync(join(DIR, file), 'utf8');
        const m = read(text);
        const problems: string[] = [];
        parseRunLines(text).forEach((line, k) => {
          const r = spawnSync(exe, [], { env: { ...process.env, RZ_TEST: String(k) }, encoding: 'utf8', timeout: 20_000 });
          const out = (r.stdout ?? '').trim();
          const err = r.stderr ?? '';
          const e = line.expect;
          if (e.k === 'value') {
            const want = expectedOutput(e.text, m.funcs.find((x) => x.name === line.fn)!.sig.results[0]!);
            if (r.status !== 0 || !sameOutput(out, want)) problems.push(`${line.text}: got "${out}" (exit ${r.status}${err ? `, stderr ${err.trim()}` : ''}), want "${want}"`);
          } else {
            const wantErr = e.k === 'trap' ? `Uncaught exception: ${e.message}\n` : 'Uncaught exception\n';
            if (r.status !== 1 || err !== wantErr) problems.push(`${line.text}: exit ${r.status}, stderr ${JSON.stringify(err)}, want exit 1 and ${JSON.stringify(wantErr)}`);
          }
        });
        if (problems.length) assert.fail(problems.join('\n'));
      });
    }
  });
}
