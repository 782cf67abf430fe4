// The typer's global state: loader, sink, standard types, typed field bodies, and the entry points.
// Takes: class paths and a main module (or files to check). Gives: typed bodies for every field that
// the program reaches (`typedFields`), diagnostics in the sink.
// Invariant: every field body is typed at most once; a field whose type must be inferred is typed on
// first use of its type (through a TLazy), others in `typeAll` order; errors never throw out of a
// field: each field is a recovery point; checks that need built types (type parameter constraints)
// are deferred and run after the module's fields are typed.

import type { DiagCode } from '../diag/codes.js';
import type { DiagNote, DiagnosticSink } from '../diag/sink.js';
import type { Func } from '../syntax/ast.js';
import type { Loader } from './loader.js';
import type { TExpr } from './texpr.js';
import { declareModule, lookupType, moduleImports, type TypeScope } from './typeload.js';
import {
  DYNAMIC, follow, mkMono, setLazyCycleHandler, type ClassField, type ClassType, type HxModule, type ModuleType, type Pos, type Type,
} from './types.js';
import { UnifyError } from './unify.js';
import { typeFieldBody, typeFieldInit } from './type-fun.js';
import { checkClass, checkClassHeader } from './check-class.js';

export class Typer {
  readonly typedFields = new Map<ClassField, TExpr>();
  private funcDecls = new Map<ClassField, Func>();
  private modules = new Map<ModuleType, HxModule>();
  private typing = new Set<ClassField>();
  private stdTypes: HxModule | undefined | null = undefined;
  private varIds = 0;

  constructor(
    readonly loader: Loader,
    readonly sink: DiagnosticSink,
  ) {
    loader.declare = (path, src) => {
      const m = declareModule(this, path, src);
      for (const t of m.types) this.modules.set(t, m);
      if (m.fieldsClass) this.modules.set(m.fieldsClass, m);
      return m;
    };
    setLazyCycleHandler(() => DYNAMIC);
  }

  nextVarId(): number {
    return this.varIds++;
  }

  private deferred: (() => void)[] = [];
  /** A check that must wait until the types involved are built (type parameter constraints). */
  defer(f: () => void): void {
    this.deferred.push(f);
  }
  /** Run the deferred checks (after a module's fields are typed). */
  flushDeferred(): void {
    while (this.deferred.length > 0) this.deferred.shift()!();
  }

  // ---- diagnostics ------------------------------------------------------------------------------------

  error(code: DiagCode, pos: Pos, args: string[] = [], notes: DiagNote[] = []): void {
    this.sink.report(code, pos.file, pos.pos, pos.end, args, notes);
  }

  /** A unification failure: the first line is the message, the others notes at the same place ("... x", as Haxe prints them). */
  unifyError(err: UnifyError, pos: Pos, extra: string[] = []): void {
    const lines = err.lines();
    this.sink.report('type.unify', pos.file, pos.pos, pos.end, [lines[0]!], [...lines.slice(1).map((l) => `... ${l}`), ...extra].map((message) => ({ message })));
  }

  // ---- modules and types --------------------------------------------------------------------------------

  moduleOf(mt: ModuleType): HxModule {
    const m = this.modules.get(mt);
    if (m) return m;
    const loaded = this.loader.loadModule(mt.path.module);
    if (!loaded) throw new Error(`module of ${mt.path.name} not loaded`);
    return loaded;
  }

  /** A top-level type by name: StdTypes.hx first (Int, Float, …), then a module of that name. */
  stdType(name: string): ModuleType | undefined {
    if (this.stdTypes === undefined) this.stdTypes = this.loader.loadModule('StdTypes') ?? null;
    const fromStd = this.stdTypes?.types.find((t) => t.path.name === name && !t.isPrivate);
    if (fromStd) return fromStd;
    const mod = this.loader.loadModule(name);
    return mod?.types.find((t) => t.path.name === name);
  }

