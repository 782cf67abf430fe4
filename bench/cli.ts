// CLI start-up benchmark: a fresh `node bin/rayzor.js check examples/hello/Main.hx` process, `run` of
// the same file with the bundled CLI and with its ES modules (RAYZOR_NO_BUNDLE=1, what a plain `tsc`
// build runs), and a bare `node -e 0` for reference, so the figures read as ratios to Node's start-up.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, type BenchRow } from './util.js';

export function benchCli(root: string, runs: number): BenchRow[] {
  const time = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
    const xs: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
      const dt = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      if (i > 0) xs.push(dt);
    }
    return median(xs);
  };
  const node = time(['-e', '0']);
  const check = time([join(root, 'bin', 'rayzor.js'), 'check', join(root, 'examples', 'hello', 'Main.hx')]);
  const hello = [join(root, 'bin', 'rayzor.js'), 'run', join(root, 'examples', 'hello', 'Main.hx')];
  const run = time(hello);
  const runModules = time(hello, { ...process.env, RAYZOR_NO_BUNDLE: '1' });
  return [
    { name: 'node -e 0 (reference)', ms: node, extra: '' },
    { name: 'rayzor check examples/hello/Main.hx', ms: check, extra: `${(check / node).toFixed(2)}x node start-up` },
    { name: 'rayzor run examples/hello/Main.hx', ms: run, extra: `${(run / node).toFixed(2)}x node start-up` },
    { name: 'rayzor run hello, ES modules (no bundle)', ms: runModules, extra: `${(runModules / node).toFixed(2)}x node start-up` },
  ];
}
