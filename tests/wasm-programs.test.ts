// Whole programs on the wasm JIT, differential against tier 0. Takes: ../shared/corpus (skipped visibly
// without it), tests/run/*.hx and tests/runtime/*/ (the allocator tests, `oom` with a 4 MiB heap).
// Gives: per program, a subtest that compiles it once and runs it on tier 0 and on the JIT, before
// optimization (-O0) and after -O2: at each level the JIT's stdout must equal tier 0's byte for byte
// and its exit code must be the same (for the runtime tests, the -O0 runs must also print expected.txt
// and meet its exit code and stderr substring; -O2 is the optimizer's business, compared only).
// Invariant: the JIT must agree with tier 0 even where tier 0 is wrong (a program tier 0 fails is
// still compared), so this test never needs a list of known failures; stderr is compared on its
// first line only, because the JIT adds "Called from <function>" to a trap's message.

import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HAVE_SHARED, ROOT, SHARED, unifiedDiff } from './support/golden.js';
import { WasmRunner, type ExecRun, type WasmJob } from './support/wasm-program.js';

const runner = new WasmRunner();
after(() => runner.close());
const TIMEOUT_MS = 60_000;
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const firstLine = (b: Uint8Array) => text(b).split('\n')[0];

/** Differences between each JIT run and the tier-0 run at the same level, as text (undefined: none). */
function differences(runs: ExecRun[]): string | undefined {
  const problems: string[] = [];
  for (const r of runs) {
    if (!r.executor.startsWith('jit')) continue;
    const ref = runs.find((x) => x.executor === r.executor.replace('jit', 'tier0'));
    if (!ref) continue;
    if (Buffer.compare(Buffer.from(r.stdout), Buffer.from(ref.stdout)) !== 0) problems.push(`${r.executor} stdout differs from ${ref.executor}:\n${unifiedDiff(text(ref.stdout), text(r.stdout))}`);
    if (r.exitCode !== ref.exitCode) problems.push(`${r.executor} exit code ${r.exitCode}, ${ref.executor} ${ref.exitCode}\n${r.executor} stderr: ${text(r.stderr).slice(0, 1000)}`);
    else if (firstLine(r.stderr) !== firstLine(ref.stderr)) problems.push(`${r.executor} stderr "${firstLine(r.stderr)}", ${ref.executor} "${firstLine(ref.stderr)}"`);
  }
  return problems.length ? problems.join('\n') : undefined;
}

async function differential(job: WasmJob): Promise<ExecRun[]> {
  const r = await runner.run(job, TIMEOUT_MS);
  if (!r.ok) assert.fail(`${r.stage}: ${r.message}`);
  const d = differences(r.runs);
  if (d) assert.fail(d);
  return r.runs;
}

const CORPUS = join(SHARED, 'corpus');

test('corpus programs: the JIT prints what tier 0 prints', { skip: HAVE_SHARED ? false : `${CORPUS} not found` }, async (t) => {
  const names = readdirSync(CORPUS).filter((n) => /^\d{3}_/.test(n) && existsSync(join(CORPUS, n, 'Main.hx'))).sort();
  assert.ok(names.length > 0);
  let matchesHaxe = 0;
  for (const name of names) {
    await t.test(name, async () => {
      const runs = await differential({ files: [join(CORPUS, name, 'Main.hx')], classPaths: [] });
      const jit = runs.find((r) => r.executor === 'jit -O2')!;
      if (jit.exitCode === 0 && Buffer.compare(Buffer.from(jit.stdout), readFileSync(join(CORPUS, name, 'expected.txt'))) === 0) matchesHaxe++;
    });
  }
  t.diagnostic(`${matchesHaxe}/${names.length} corpus programs print official Haxe's output on the JIT (-O2)`);
});

test('tests/run programs: the JIT prints what tier 0 prints', async (t) => {
  const dir = join(ROOT, 'tests', 'run');
  const names = readdirSync(dir).filter((f) => f.endsWith('.hx')).map((f) => f.slice(0, -3)).sort();
  for (const name of names) {
    await t.test(name, async () => {
      const tmp = mkdtempSync(join(tmpdir(), `rayzor-wasm-${name}-`));
      try {
        writeFileSync(join(tmp, 'Main.hx'), readFileSync(join(dir, `${name}.hx`)));
        await differential({ files: [join(tmp, 'Main.hx')], classPaths: [] });
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    });
  }
});

test('runtime tests on the JIT (allocator, arenas, oom, Vec)', async (t) => {
  const dir = join(ROOT, 'tests', 'runtime');
  const names = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'Main.hx'))).sort();
  assert.ok(names.length >= 8);
  for (const name of names) {
    await t.test(name, async () => {
      const d = join(dir, name);
      const opt = (f: string) => (existsSync(join(d, f)) ? readFileSync(join(d, f), 'utf8').trim() : undefined);
      const runs = await differential({ files: [], classPaths: [d], main: 'Main', maxHeapBytes: name === 'oom' ? 4 << 20 : undefined });
      const want = readFileSync(join(d, 'expected.txt'));
      for (const r of runs.filter((x) => x.executor.endsWith('-O0'))) {
        if (Buffer.compare(Buffer.from(r.stdout), want) !== 0) assert.fail(`${r.executor} stdout:\n${unifiedDiff(text(want), text(r.stdout))}`);
        assert.equal(r.exitCode, Number(opt('expected-exit.txt') ?? 0), `${r.executor} exit code; stderr: ${text(r.stderr)}`);
        const e = opt('expected-stderr.txt');
        if (e !== undefined) assert.ok(text(r.stderr).includes(e), `${r.executor} stderr ${JSON.stringify(text(r.stderr))} lacks ${JSON.stringify(e)}`);
      }
    });
  }
});
