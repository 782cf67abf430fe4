// Finding and reading source files.
// Takes: paths given on the command line (files or directories). Gives: the `.hx` files below them in a
// stable (sorted) order, and SourceFiles read as UTF-8.
// Invariant: I/O failures become diagnostics, never exceptions.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticSink } from '../diag/sink.js';
import { SourceFile } from '../diag/source.js';

export function collectHxFiles(paths: readonly string[], sink: DiagnosticSink): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      sink.report('io.cannot-read', undefined, 0, 0, [dir, (e as Error).message]);
      return;
    }
    for (const n of names) {
      const full = join(dir, n);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (n.endsWith('.hx')) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      sink.report('io.not-found', undefined, 0, 0, [p]);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

export function readSource(path: string, sink: DiagnosticSink): SourceFile | undefined {
  try {
    return new SourceFile(path, readFileSync(path, 'utf8'));
  } catch (e) {
    sink.report('io.cannot-read', undefined, 0, 0, [path, (e as Error).message]);
    return undefined;
  }
}