  private basic(name: string): Type {
    const mt = this.stdType(name);
    if (!mt) return DYNAMIC;
    switch (mt.kind) {
      case 'class': return { kind: 'inst', cls: mt, params: [] };
      case 'abstract': return { kind: 'abstract', abs: mt, params: [] };
      case 'enum': return { kind: 'enum', enm: mt, params: [] };
      case 'typedef': return { kind: 'typedef', def: mt, params: [] };
    }
  }

  private cache = new Map<string, Type>();
  private cached(name: string): Type {
    let t = this.cache.get(name);
    if (!t) {
      t = this.basic(name);
      this.cache.set(name, t);
    }
    return t;
  }

  tInt(): Type { return this.cached('Int'); }
  tFloat(): Type { return this.cached('Float'); }
  tBool(): Type { return this.cached('Bool'); }
  tVoid(): Type { return this.cached('Void'); }
  tString(): Type { return this.cached('String'); }

  private generic(name: string, params: Type[]): Type {
    const mt = this.stdType(name);
    if (!mt) return DYNAMIC;
    switch (mt.kind) {
      case 'class': return { kind: 'inst', cls: mt, params };
      case 'abstract': return { kind: 'abstract', abs: mt, params };
      case 'enum': return { kind: 'enum', enm: mt, params };
      case 'typedef': return { kind: 'typedef', def: mt, params };
    }
  }

  tArray(t: Type): Type { return this.generic('Array', [t]); }

  /** haxe.ds.Map, the abstract behind the top-level `Map` typedef. */
  mapAbstract(): import('./types.js').AbstractType | undefined {
    const mt = this.typeByPath(['haxe', 'ds'], 'Map');
    return mt && mt.kind === 'abstract' ? mt : undefined;
  }
  mkNull(t: Type): Type {
    const f = this.followType(t);
    // Null<Null<T>> is Null<T>.
    if (t.kind === 'abstract' && t.abs.path.name === 'Null' && t.abs.path.pack.length === 0) return t;
    void f;
    return this.generic('Null', [t]);
  }
  mkRest(t: Type): Type {
    const mt = this.loader.loadModule('haxe.Rest')?.types.find((x) => x.path.name === 'Rest');
    return mt && mt.kind === 'abstract' ? { kind: 'abstract', abs: mt, params: [t] } : this.tArray(t);
  }
  typeByPath(pack: string[], name: string): ModuleType | undefined {
    const mod = this.loader.loadModule([...pack, name].join('.'));
    return mod?.types.find((t) => t.path.name === name);
  }

  isVoidType(t: Type): boolean {
    const f = follow(t);
    return f.kind === 'abstract' && f.abs.path.name === 'Void' && f.abs.path.pack.length === 0;
  }

  followType(t: Type): Type {
    return follow(t);
  }

  lookupType(m: HxModule, pack: string[], name: string): ModuleType | undefined {
    return lookupType(this, m, pack, name, undefined);
  }

  imports(m: HxModule) {
    return moduleImports(this, m);
  }

  // ---- field bodies --------------------------------------------------------------------------------------

  registerFunctionDecl(cf: ClassField, func: Func): void {
    this.funcDecls.set(cf, func);
  }

  functionDecl(cf: ClassField): Func | undefined {
    return this.funcDecls.get(cf);
  }

  /** Type a variable field's initialiser to learn its type (a field without a type hint). */
  inferFieldType(cf: ClassField, scope: TypeScope): Type {
    const e = this.typeFieldOnce(cf, () => typeFieldInit(this, cf, scope));
    return e ? e.t : mkMono();
  }

  /** Type a method body so that its argument and return monomorphs get bound. */
  inferMethodType(cf: ClassField, fnType: Type, scope: TypeScope): void {
    this.typeFieldOnce(cf, () => typeFieldBody(this, cf, fnType, scope));
  }

