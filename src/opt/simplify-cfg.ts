// Pass `simplify-cfg`: control-flow clean-up.
// Takes: a verified module. Gives: the same module where `br`/`switch` whose targets are all the same
// block call become `jump` (and switch cases equal to the default are dropped); edges into an empty
// block that only jumps are redirected to where it jumps (substituting its parameters); a block whose
// single incoming edge is an unconditional `jump` is merged into that predecessor; unreachable
// blocks are removed and the rest renumbered densely, the entry staying bb0.
// Invariant: a jump-only block is bypassed only when its parameters are used nowhere but in its own
// jump (otherwise a block it dominates still reads them); invoke edges are never redirected (their
// implicit parameters and the "normal ≠ unwind" rule tie them to their targets). Merging keeps every
// incoming-edge count but the merged block's, so one count up front serves the whole sweep.

import { termCalls, type BlockCall, type MirFunction, type MirModule, type Terminator, type ValueId } from '../mir/mir.js';
import { reachable, replaceUses, useCounts } from './cfg.js';
import { removeBlocks } from './compact.js';
import { inScope, type FuncFilter } from './scope.js';

export function simplifyCfg(m: MirModule, only?: FuncFilter): void {
  for (const f of m.funcs) if (inScope(f, only)) simplifyFunction(f);
}

function sameCall(a: BlockCall, b: BlockCall): boolean {
  return a.block === b.block && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i]);
}

function simplifyFunction(f: MirFunction): void {
  for (let round = 0; round < 16; round++) {
    let changed = foldBranches(f);
    changed = thread(f) || changed;
    changed = merge(f) || changed;
    const live = reachable(f);
    if (!live.every(Boolean)) {
      removeBlocks(f, live);
      changed = true;
    }
    if (!changed) return;
  }
}

function foldBranches(f: MirFunction): boolean {
  let changed = false;
  for (const b of f.blocks) {
    const t = b.term;
    if (t?.k === 'br' && sameCall(t.then, t.else)) {
      b.term = { k: 'jump', to: t.then };
      changed = true;
    } else if (t?.k === 'switch') {
      const n = t.cases.length;
      t.cases = t.cases.filter((c) => !sameCall(c.to, t.default));
      if (t.cases.length !== n) changed = true;
      if (t.cases.length === 0) b.term = { k: 'jump', to: t.default };
    }
  }
  return changed;
}

/** Redirect edges that enter a jump-only block to its destination. */
function thread(f: MirFunction): boolean {
  const uses = useCounts(f);
  // forward[e]: the jump of an empty block whose parameters are used only by that jump.
  const forward = f.blocks.map((b, bi) => {
    const t = b.term;
    if (bi === 0 || b.insts.length !== 0 || t?.k !== 'jump' || t.to.block === bi) return undefined;
    for (const p of b.params) {
      const inJump = t.to.args.filter((a) => a === p).length;
      if (uses[p]! !== inJump) return undefined;
    }
    return t.to;
  });
  let changed = false;
  for (const b of f.blocks) {
    const t = b.term;
    if (!t || t.k === 'invoke') continue;
    for (const c of termCalls(t)) {
      // Follow chains of forwarding blocks, but never around a cycle of them.
      for (let hops = 0; hops < 64; hops++) {
        const fw = forward[c.block];
        if (!fw) break;
        const params = f.blocks[c.block]!.params;
        const args = fw.args.map((a) => {
          const k = params.indexOf(a);
          return k >= 0 ? c.args[k]! : a;
        });
        c.block = fw.block;
        c.args = args;
        changed = true;
      }
    }
  }
  return changed;
}

/** Merge each block whose only incoming edge is a `jump` into that jump's block. */
function merge(f: MirFunction): boolean {
  const count = new Array<number>(f.blocks.length).fill(0);
  for (const b of f.blocks) for (const c of termCalls(b.term)) count[c.block]!++;
  const rep = new Map<ValueId, ValueId>();
  const gone = new Array<boolean>(f.blocks.length).fill(false);
  let changed = false;
  f.blocks.forEach((a, ai) => {
    if (gone[ai]) return;
    for (;;) {
      const t: Terminator | undefined = a.term;
      if (t?.k !== 'jump') return;
      const bi = t.to.block;
      if (bi === 0 || bi === ai || count[bi] !== 1 || gone[bi]) return;
      const b = f.blocks[bi]!;
      b.params.forEach((p, k) => rep.set(p, t.to.args[k]!));
      a.insts.push(...b.insts);
      a.term = b.term;
      b.insts = [];
      b.params = [];
      b.term = { k: 'unreachable' };
      gone[bi] = true;
      changed = true;
    }
  });
  if (!changed) return false;
  replaceUses(f, rep);
  removeBlocks(f, gone.map((g) => !g));
  return true;
}
