// The optimizer on real lowered programs: a few tests/runtime programs are compiled to MIR with the
// runtime and std, then -O2 runs with the verifier after every pass, and the program must print the
// same output and exit the same way before and after. Skips (visibly) when the lowering cannot
// compile a program, since the lowering is developed separately.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DiagnosticSink } from '../src/diag/sink.js';
import { defaultDefines } from '../src/driver/defines.js';
import { compileToMir, runOnInterpreter } from '../src/driver/run.js';
import type { MirModule } from '../src/mir/mir.js';
import { printModule } from '../src/mir/print.js';
import { readModule } from '../src/mir/read.js';
import { defaultPasses, runPasses } from '../src/opt/pipeline.js';
import { ROOT } from './support/golden.js';

function run(m: MirModule): { out: string; code: number } {
  let out = '';
  const dec = new TextDecoder();
  const { exitCode } = runOnInterpreter(m, { write: (fd, b) => void (out += `${fd}:${dec.decode(b)}`), args: [] }, { maxHeapBytes: 16 << 20 });
  return { out, code: exitCode };
}

for (const name of ['vec', 'arena', 'null_handling']) {
  test(`lowered program ${name}: same output after -O2, verified after every pass`, (t) => {
    let m: MirModule | undefined;
    try {
      m = compileToMir({ files: [], classPaths: [join(ROOT, 'tests', 'runtime', name)], main: 'Main' }, defaultDefines(), new DiagnosticSink());
    } catch (e) {
      t.skip(`lowering failed: ${(e as Error).message}`);
      return;
    }
    if (!m) {
      t.skip('the program does not compile');
      return;
    }
    const text = printModule(m);
    const again = readModule(text);
    if ('error' in again) assert.fail(`the lowered module does not read back: ${again.error}`);
    assert.equal(printModule(again.module), text, 'print → read → print');
    const before = run(m);
    runPasses(m, defaultPasses(2), { verify: true });
    assert.deepEqual(run(m), before);
  });
}
