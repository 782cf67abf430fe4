// MIR text round trip on whole lowered programs: every corpus program (../shared/corpus, skipped visibly
// without it) and the self-contained tests/runtime programs are lowered with the runtime and std, then
// printed, read back and printed again. Takes: those programs. Gives: one subtest per program.
// Invariant: print → read → print is the identity on text, and what the reader builds verifies, so a
// dumped module is a faithful, loadable copy of what the lowering produced.

import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HAVE_SHARED, ROOT, SHARED } from './support/golden.js';
import type { ProgramJob } from './support/program.js';
import { ProgramRunner } from './support/program-runner.js';

// The work runs on the runner's workers (one per core), not for a deadline: lowering does not hang.
const runner = new ProgramRunner();
after(() => runner.close());

async function checkAll(t: test.TestContext, jobs: [string, ProgramJob][]): Promise<void> {
  const results = jobs.map(([, job]) => runner.roundTrip(job, 120_000));
  for (const [i, [name]] of jobs.entries()) {
    await t.test(name, async (st) => {
      const r = await results[i]!;
      if (r.ok) return;
      if (r.skipped) st.skip(r.message);
      else assert.fail(r.message);
    });
  }
}

const RUNTIME = join(ROOT, 'tests', 'runtime');

test('MIR round trip: tests/runtime programs', async (t) => {
  const names = readdirSync(RUNTIME).filter((n) => existsSync(join(RUNTIME, n, 'Main.hx'))).sort();
  assert.ok(names.length > 0, 'no programs in tests/runtime');
  await checkAll(t, names.map((n) => [n, { files: [], classPaths: [join(RUNTIME, n)], main: 'Main' }]));
});

const CORPUS = join(SHARED, 'corpus');

test('MIR round trip: corpus programs', { skip: HAVE_SHARED ? false : `${CORPUS} not found` }, async (t) => {
  const names = readdirSync(CORPUS).filter((n) => /^\d{3}_/.test(n) && existsSync(join(CORPUS, n, 'Main.hx'))).sort();
  assert.ok(names.length > 0, 'no programs in the corpus');
  await checkAll(t, names.map((n) => [n, { files: [join(CORPUS, n, 'Main.hx')], classPaths: [] }]));
});
