// A stable text form of the AST, for `rayzor dump --stage ast` and the golden tests.
// Takes: a Module and its SourceFile. Gives: indented text, one node per line, spans as line:col.
// Invariant: the printer is generic over node shapes (it walks properties in construction order), so
// a new AST field shows up in dumps without printer changes; `namePos` is omitted as noise and
// undefined optional parts are printed as `-` so that absence is visible.

import type { SourceFile } from '../diag/source.js';
import type { Module } from './ast.js';

const SKIP = new Set(['kind', 'pos', 'end', 'namePos']);

export function printModule(m: Module, file: SourceFile): string {
  const out: string[] = [];
  out.push(`Module ${m.pack.length ? m.pack.join('.') : '(no package)'}`);
  for (const d of m.decls) printValue(d, '  ', '', out, file);
  return out.join('\n') + '\n';
}

function span(o: { pos: number; end: number }, file: SourceFile): string {
  const a = file.lineCol(o.pos);
  const b = file.lineCol(o.end);
  return a.line === b.line ? `@${a.line}:${a.col}-${b.col}` : `@${a.line}:${a.col}-${b.line}:${b.col}`;
}

function scalar(v: unknown): string | undefined {
  if (v === undefined) return '-';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function printValue(v: unknown, ind: string, label: string, out: string[], file: SourceFile): void {
  const s = scalar(v);
  if (s !== undefined) {
    out.push(`${ind}${label}${s}`);
    return;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) {
      out.push(`${ind}${label}[]`);
      return;
    }
    if (v.every((x) => typeof x === 'string')) {
      out.push(`${ind}${label}[${v.map((x) => JSON.stringify(x)).join(', ')}]`);
      return;
    }
    out.push(`${ind}${label}`.trimEnd());
    for (const x of v) printValue(x, ind + '  ', '- ', out, file);
    return;
  }
  const o = v as Record<string, unknown> & { kind?: string; pos?: number; end?: number };
  const head = [o.kind ?? '', typeof o.pos === 'number' ? span(o as { pos: number; end: number }, file) : ''].filter(Boolean).join(' ');
  out.push(`${ind}${label}${head}`.trimEnd());
  // `name` first: it is what a reader looks for.
  const keys = Object.keys(o).sort((a, b) => (a === 'name' ? -1 : b === 'name' ? 1 : 0));
  for (const key of keys) {
    if (SKIP.has(key)) continue;
    printValue(o[key], ind + '  ', `${key}: `, out, file);
  }
}
