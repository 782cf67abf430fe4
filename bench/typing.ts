// Typer benchmark: type-checking every corpus program and benchmark program (../shared) and the whole
// of rayzor's std/, each in a fresh compilation. Medians of several runs after a warm-up, plus the
// first (cold) run of the std check.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSink } from '../src/diag/sink.js';
import { defaultDefines } from '../src/driver/defines.js';
import { collectHxFiles } from '../src/driver/sources.js';
import { stdPath, typecheck } from '../src/driver/typecheck.js';
import { median, type BenchRow } from './util.js';

function check(files: string[]): number {
  const sink = new DiagnosticSink();
  typecheck({ files, classPaths: [], main: undefined }, defaultDefines(), sink);
  return sink.errorCount;
}

export function benchTyping(root: string, runs: number): BenchRow[] {
  const rows: BenchRow[] = [];
  const time = (fn: () => void) => {
    const t0 = performance.now();
    fn();
    const cold = performance.now() - t0;
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn();
      xs.push(performance.now() - t);
    }
    return { cold, warm: median(xs) };
  };
  const std = collectHxFiles([stdPath()], new DiagnosticSink());
  const s = time(() => check(std));
  rows.push({ name: `type-check std/ (${std.length} files), first run`, ms: s.cold, extra: '' });
  rows.push({ name: 'type-check std/, warm', ms: s.warm, extra: '' });
  const shared = join(root, '..', 'shared');
  if (existsSync(join(shared, 'corpus'))) {
    const progs = readdirSync(join(shared, 'corpus')).filter((d) => /^\d{3}_/.test(d)).map((d) => join(shared, 'corpus', d, 'Main.hx'));
    const c = time(() => progs.forEach((p) => check([p])));
    rows.push({ name: `type-check corpus (${progs.length} programs, one compilation each)`, ms: c.warm, extra: `${(c.warm / progs.length).toFixed(1)} ms per program` });
  } else console.log(`typing: ${shared}/corpus not found; corpus row skipped`);
  return rows;
}
