// The optimizer pipeline: passes by name, run in order, optionally verified and dumped after each.
// Takes: a module and a list of pass names (or an -O level through `defaultPasses`). Gives: the
// module optimized in place; per-pass timings and text dumps through callbacks.
// Invariant: every pass leaves a module the verifier accepts (tests run the verifier after every
// pass); passes keep value ids (holes allowed) and keep blocks dense with bb0 the entry; definition
// sites (`values[v].def`) are recomputed after each pass so later passes and backends can trust them.

import type { MirFunction, MirModule } from '../mir/mir.js';
import { printModule } from '../mir/print.js';
import { formatVerifyErrors, verifyModule } from '../mir/verify.js';
import { recomputeDefs } from './cfg.js';
import { compactModule } from './compact.js';
import { constFold } from './const-fold.js';
import { copyProp } from './copy-prop.js';
import { dce } from './dce.js';
import { devirt } from './devirt.js';
import { inline, INLINE_THRESHOLD, inlineSize } from './inline.js';
import { loadForward } from './load-forward.js';
import { peephole } from './peephole.js';
import { simplifyCfg } from './simplify-cfg.js';
import { sroa } from './sroa.js';
import { inScope, type FuncFilter } from './scope.js';

export type Pass = (m: MirModule, only?: FuncFilter) => void;

export const PASSES: Record<string, Pass> = {
  'const-fold': constFold,
  'copy-prop': copyProp,
  dce,
  'simplify-cfg': simplifyCfg,
  devirt,
  inline: (m, only) => inline(m, { only }),
  sroa,
  'load-forward': loadForward,
  peephole,
  compact: compactModule,
};

export interface RunOptions {
  /** Verify after each pass; a failure throws an Error naming the pass, with the annotated function. */
  verify?: boolean;
  onTime?: (pass: string, ms: number) => void;
  /** A pass name (its dumps go to onDump), or 'all' to dump after every pass. */
  dumpAfter?: string;
  onDump?: (pass: string, text: string) => void;
  /** Confine every pass to these functions (as after a `program-only` step). */
  only?: FuncFilter;
}

/**
 * Not a pass: a step of a pass list after which the passes work only on the program's own functions
 * (MirModule.programFuncs; all functions when the module does not say). `defaultPasses(2)` uses it.
 */
export const PROGRAM_ONLY = 'program-only';

/**
 * The filter `program-only` sets for the module (undefined: every function): the program's own
 * functions, and the small library functions they call, and those small functions' small callees
 * (Array<Int>.__get and what it calls). Those are what the inliner takes into the program's code, so
 * they must be optimized first: the inliner takes one level per call site, and a callee left
 * unoptimized would bring its own calls along (measured: fannkuch's loop ran 1.5x slower).
 */
export function programFilter(module: MirModule): FuncFilter | undefined {
  const own = module.programFuncs;
  if (own === undefined) return undefined;
  const byName = new Map(module.funcs.map((f) => [f.name, f]));
  const scope = new Set(own);
  let frontier = module.funcs.filter((f) => own.has(f.name));
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: MirFunction[] = [];
    for (const f of frontier) {
      for (const b of f.blocks) {
        const names = b.insts.filter((i) => i.op === 'call' && i.callee).map((i) => i.callee!);
        if (b.term?.k === 'invoke' && !b.term.indirect) names.push(b.term.callee);
        for (const n of names) {
          const g = byName.get(n);
          if (!g || g.external || scope.has(n) || inlineSize(g) > 4 * INLINE_THRESHOLD) continue;
          scope.add(n);
          next.push(g);
        }
      }
    }
    frontier = next;
  }
  return (f) => scope.has(f.name);
}

/** Runs the passes in order; `only` (or a `program-only` step in `names`) confines them. */
export function runPasses(module: MirModule, names: string[], opts: RunOptions = {}): void {
  let only = opts.only;
  for (const name of names) {
    if (name === PROGRAM_ONLY) {
      only = programFilter(module);
      continue;
    }
    const pass = PASSES[name];
    if (!pass) throw new Error(`unknown pass '${name}' (known: ${Object.keys(PASSES).join(', ')}, ${PROGRAM_ONLY})`);
    const t0 = performance.now();
    pass(module, only);
    for (const f of module.funcs) if (inScope(f, only)) recomputeDefs(f);
    opts.onTime?.(name, performance.now() - t0);
    if (opts.verify) {
      const errors = verifyModule(module);
      if (errors.length) throw new Error(`MIR does not verify after pass '${name}':\n${formatVerifyErrors(module, errors)}`);
    }
    if (opts.dumpAfter === name || opts.dumpAfter === 'all') opts.onDump?.(name, printModule(module));
  }
}

const LEVEL1 = ['const-fold', 'copy-prop', 'dce', 'simplify-cfg'];

/**
 * The passes of an -O level: 0 none; 1 the clean-ups; 2 and 3 devirt (vtable calls become switches of
 * direct calls, which inline can take), inline, sroa (inlining is what puts an object's allocation,
 * initialisation and reads in one function), the clean-ups, load-forward and peephole (on the cleaned
 * code, where copies of one pointer are one value), then the clean-ups again.
 */
export function defaultPasses(level: 0 | 1 | 2 | 3): string[] {
  if (level === 0) return [];
  if (level === 1) return [...LEVEL1];
  const heavy = ['devirt', 'inline', 'sroa', ...LEVEL1, 'load-forward', 'peephole', ...LEVEL1];
  // -O2: the clean-ups everywhere, then the heavy passes on the program's own code only (they take in
  // the library functions it calls); -O3: the heavy passes over every function.
  return level === 2 ? [...LEVEL1, PROGRAM_ONLY, ...heavy] : heavy;
}
