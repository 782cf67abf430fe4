// The optimizer pipeline: passes by name, run in order, optionally verified and dumped after each.
// Takes: a module and a list of pass names (or an -O level through `defaultPasses`). Gives: the
// module optimized in place; per-pass timings and text dumps through callbacks.
// Invariant: every pass leaves a module the verifier accepts (tests run the verifier after every
// pass); passes keep value ids (holes allowed) and keep blocks dense with bb0 the entry; definition
// sites (`values[v].def`) are recomputed after each pass so later passes and backends can trust them.

import type { MirModule } from '../mir/mir.js';
import { printModule } from '../mir/print.js';
import { formatVerifyErrors, verifyModule } from '../mir/verify.js';
import { recomputeDefs } from './cfg.js';
import { compactModule } from './compact.js';
import { constFold } from './const-fold.js';
import { copyProp } from './copy-prop.js';
import { dce } from './dce.js';
import { devirt } from './devirt.js';
import { inline } from './inline.js';
import { loadForward } from './load-forward.js';
import { peephole } from './peephole.js';
import { simplifyCfg } from './simplify-cfg.js';
import { sroa } from './sroa.js';

export type Pass = (m: MirModule) => void;

export const PASSES: Record<string, Pass> = {
  'const-fold': constFold,
  'copy-prop': copyProp,
  dce,
  'simplify-cfg': simplifyCfg,
  devirt,
  inline: (m) => inline(m),
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
}

export function runPasses(module: MirModule, names: string[], opts: RunOptions = {}): void {
  for (const name of names) {
    const pass = PASSES[name];
    if (!pass) throw new Error(`unknown pass '${name}' (known: ${Object.keys(PASSES).join(', ')})`);
    const t0 = performance.now();
    pass(module);
    for (const f of module.funcs) if (!f.external) recomputeDefs(f);
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
  return ['devirt', 'inline', 'sroa', ...LEVEL1, 'load-forward', 'peephole', ...LEVEL1];
}
