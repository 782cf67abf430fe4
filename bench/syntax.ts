// Syntax front end benchmark: lexing and lexing+parsing throughput over the official Haxe std library.
// Takes: the std directory (skips with a message where it is absent). Gives: medians of several runs,
// in MB/s of source text, after one warm-up run; files are read into memory before timing.

import { existsSync } from 'node:fs';
import { DiagnosticSink } from '../src/diag/sink.js';
import type { SourceFile } from '../src/diag/source.js';
import { collectHxFiles, readSource } from '../src/driver/sources.js';
import { Lexer } from '../src/syntax/lexer.js';
import { parseFile } from '../src/syntax/parser.js';
import { median, type BenchRow } from './util.js';

const STD = '/usr/share/haxe/std';

export function benchSyntax(runs: number): BenchRow[] {
  if (!existsSync(STD)) {
    console.log(`syntax: ${STD} not found (apt-get install haxe); skipped`);
    return [];
  }
  const sink = new DiagnosticSink();
  const files = collectHxFiles([STD], sink).map((p) => readSource(p, sink)).filter((f): f is SourceFile => f !== undefined);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const mb = bytes / 1e6;
  // The first run (cold: V8 has not optimised the lexer and parser yet) is reported on its own.
  let cold = 0;
  const time = (fn: () => void): number[] => {
    const t = performance.now();
    fn();
    cold = performance.now() - t;
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
    }
    return out;
  };
  const defines = new Map<string, string>();
  let tokens = 0;
  const parseMs = median(time(() => {
    for (const f of files) parseFile(f, defines, new DiagnosticSink());
  }));
  const parseCold = cold;
  const lexMs = median(time(() => {
    tokens = 0;
    for (const f of files) tokens += new Lexer(f, new DiagnosticSink()).lexAll().length;
  }));
  return [
    { name: `lex std (${files.length} files, ${mb.toFixed(1)} MB, ${(tokens / 1e6).toFixed(2)} M tokens)`, ms: lexMs, extra: `${(mb / (lexMs / 1000)).toFixed(1)} MB/s` },
    { name: 'lex+preprocess+parse std', ms: parseMs, extra: `${(mb / (parseMs / 1000)).toFixed(1)} MB/s` },
    { name: 'lex+preprocess+parse std, first (cold) run', ms: parseCold, extra: `${(mb / (parseCold / 1000)).toFixed(1)} MB/s; goal ≤ 1000 ms` },
  ];
}
