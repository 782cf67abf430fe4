// The syntax front end's entry point.
// Takes: a SourceFile, the define table, a sink. Gives: the Module (always, even for broken input)
// and the token count (for throughput figures).
// Invariant: never throws for any input text; every problem is a diagnostic in the sink.

import type { DiagnosticSink } from '../diag/sink.js';
import type { SourceFile } from '../diag/source.js';
import type { Module } from './ast.js';
import { Lexer } from './lexer.js';
import { parseModule } from './parse-decl.js';
import { ParserState } from './parser-state.js';
import { preprocess, type Defines } from './preprocess.js';

export interface ParseResult {
  module: Module;
  tokens: number;
}

export function parseFile(file: SourceFile, defines: Defines, sink: DiagnosticSink): ParseResult {
  const raw = new Lexer(file, sink).lexAll();
  const toks = preprocess(raw, defines, file, sink);
  const p = new ParserState(toks, file, sink);
  const module = parseModule(p);
  return { module, tokens: toks.length };
}
