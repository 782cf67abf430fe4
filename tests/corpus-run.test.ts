// The conformance corpus (../shared/corpus, see its README) run on tier 0, in-process: each program is
// compiled with the runtime and std, verified, and run on the interpreter; stdout must equal expected.txt
// byte for byte and the exit code must be 0. Takes: ../shared/corpus (skips visibly without it). Gives:
// one subtest per program, a diff on failure.
// Invariant: KNOWN_FAILING is exactly the set of programs that fail today. A listed program that passes
// fails the test ("now passes: remove from KNOWN_FAILING"), so the list cannot go stale.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HAVE_SHARED, SHARED, unifiedDiff } from './support/golden.js';
import { mismatch } from './support/program.js';
import { ProgramRunner } from './support/program-runner.js';

/** Corpus programs that fail now, each with a one-line reason. */
// Empty since the fixes for default arguments and for Lambda over Array<Int> (047, 051, 063 were here).
const KNOWN_FAILING: Record<string, string> = {};

// A program normally takes about a second (compile included); a hang must not stall the suite, and a
// loaded machine (other test files, other work) must not turn a slow run into a failure.
const TIMEOUT_MS = 30_000;

const CORPUS = join(SHARED, 'corpus');
const runner = new ProgramRunner();
after(() => runner.close());

test('corpus programs on tier 0', { skip: HAVE_SHARED ? false : `${CORPUS} not found` }, async (t) => {
  const names = readdirSync(CORPUS).filter((n) => /^\d{3}_/.test(n) && existsSync(join(CORPUS, n, 'Main.hx'))).sort();
  assert.ok(names.length > 0, 'no programs in the corpus');
  for (const stale of Object.keys(KNOWN_FAILING).filter((k) => !names.includes(k))) {
    await t.test(`KNOWN_FAILING entry ${stale}`, () => assert.fail(`${stale} is not in the corpus: remove from KNOWN_FAILING`));
  }
  // Submitted at once so the runner's workers share them out; each subtest awaits its own result.
  const results = names.map((name) => runner.run({ files: [join(CORPUS, name, 'Main.hx')], classPaths: [], levels: [0] }, TIMEOUT_MS));
  for (const [i, name] of names.entries()) {
    await t.test(name, async (st) => {
      const dir = join(CORPUS, name);
      const r = await results[i]!;
      const problem = r.ok ? mismatch(r.runs[0]!, { stdout: readFileSync(join(dir, 'expected.txt')), exitCode: 0 }, unifiedDiff) : `${r.stage}: ${r.message}`;
      const known = KNOWN_FAILING[name];
      if (known !== undefined) {
        if (problem === undefined) assert.fail(`${name} now passes: remove from KNOWN_FAILING`);
        st.skip(`known failing: ${known}`);
        return;
      }
      if (problem !== undefined) assert.fail(problem);
    });
  }
});
