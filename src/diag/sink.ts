// One diagnostics sink per compilation.
// Takes: reports from any stage (code, file, offsets, arguments, notes). Gives: the de-duplicated list
// in report order, error counts. Stages never throw for bad input: they report here and go on.
// Invariant: a diagnostic's offsets lie inside its file's text (0 ≤ start ≤ end ≤ length); the sink
// clamps to enforce it, so a stage's off-by-one can never make a formatter crash.

import { codeInfo, messageFor, type DiagCode, type Severity } from './codes.js';
import type { SourceFile } from './source.js';

export interface DiagNote {
  message: string;
  file?: SourceFile;
  start?: number;
  end?: number;
}

export interface Diagnostic {
  code: DiagCode;
  severity: Severity;
  message: string;
  file: SourceFile | undefined;
  start: number;
  end: number;
  notes: DiagNote[];
}

export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  private seen = new Set<string>();
  private errors = 0;

  report(code: DiagCode, file: SourceFile | undefined, start: number, end: number, args: readonly string[] = [], notes: DiagNote[] = []): Diagnostic | undefined {
    const len = file ? file.text.length : 0;
    const s = Math.max(0, Math.min(start, len));
    const e = Math.max(s, Math.min(end, len));
    const message = messageFor(code, args);
    const key = `${file?.path ?? ''}\u0000${s}\u0000${e}\u0000${message}`;
    if (this.seen.has(key)) return undefined;
    this.seen.add(key);
    const info = codeInfo(code);
    const d: Diagnostic = { code, severity: info.severity, message, file, start: s, end: e, notes };
    this.items.push(d);
    if (info.severity === 'error') this.errors++;
    return d;
  }

  get errorCount(): number {
    return this.errors;
  }

  hasErrors(): boolean {
    return this.errors > 0;
  }
}
