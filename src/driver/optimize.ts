// The driver's optimizer step: which passes a command line asks for, and running them.
// Takes: an -O level, --no-inline, an explicit --passes list, --dump-after, whether to verify after
// every pass. Gives: the pass list (checked before anything is compiled), then the module optimized in
// place, with per-pass times and MIR dumps through callbacks.
// Invariant: a pass that leaves MIR the verifier rejects is an InvalidMir naming that pass (the CLI
// reports it as an internal compiler error); we verify here rather than through runPasses' own
// option so that verification is timed as its own stage and the failure keeps a structured form.

import type { MirModule } from '../mir/mir.js';
import { formatVerifyErrors, verifyModule } from '../mir/verify.js';
import { defaultPasses, PASSES, PROGRAM_ONLY, programFilter, runPasses } from '../opt/pipeline.js';
import type { FuncFilter } from '../opt/scope.js';

export type OptLevel = 0 | 1 | 2 | 3;

/**
 * The level `run` and `dump --stage mir` use when no -O is given. -O2: the clean-ups everywhere and the
 * heavy passes (devirt, inline, sroa, load-forward, peephole) on the program's own functions only.
 * Confined so, they add little to start-up (hello world has almost no code of its own) while the
 * program's loops get all of them: sroa in particular, without which allocation-heavy loops run out
 * of memory (no collector yet). -O3 runs the heavy passes over the library as well.
 */
export const DEFAULT_OPT_LEVEL: OptLevel = 2;

export interface PassSelection {
  level: OptLevel;
  noInline: boolean;
  /** An explicit list (--passes); replaces the level's list. */
  passes: string[] | undefined;
}

/** A command line asked for something the optimizer does not have (the CLI makes it a usage error). */
export class PassSelectionError extends Error {}

export function selectPasses(sel: PassSelection, dumpAfter: string | undefined): string[] {
  const known = [...Object.keys(PASSES), PROGRAM_ONLY];
  let names = sel.passes ?? defaultPasses(sel.level);
  for (const n of names) if (!PASSES[n] && n !== PROGRAM_ONLY) throw new PassSelectionError(`unknown pass '${n}' (known: ${known.join(', ')})`);
  if (sel.noInline) names = names.filter((n) => n !== 'inline');
  if (dumpAfter !== undefined && dumpAfter !== 'all' && !names.includes(dumpAfter)) {
    throw new PassSelectionError(
      PASSES[dumpAfter]
        ? `--dump-after=${dumpAfter}: that pass does not run in this pipeline (${names.length ? names.join(', ') : 'no passes'})`
        : `--dump-after: unknown pass '${dumpAfter}' (known: ${known.join(', ')}, or all)`,
    );
  }
  return names;
}

export class InvalidMir extends Error {
  constructor(
    /** 'lowering' or the pass after which the module stopped verifying. */
    readonly after: string,
    readonly report: string,
  ) {
    super(`invalid MIR after ${after === 'lowering' ? 'lowering' : `pass '${after}'`}`);
  }
}

export interface OptimizeOptions {
  verifyEach: boolean;
  dumpAfter: string | undefined;
  onDump?: (pass: string, text: string) => void;
  onPassTime?: (pass: string, ms: number) => void;
  onVerifyTime?: (ms: number) => void;
}

export function optimize(m: MirModule, names: readonly string[], opts: OptimizeOptions): void {
  let only: FuncFilter | undefined;
  for (const name of names) {
    if (name === PROGRAM_ONLY) {
      only = programFilter(m);
      continue;
    }
    runPasses(m, [name], { onTime: opts.onPassTime, dumpAfter: opts.dumpAfter, onDump: opts.onDump, only });
    if (opts.verifyEach) {
      const t0 = performance.now();
      const errors = verifyModule(m);
      opts.onVerifyTime?.(performance.now() - t0);
      if (errors.length) throw new InvalidMir(name, formatVerifyErrors(m, errors));
    }
  }
}
