// Lowering entry point: a type-checked program → one MIR module.
// Takes: the Typer (after typecheck), the main class path, the target pointer size. Gives: the
// MirModule (functions, function table, static data) or throws LowerError for what the lowering
// cannot compile yet (reported by the driver as a diagnostic, never a stack trace).
// Invariant: the runtime (runtime/, package rayzor.rt) and std/ are compiled with the program.

import type { MirModule } from '../mir/mir.js';
import type { Typer } from '../typing/typer.js';
import { lowerEntry, lowerFunction, lowerStaticInit } from './body.js';
import { findClass, LowerError } from './fn.js';
import { Program } from './program.js';
import type { ClassType } from '../typing/types.js';
import { methodEntries, requestMethodEntries } from './rtti-methods.js';

export { LowerError };

export interface LowerOptions {
  ptrSize: 4 | 8;
  /** Files of std/ and runtime/ (the driver knows where they are): their statics initialise on use. */
  isLibrary?: (path: string) => boolean;
}

export function lowerProgram(typer: Typer, mainPath: string, opts: LowerOptions): MirModule {
  const p = new Program(typer, opts.ptrSize, opts.isLibrary);
  p.lowerFn = lowerFunction;
  p.methodEntries = (info) => methodEntries(p, info);
  p.wantMethods = (info) => requestMethodEntries(p, info);
  // Every class the program loaded is known before lowering, so a method's overrides are too
  // (a call is devirtualized only when no loaded class overrides the method).
  for (const m of typer.loader.loaded()) for (const t of m.types) if (t.kind === 'class') {
    t.build?.();
    p.noteClass(t);
  }
  const mainCls = findClass(p, mainPath);
  if (!mainCls) throw new LowerError(`main class ${mainPath} not found`);
  // The runtime's exported entry points are part of every program (backends call them by name).
  const alloc = findClass(p, 'rayzor.rt.Alloc');
  if (alloc) for (const f of alloc.orderedStatics) if (f.kind.k === 'method' && f.meta.some((m) => m.name === ':native')) p.requestStatic(alloc, f, []);
  const arena = findClass(p, 'rayzor.rt.Arena');
  if (arena) for (const f of arena.orderedStatics) if (f.kind.k === 'method' && f.meta.some((m) => m.name === ':native')) p.requestStatic(arena, f, []);
  // Haxe initialises the statics of every class of the program (not only those reached), so user
  // classes with static initialisers are all registered, in module order.
  const userClasses: ClassType[] = [];
  for (const m of typer.loader.loaded()) {
    if (opts.isLibrary?.(m.file.path)) continue;
    for (const t of m.types) if (t.kind === 'class' && !t.isExtern && !t.isInterface) userClasses.push(t);
  }
  for (const c of userClasses) p.registerStaticInit(c);
  p.userClasses = userClasses;
  return p.finish(() => lowerEntry(p, mainCls, p.initOrder(mainCls, userClasses)), (c) => lowerStaticInit(p, c));
}
