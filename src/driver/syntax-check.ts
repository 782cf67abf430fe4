// The syntax-only pipeline: read, lex, preprocess, parse.
// Takes: file paths and defines. Gives: parsed modules with their files, diagnostics in the sink,
// and the bytes/tokens seen (for throughput figures).
// Invariant: one sink for the whole run; files are processed in the order given.

import type { DiagnosticSink } from '../diag/sink.js';
import type { SourceFile } from '../diag/source.js';
import type { Module } from '../syntax/ast.js';
import { parseFile } from '../syntax/parser.js';
import type { Defines } from '../syntax/preprocess.js';
import { readSource } from './sources.js';

export interface ParsedFile {
  file: SourceFile;
  module: Module;
}

export function parseFiles(paths: readonly string[], defines: Defines, sink: DiagnosticSink): ParsedFile[] {
  const out: ParsedFile[] = [];
  for (const path of paths) {
    const file = readSource(path, sink);
    if (!file) continue;
    out.push({ file, module: parseFile(file, defines, sink).module });
  }
  return out;
}
