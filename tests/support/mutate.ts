// Seeded source mutation for the robustness test.
// Takes: a seed and a source text. Gives: a mutated text and a one-line description of the mutation
// (token deletion, insertion, swap, duplication, or truncation), reproducible from the seed.

import { DiagnosticSink } from '../../src/diag/sink.js';
import { SourceFile } from '../../src/diag/source.js';
import { Lexer } from '../../src/syntax/lexer.js';

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['{', '}', '(', ')', '[', ']', ';', ',', '.', ':', '?', '->', '=>', '...', '#if', '#else', '#elseif', '#end', '#error',
  '@', '@:', '"', "'", '/*', '*/', '//', '~/', '$', '${', 'var', 'function', 'class', 'case', 'default', 'switch', 'if', 'else',
  'for', 'in', 'return', 'new', 'cast', 'macro', 'untyped', '<', '>', '>>', '=', '+', '-', '!', 'x', '1', '1.5e', '0x', '\\', '`', 'é', '\n'];

export interface Mutation {
  text: string;
  what: string;
}

export function mutate(src: string, r: () => number): Mutation {
  const toks = new Lexer(new SourceFile('m.hx', src), new DiagnosticSink()).lexAll().filter((t) => t.end > t.start);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const n = toks.length;
  const kind = Math.floor(r() * 5);
  if (n < 2 || kind === 4) {
    const at = Math.floor(r() * (src.length + 1));
    return { text: src.slice(0, at), what: `truncate at ${at}` };
  }
  const i = Math.floor(r() * n);
  const t = toks[i]!;
  switch (kind) {
    case 0:
      return { text: src.slice(0, t.start) + src.slice(t.end), what: `delete token ${i} ${JSON.stringify(src.slice(t.start, t.end))}` };
    case 1: {
      const ins = pick(INSERTS);
      return { text: src.slice(0, t.start) + ins + ' ' + src.slice(t.start), what: `insert ${JSON.stringify(ins)} before token ${i}` };
    }
    case 2: {
      const u = toks[Math.min(n - 1, i + 1)]!;
      if (u === t) return { text: src.slice(0, t.start), what: `truncate at ${t.start}` };
      const a = src.slice(t.start, t.end);
      const b = src.slice(u.start, u.end);
      return { text: src.slice(0, t.start) + b + src.slice(t.end, u.start) + a + src.slice(u.end), what: `swap tokens ${i} and ${i + 1}` };
    }
    default: {
      const j = Math.min(n - 1, i + 1 + Math.floor(r() * 8));
      const piece = src.slice(t.start, toks[j]!.end);
      return { text: src.slice(0, t.start) + piece + piece + src.slice(t.start), what: `duplicate tokens ${i}..${j}` };
    }
  }
}
