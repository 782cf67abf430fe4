// Formatting diagnostics for people and tools.
// Takes: diagnostics. Gives: text in Haxe's classic one-line format (the default, what Haxe's editor
// integrations parse) or a "pretty" format with a code frame and underline.
// Invariant: classic positions are printed exactly as Haxe 4.2.5 prints them: "character N" when the
// span is empty, "characters A-B" (1-based, end exclusive) on one line, "lines A-B" across lines.

import type { Diagnostic } from './sink.js';
import { codePointCount, type SourceFile } from './source.js';

/** How a file's path is shown (the CLI shows paths under the working folder relative to it, as Haxe does). */
export type ShowPath = (path: string) => string;

const asIs: ShowPath = (p) => p;

export function formatPosition(file: SourceFile, start: number, end: number, show: ShowPath = asIs): string {
  const a = file.lineCol(start);
  const b = file.lineCol(end);
  const path = show(file.path);
  if (a.line !== b.line) return `${path}:${a.line}: lines ${a.line}-${b.line}`;
  if (a.col === b.col) return `${path}:${a.line}: character ${a.col}`;
  return `${path}:${a.line}: characters ${a.col}-${b.col}`;
}

function prefix(d: Diagnostic): string {
  return d.severity === 'warning' ? 'Warning : ' : '';
}

export function formatClassic(d: Diagnostic, show: ShowPath = asIs): string {
  const head = d.file ? `${formatPosition(d.file, d.start, d.end, show)} : ` : '';
  const lines = [`${head}${prefix(d)}${d.message}`];
  for (const n of d.notes) {
    const nh = n.file && n.start !== undefined ? `${formatPosition(n.file, n.start, n.end ?? n.start, show)} : ` : head;
    lines.push(`${nh}${n.message}`);
  }
  return lines.join('\n');
}

export interface PrettyOptions {
  color: boolean;
  show?: ShowPath;
}

export function formatPretty(d: Diagnostic, opts: PrettyOptions): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sev = d.severity === 'error' ? c('1;31', 'error') : d.severity === 'warning' ? c('1;33', 'warning') : c('1;36', 'info');
  const out: string[] = [`${sev}${c('1', `[${d.code}]: ${d.message}`)}`];
  if (d.file) {
    const f = d.file;
    const a = f.lineCol(d.start);
    out.push(`  ${c('34', '-->')} ${(opts.show ?? asIs)(f.path)}:${a.line}:${a.col}`);
    const first = f.lineIndex(d.start);
    const last = Math.min(f.lineIndex(d.end), first + 4);
    const width = String(last + 1).length;
    out.push(`${' '.repeat(width)} ${c('34', '|')}`);
    for (let li = first; li <= last; li++) {
      const text = f.lineText(li).replace(/\t/g, '    ');
      out.push(`${c('34', String(li + 1).padStart(width))} ${c('34', '|')} ${text}`);
      const ls = f.lineStart(li);
      const raw = f.lineText(li);
      const from = li === first ? d.start - ls : 0;
      const to = li === f.lineIndex(d.end) ? d.end - ls : raw.length;
      const pad = visualWidth(raw, 0, from);
      const len = Math.max(1, visualWidth(raw, from, Math.max(from, to)));
      out.push(`${' '.repeat(width)} ${c('34', '|')} ${' '.repeat(pad)}${c('1;31', '^'.repeat(len))}`);
    }
  }
  for (const n of d.notes) out.push(`${' '.repeat(2)}${c('1', '= note:')} ${n.message}`);
  return out.join('\n');
}

function visualWidth(line: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to && i < line.length; i++) if (line.charCodeAt(i) === 9) w += 4 - 1;
  return w + codePointCount(line, from, Math.min(to, line.length));
}
