// Which functions a pass works on. Takes: a function and the pass's optional filter. Gives: whether
// the pass should rewrite it (external functions have no body; a filter, from the pipeline's
// `program-only` step, confines the passes after it to the program's own functions).
// Why a filter: -O2's expensive passes (inline, sroa, load-forward...) pay off in the program's hot
// code, into which they pull the library functions it calls; running them over every std/runtime
// function too doubled the start-up of `rayzor run` for no measured gain.

import type { MirFunction } from '../mir/mir.js';

export type FuncFilter = (f: MirFunction) => boolean;

export function inScope(f: MirFunction, only: FuncFilter | undefined): boolean {
  return !f.external && (only === undefined || only(f));
}
