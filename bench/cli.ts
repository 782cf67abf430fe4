// CLI start-up benchmark: a fresh `node bin/rayzor.js check examples/hello/Main.hx` process, and a bare
// `node -e 0` for reference, so the figure reads as a ratio to Node's own start-up.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, type BenchRow } from './util.js';

export function benchCli(root: string, runs: number): BenchRow[] {
  const time = (args: string[]) => {
    const xs: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      const dt = performance.now() - t0;
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      if (i > 0) xs.push(dt);
    }
    return median(xs);
  };
  const node = time(['-e', '0']);
  const check = time([join(root, 'bin', 'rayzor.js'), 'check', join(root, 'examples', 'hello', 'Main.hx')]);
  return [
    { name: 'node -e 0 (reference)', ms: node, extra: '' },
    { name: 'rayzor check examples/hello/Main.hx', ms: check, extra: `${(check / node).toFixed(2)}x node start-up` },
  ];
}
