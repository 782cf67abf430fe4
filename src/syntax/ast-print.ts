// A stable text form of the AST, for `rayzor dump --stage ast` and the golden tests.
// Takes: a Module and its SourceFile. Gives: indented text, one node per line, spans as line:col.
// Invariant: the printer is generic over node shapes (it walks properties in construction order), so
// a new AST field shows up in dumps without printer changes. A node is one line: kind, scalar
// properties as key=value (`name` first) and span; nested nodes follow, indented under their key.
// Absent, false and empty properties are left out; `namePos` is omitted as noise.

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
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
  return undefined;
}

/** Properties not worth a line: absent, false, or empty. */
function isEmpty(v: unknown): boolean {
  return v === undefined || v === false || (Array.isArray(v) && v.length === 0);
}

function printValue(v: unknown, ind: string, label: string, out: string[], file: SourceFile): void {
  const s = scalar(v);
  if (s !== undefined) {
    out.push(`${ind}${label}${s}`);
    return;
  }
  if (Array.isArray(v)) {
    out.push(`${ind}${label}`.trimEnd());
    for (const x of v) printValue(x, ind + '  ', '- ', out, file);
    return;
  }
  // A node: its kind, its scalar properties (`name` first) and its span on one line; nested nodes below.
  const o = v as Record<string, unknown> & { kind?: string; pos?: number; end?: number };
  const keys = Object.keys(o).filter((k) => !SKIP.has(k) && !isEmpty(o[k]));
  keys.sort((a, b) => (a === 'name' ? -1 : b === 'name' ? 1 : 0));
  const head: string[] = [];
  if (o.kind !== undefined) head.push(o.kind);
  const nested: string[] = [];
  for (const k of keys) {
    const sv = scalar(o[k]);
    if (sv !== undefined) head.push(`${k}=${sv}`);
    else nested.push(k);
  }
  if (typeof o.pos === 'number') head.push(span(o as { pos: number; end: number }, file));
  out.push(`${ind}${label}${head.join(' ')}`.trimEnd());
  for (const k of nested) printValue(o[k], ind + '  ', `${k}: `, out, file);
}