  private typeFieldOnce(cf: ClassField, f: () => TExpr | undefined): TExpr | undefined {
    const done = this.typedFields.get(cf);
    if (done) return done;
    if (this.typing.has(cf)) return undefined;
    this.typing.add(cf);
    try {
      const e = f();
      if (e) this.typedFields.set(cf, e);
      return e;
    } catch (err) {
      // A pathologically deep expression exhausts the JS stack: report it on the field, go on.
      if (!(err instanceof RangeError)) throw err;
      if (cf.pos) this.error('type.custom', { file: cf.pos.file, pos: cf.namePos, end: cf.namePos + cf.name.length }, ['Expression is too deeply nested to type-check']);
      return undefined;
    } finally {
      this.typing.delete(cf);
    }
  }

  /** Type every field of a class (its type first, which may already type the body). */
  typeClassFields(c: ClassType, scopeOf: (cf: ClassField) => TypeScope): void {
    c.build?.();
    const all = [...(c.ctor ? [c.ctor] : []), ...c.orderedFields, ...c.orderedStatics];
    for (const cf of all) {
      if (this.typedFields.has(cf)) continue;
      const t = follow(cf.type);
      if (this.typedFields.has(cf)) continue;
      if (cf.kind.k === 'method') {
        if (this.funcDecls.get(cf)?.body) this.typeFieldOnce(cf, () => typeFieldBody(this, cf, t, scopeOf(cf)));
      } else if (cf.decl) this.typeFieldOnce(cf, () => typeFieldInit(this, cf, scopeOf(cf)));
    }
  }

  /**
   * Type one field's body (or initialiser) now, as typeClassFields would, and give it: the lowering's
   * way to type std/ and the runtime only as far as the program reaches them (typing whole library
   * modules was most of a small program's compile time).
   */
  typeField(cf: ClassField): TExpr | undefined {
    const done = this.typedFields.get(cf);
    if (done || !cf.owner) return done;
    const owner = cf.owner;
    if (owner.kind === 'class' || owner.kind === 'abstract' || owner.kind === 'enum') owner.build?.();
    const t = follow(cf.type);
    const typed = this.typedFields.get(cf);
    if (typed) return typed;
    const scope = () => this.scopeFor(this.moduleOf(owner), owner, cf);
    if (cf.kind.k === 'method') {
      if (this.funcDecls.get(cf)?.body) this.typeFieldOnce(cf, () => typeFieldBody(this, cf, t, scope()));
    } else if (cf.decl) this.typeFieldOnce(cf, () => typeFieldInit(this, cf, scope()));
    this.flushDeferred();
    return this.typedFields.get(cf);
  }

  /** Type everything declared in a module (what `rayzor check` does for the files it is given). */
  typeModule(m: HxModule): void {
    // Resolve the imports even when no name needs them, so a bad import is always reported.
    this.imports(m);
    for (const t of [...m.types, ...(m.fieldsClass ? [m.fieldsClass] : [])]) {
      if (t.kind === 'typedef') follow({ kind: 'typedef', def: t, params: t.params.map(() => DYNAMIC) });
      if (t.kind === 'enum') t.build?.();
      if (t.kind === 'abstract') {
        t.build?.();
        if (t.impl) this.typeClassFields(t.impl, (cf) => this.scopeFor(m, t, cf));
      }
      if (t.kind === 'class') {
        checkClassHeader(this, t);
        this.typeClassFields(t, (cf) => this.scopeFor(m, t, cf));
        checkClass(this, t);
      }
    }
    this.flushDeferred();
  }

  scopeFor(m: HxModule, owner: ModuleType, cf: ClassField): TypeScope {
    const params = new Map<string, Type>();
    if (!cf.isStatic || owner.kind === 'abstract') for (const p of owner.params) params.set(p.name, { kind: 'param', param: p });
    for (const p of cf.params) params.set(p.name, { kind: 'param', param: p });
    return { module: m, params };
  }
}
