// Haxe's "(Suggestion: x)" hints for misspelt names (its StringError.string_error), and the names a
// type offers as candidates (its string_source).
// Takes: a message, the unknown name and candidate names (or a type to take them from). Gives: the
// message with " (Suggestion: a)" / " (Suggestions: a, b)" appended when candidates are close.
// Invariant: a candidate is close when its edit distance is at most a third of the shorter length;
// close ones are listed nearest first, ties in candidate order (as Haxe's stable sort leaves them).
// Candidate order is Haxe's: fields of classes (inherited ones included) and structures in
// descending name order, an abstract's implementation fields in declaration order.

import { follow, type ClassType, type Type } from './types.js';

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return dp[b.length]!;
}

export function withSuggestion(msg: string, name: string, candidates: string[]): string {
  const scored = candidates.map((c) => ({ c, d: levenshtein(name, c) })).sort((x, y) => x.d - y.d);
  const close: string[] = [];
  for (const s of scored) {
    if (s.d <= Math.floor(Math.min(name.length, s.c.length) / 3)) close.push(s.c);
    else break;
  }
  if (close.length === 0) return msg;
  return close.length === 1 ? `${msg} (Suggestion: ${close[0]})` : `${msg} (Suggestions: ${close.join(', ')})`;
}

const descending = (names: Iterable<string>): string[] => [...new Set(names)].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0));

/** The field names of a type, as candidates for a suggestion. */
export function fieldSource(t: Type): string[] {
  const f = follow(t);
  if (f.kind === 'inst') {
    const names: string[] = [];
    for (let c: ClassType | undefined = f.cls; c; c = c.superClass?.cls) {
      c.build?.();
      names.push(...c.fields.keys());
    }
    return descending(names);
  }
  if (f.kind === 'anon') {
    switch (f.status.k) {
      case 'statics':
        f.status.cls.build?.();
        return descending(f.status.cls.statics.keys());
      case 'enumStatics':
        f.status.enm.build?.();
        return descending(f.status.enm.names);
      case 'abstractStatics': {
        const impl = f.status.abs.impl;
        return impl ? [...impl.orderedFields, ...impl.orderedStatics].sort((x, y) => x.namePos - y.namePos).map((x) => x.name) : [];
      }
      default:
        return descending(f.fields.keys());
    }
  }
  if (f.kind === 'abstract') {
    f.abs.build?.();
    const impl = f.abs.impl;
    if (impl) return [...impl.orderedFields, ...impl.orderedStatics].sort((x, y) => x.namePos - y.namePos).map((x) => x.name);
  }
  return [];
}
