// The module loader: class paths → modules, on demand, each parsed once.
// Takes: class paths (the user's -cp entries first, then rayzor's std/), defines, the sink.
// Gives: `loadModule("pack.Module")` → HxModule (or undefined when no class path has it), with its
// types declared but not yet built: headers and fields are resolved lazily, on first use, so only what
// a program reaches is typed, and cycles between modules are harmless.
// Invariant: a module path maps to at most one HxModule per compilation (cache hit or miss alike).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { DiagnosticSink } from '../diag/sink.js';
import { SourceFile } from '../diag/source.js';
import type { Module } from '../syntax/ast.js';
import { parseFile } from '../syntax/parser.js';
import type { Defines } from '../syntax/preprocess.js';
import type { HxModule } from './types.js';

export interface LoadedSource {
  file: SourceFile;
  ast: Module;
}

export class Loader {
  private cache = new Map<string, HxModule | null>();
  /** Declares a parsed module's types; installed by the typer (keeps this file free of typing rules). */
  declare: ((path: string, src: LoadedSource) => HxModule) | undefined;

  constructor(
    readonly classPaths: string[],
    readonly defines: Defines,
    readonly sink: DiagnosticSink,
  ) {}

  /** Find the file for a module path without loading it. */
  findFile(modulePath: string): string | undefined {
    const rel = modulePath.split('.').join('/') + '.hx';
    for (const cp of this.classPaths) {
      const p = join(cp, rel);
      if (existsSync(p)) return p;
    }
    return undefined;
  }

  loadModule(modulePath: string): HxModule | undefined {
    const hit = this.cache.get(modulePath);
    if (hit !== undefined) return hit ?? undefined;
    const path = this.findFile(modulePath);
    if (!path) {
      this.cache.set(modulePath, null);
      return undefined;
    }
    return this.loadFile(modulePath, path);
  }

  /** Load a module from an explicit file (the main file given on the command line). */
  loadFile(modulePath: string, path: string): HxModule | undefined {
    const hit = this.cache.get(modulePath);
    if (hit) return hit;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      this.sink.report('io.cannot-read', undefined, 0, 0, [path, (e as Error).message]);
      this.cache.set(modulePath, null);
      return undefined;
    }
    const file = new SourceFile(path, text);
    const { module: ast } = parseFile(file, this.defines, this.sink);
    // import.hx files from the class path root down to the module's folder apply to the module,
    // before its own imports (Haxe 4).
    const extra = this.importHxDecls(path);
    if (extra.length) ast.decls = [...extra, ...ast.decls];
    const m = this.declare!(modulePath, { file, ast });
    this.cache.set(modulePath, m);
    return m;
  }

  private importHxCache = new Map<string, Module['decls']>();

  private importHxDecls(path: string): Module['decls'] {
    const dir = dirname(path);
    const root = this.classPaths.find((cp) => dir === cp || dir.startsWith(cp + sep));
    if (root === undefined) return [];
    const dirs = [root];
    const rel = relative(root, dir);
    if (rel) {
      let cur = root;
      for (const part of rel.split(sep)) dirs.push((cur = join(cur, part)));
    }
    const out: Module['decls'] = [];
    for (const d of dirs) {
      let decls = this.importHxCache.get(d);
      if (!decls) {
        decls = [];
        const p = join(d, 'import.hx');
        if (existsSync(p)) {
          const file = new SourceFile(p, readFileSync(p, 'utf8'));
          const ast = parseFile(file, this.defines, this.sink).module;
          decls = ast.decls.filter((x) => x.kind === 'DImport' || x.kind === 'DUsing');
        }
        this.importHxCache.set(d, decls);
      }
      out.push(...decls);
    }
    return out;
  }

  /** Register a module that was made in memory (tests, synthetic modules). */
  addModule(modulePath: string, m: HxModule): void {
    this.cache.set(modulePath, m);
  }

  loaded(): HxModule[] {
    return [...this.cache.values()].filter((m): m is HxModule => m !== null);
  }
}
