// The type-checking pipeline: class paths, the main module or the given files, the typer.
// Takes: files (each loaded as a module from its own folder, honouring its `package`) or a class path
// list and a main class; defines; the sink. Gives: the Typer (typed field bodies) and diagnostics.
// Invariant: rayzor's own std/ is always the last class path, so user modules shadow it as in Haxe.

import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagnosticSink } from '../diag/sink.js';
import type { Defines } from '../syntax/preprocess.js';
import { Loader } from '../typing/loader.js';
import { Typer } from '../typing/typer.js';
import type { HxModule } from '../typing/types.js';

/** rayzor's std/ folder (beside package.json). */
export function stdPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(dir, 'std');
}

/** The package a file declares (a cheap look at its first `package` line). */
function declaredPackage(path: string): string[] {
  try {
    const m = /^\s*package\s+([\w.]*)\s*;/m.exec(readFileSync(path, 'utf8'));
    return m && m[1] ? m[1].split('.') : [];
  } catch {
    return [];
  }
}

export interface TypecheckInput {
  files: string[];
  classPaths: string[];
  main: string | undefined;
}

export interface TypecheckResult {
  typer: Typer;
  modules: HxModule[];
}

export function typecheck(input: TypecheckInput, defines: Defines, sink: DiagnosticSink): TypecheckResult {
  const cps = input.classPaths.map((p) => resolve(p));
  const fileModules: { path: string; module: string }[] = [];
  for (const f of input.files) {
    const pack = declaredPackage(f);
    let root = dirname(resolve(f));
    for (let i = 0; i < pack.length; i++) root = dirname(root);
    if (!cps.includes(root)) cps.push(root);
    fileModules.push({ path: resolve(f), module: [...pack, basename(f, '.hx')].join('.') });
  }
  // runtime/ (package rayzor.rt) comes with std/: std's implementations call into it.
  const rt = join(dirname(stdPath()), 'runtime');
  const loader = new Loader([...cps.filter((c) => c !== rt), stdPath(), ...(existsSync(rt) ? [rt] : [])], defines, sink);
  const typer = new Typer(loader, sink);
  const modules: HxModule[] = [];
  for (const fm of fileModules) {
    const m = loader.loadFile(fm.module, fm.path);
    if (m) modules.push(m);
  }
  if (input.main) {
    const m = loader.loadModule(input.main);
    if (!m) sink.report('type.custom', undefined, 0, 0, [`Type not found : ${input.main}`]);
    else modules.push(m);
  }
  // Type the given modules, then every user module they reached (loading is lazy: a module that
  // nothing references is never read). std/ modules are typed only as far as they are used.
  const std = stdPath();
  const done = new Set<HxModule>();
  let pending = modules;
  while (pending.length > 0) {
    for (const m of pending) {
      done.add(m);
      typer.typeModule(m);
    }
    pending = loader.loaded().filter((m) => !done.has(m) && !m.file.path.startsWith(std) && !m.file.path.startsWith(rt));
  }
  return { typer, modules };
}
