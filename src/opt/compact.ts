// Renumbering after passes remove things.
// Takes: a MirFunction. Gives: `removeBlocks` (drop blocks, renumber the rest densely in their
// order, entry stays bb0) and `compactValues` (renumber values densely in definition order: block
// order, parameters then instruction results).
// Invariant: blocks must be dense for the reader and verifier (a missing bbN reads as an empty block
// without a terminator), so passes that drop blocks call removeBlocks; value ids may have holes
// (print, read and verify accept them), so passes keep ids and `compactValues` is optional: the
// `compact` pass, for a final tidy dump or a backend that wants dense ids.

import { mapTermValues, termCalls, type MirFunction, type MirModule, type ValueId, type ValueInfo } from '../mir/mir.js';
import { recomputeDefs } from './cfg.js';

/**
 * Keep the blocks with keep[b] true. Removed blocks must not be targets of kept ones (the caller
 * removes unreachable blocks, or blocks it merged away after redirecting their edges).
 */
export function removeBlocks(f: MirFunction, keep: boolean[]): void {
  if (keep.every(Boolean)) return;
  if (!keep[0]) throw new Error('removeBlocks: the entry block must stay');
  const index = new Array<number>(f.blocks.length).fill(-1);
  const blocks = [];
  for (let b = 0; b < f.blocks.length; b++) {
    if (!keep[b]) {
      // Its values are gone too.
      const dead = f.blocks[b]!;
      for (const p of dead.params) if (f.values[p]) f.values[p]!.def = { k: 'none' };
      continue;
    }
    index[b] = blocks.length;
    blocks.push(f.blocks[b]!);
  }
  for (const b of blocks) {
    for (const c of termCalls(b.term)) {
      const to = index[c.block];
      if (to === undefined || to < 0) throw new Error(`removeBlocks: bb${c.block} is removed but still a target`);
      c.block = to;
    }
  }
  f.blocks = blocks;
  recomputeDefs(f);
}

/** Renumber values densely in definition order. */
export function compactValues(f: MirFunction): void {
  const map = new Map<ValueId, ValueId>();
  const values: ValueInfo[] = [];
  const def = (v: ValueId) => {
    if (map.has(v)) return;
    map.set(v, values.length);
    values.push({ type: f.values[v]?.type ?? 'i32', def: { k: 'none' } });
  };
  for (const b of f.blocks) {
    b.params.forEach(def);
    for (const i of b.insts) i.results.forEach(def);
  }
  // A use without a definition (invalid input) keeps a fresh id rather than crashing.
  const m = (v: ValueId): ValueId => {
    if (!map.has(v)) def(v);
    return map.get(v)!;
  };
  for (const b of f.blocks) {
    b.params = b.params.map(m);
    for (const i of b.insts) {
      i.results = i.results.map(m);
      i.args = i.args.map(m);
    }
    if (b.term) mapTermValues(b.term, m);
  }
  f.values = values;
  recomputeDefs(f);
}

/** The `compact` pass: dense value ids in every function. */
export function compactModule(m: MirModule): void {
  for (const f of m.funcs) if (!f.external) compactValues(f);
}
