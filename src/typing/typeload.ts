// Declaring and building module types, and resolving syntactic types to types.
// Takes: a parsed module (from the Loader) and the Typer. Gives: HxModule with ClassType, EnumType,
// TypedefType and AbstractType records whose headers and fields are built lazily (`build()`), and
// `resolveType(scope, complexType)`.
// Invariant: name resolution follows Haxe: type parameters in scope, then the module's own types, then
// imports (the last matching import wins), wildcard imports, the current package, and finally the
// top-level package (rayzor's std/; `std.Name` names it explicitly). Building a type twice is a
// no-op; a type that is being built and is reached again (e.g. `class A extends B`,
// `class B { var a:A; }`) sees its header so far.
// Explicit type arguments are checked against their parameters' constraints once types are built
// ("Constraint check failure for Box.T"); an `override` without a modifier is as public as its parent.

import type { ComplexType, Decl, Field, FuncArg, Meta, TypeParamDecl, TypePath as AstTypePath } from '../syntax/ast.js';
import type { LoadedSource } from './loader.js';
import type { Typer } from './typer.js';
import { tryUnify, unify, UnifyError } from './unify.js';
import {
  DYNAMIC, applyParams, constrainedMonos, hasMeta, mkField, mkLazy, mkMono, resolve, type AbstractType, type ClassField, type ClassType, type EnumType, type FieldKind,
  type FunArg, type HxModule, type ModuleType, type Pos, type Type, type TypedefType, type TypeParam, type VarAccess,
} from './types.js';

export interface TypeScope {
  module: HxModule;
  params: Map<string, Type>;
}

/** Per-module import tables, computed on first use. */
export interface ModuleImports {
  types: Map<string, ModuleType>;
  fields: Map<string, { owner: ModuleType; field: string }>;
  wildcards: string[];
  usings: ModuleType[];
}

const importTables = new WeakMap<HxModule, ModuleImports>();

function posOf(m: HxModule, n: { pos: number; end: number }): Pos {
  return { file: m.file, pos: n.pos, end: n.end };
}

// ---- declaring ------------------------------------------------------------------------------------------

export function declareModule(tx: Typer, modulePath: string, src: LoadedSource): HxModule {
  const parts = modulePath.split('.');
  const name = parts[parts.length - 1]!;
  const pack = src.ast.pack;
  const m: HxModule = { path: modulePath, pack, name, file: src.file, types: [], fieldsClass: undefined, imports: [] };
  const moduleFields: Field[] = [];
  for (const d of src.ast.decls) {
    switch (d.kind) {
      case 'DImport':
      case 'DUsing':
        m.imports.push(d);
        break;
      case 'DField':
        moduleFields.push(d.field);
        break;
      default:
        m.types.push(declareType(tx, m, d));
    }
  }
  if (moduleFields.length > 0) {
    // Module-level fields (Haxe 4.2) are statics of a class named after the module.
    const cls = newClass(m, name, { pos: 0, end: 0 }, [], []);
    cls.build = () => buildFieldsOnly(tx, cls, moduleFields);
    m.fieldsClass = cls;
  }
  return m;
}

function newClass(m: HxModule, name: string, span: { pos: number; end: number }, meta: Meta[], flags: string[]): ClassType {
  return {
    kind: 'class', path: { pack: m.pack, name, module: m.path }, pos: posOf(m, span), isPrivate: flags.includes('private'),
    isExtern: flags.includes('extern'), meta, params: [], doc: undefined, decl: undefined, isInterface: false,
    isFinal: flags.includes('final'), isAbstract: flags.includes('abstract'), abstractImpl: undefined, superClass: undefined,
    interfaces: [], fields: new Map(), statics: new Map(), orderedFields: [], orderedStatics: [], ctor: undefined,
    state: 'declared', build: undefined,
  };
}

function declareParams(tx: Typer, m: HxModule, owner: string, decls: TypeParamDecl[], outer: () => Map<string, Type>): TypeParam[] {
  const params: TypeParam[] = decls.map((d) => ({ name: d.name, constraints: () => [], default: undefined, owner, meta: d.meta }));
  params.forEach((p, i) => {
    const d = decls[i]!;
    let cache: Type[] | undefined;
    p.constraints = () => {
      if (cache) return cache;
      cache = [];
      const scope: TypeScope = { module: m, params: outer() };
      cache = d.constraints.map((c) => resolveType(tx, scope, c));
      return cache;
    };
  });
  return params;
}

function paramMap(params: TypeParam[], base?: Map<string, Type>): Map<string, Type> {
  const m = new Map(base ?? []);
  for (const p of params) m.set(p.name, { kind: 'param', param: p });
  return m;
}

function declareType(tx: Typer, m: HxModule, d: Decl): ModuleType {
  if (d.kind === 'DImport' || d.kind === 'DUsing' || d.kind === 'DField') throw new Error('not a type declaration');
  const path = { pack: m.pack, name: d.name, module: m.path };
  const pos = posOf(m, d);
  const owner = `${m.path}.${d.name}`;
  switch (d.kind) {
    case 'DClass': {
      const c = newClass(m, d.name, d, d.meta, d.flags);
      c.isInterface = d.isInterface;
      c.doc = d.doc;
      c.decl = d;
      c.params = declareParams(tx, m, owner, d.params, () => paramMap(c.params));
      c.build = () => buildClass(tx, m, c, d);
      return c;
    }
    case 'DEnum': {
      const e: EnumType = {
        kind: 'enum', path, pos, isPrivate: d.flags.includes('private'), isExtern: d.flags.includes('extern'), meta: d.meta, params: [],
        doc: d.doc, decl: d, ctors: new Map(), names: [], state: 'declared', build: undefined,
      };
      e.params = declareParams(tx, m, owner, d.params, () => paramMap(e.params));
      e.build = () => buildEnum(tx, m, e, d);
      return e;
    }
    case 'DTypedef': {
      const t: TypedefType = {
        kind: 'typedef', path, pos, isPrivate: d.flags.includes('private'), isExtern: false, meta: d.meta, params: [], doc: d.doc, decl: d,
        type: DYNAMIC,
      };
      t.params = declareParams(tx, m, owner, d.params, () => paramMap(t.params));
      const scope = (): TypeScope => ({ module: m, params: paramMap(t.params) });
      t.type = mkLazy(() => resolveType(tx, scope(), d.type), () => DYNAMIC);
      return t;
    }
    case 'DAbstract': {
      const a: AbstractType = {
        kind: 'abstract', path, pos, isPrivate: d.flags.includes('private'), isExtern: d.flags.includes('extern'), meta: d.meta, params: [],
        doc: d.doc, decl: d, underlying: DYNAMIC, from: [], to: [], impl: undefined, ops: [], arrayAccess: [], isEnum: d.isEnum || hasMeta(d.meta, ':enum'),
        isCore: hasMeta(d.meta, ':coreType'), forward: undefined, state: 'declared', build: undefined,
      };
      a.params = declareParams(tx, m, owner, d.params, () => paramMap(a.params));
      a.build = () => buildAbstract(tx, m, a, d);
      return a;
    }
  }
}

// ---- building ------------------------------------------------------------------------------------------

function buildClass(tx: Typer, m: HxModule, c: ClassType, d: Decl & { kind: 'DClass' }): void {
  if (c.state !== 'declared') return;
  c.state = 'building';
  c.build = undefined;
  const scope: TypeScope = { module: m, params: paramMap(c.params) };
  const heads = d.isInterface ? [] : d.extends;
  for (const p of heads) {
    const t = resolveTypePath(tx, scope, p);
    if (t && t.kind === 'inst' && !t.cls.isInterface) c.superClass = { cls: t.cls, params: t.params };
    else if (t && t.kind === 'inst') tx.error('type.custom', posOf(m, p), ['Cannot extend by using an interface']);
    else if (t) tx.error('type.custom', posOf(m, p), ['Should extend by using a class']);
  }
  for (const p of d.isInterface ? d.extends : d.implements) {
    const t = resolveTypePath(tx, scope, p);
    if (t && t.kind === 'inst' && (t.cls.isInterface || t.cls.isExtern)) c.interfaces.push({ cls: t.cls, params: t.params });
    else if (t && t.kind === 'inst') tx.error('type.custom', posOf(m, p), ['You can only implement an interface']);
    else if (t && !(t.kind === 'dynamic')) tx.error('type.custom', posOf(m, p), ['Should implement by using an interface']);
  }
  if (c.superClass?.cls.build) c.superClass.cls.build();
  for (const f of d.fields) addField(tx, m, c, f, scope);
  c.state = 'built';
}

function buildFieldsOnly(tx: Typer, c: ClassType, fields: Field[]): void {
  if (c.state !== 'declared') return;
  c.state = 'building';
  c.build = undefined;
  const m = tx.moduleOf(c);
  const scope: TypeScope = { module: m, params: new Map() };
  for (const f of fields) {
    if (!f.access.includes('static')) f.access.push('static');
    // Module-level fields are public unless marked private.
    if (!f.access.includes('private') && !f.access.includes('public')) f.access.push('public');
    addField(tx, m, c, f, scope);
  }
  c.state = 'built';
}

function accessOf(name: string, isGet: boolean): VarAccess {
  switch (name) {
    case 'default': return 'normal';
    case 'null': return 'no';
    case 'never': return 'never';
    case 'dynamic': return 'dynamic';
    case 'get': case 'set': return 'call';
    default: return isGet ? 'call' : 'call';
  }
}

/** Build a ClassField from a field declaration; its type may be lazy when it must be inferred. */
export function makeField(tx: Typer, m: HxModule, owner: ModuleType, f: Field, scope: TypeScope, forceStatic = false): ClassField {
  const isStatic = forceStatic || f.access.includes('static');
  const isInterfaceField = owner.kind === 'class' && owner.isInterface;
  // Fields are private by default, except in interfaces, extern classes, @:publicFields types and
  // enum abstract values.
  const publicByDefault = isInterfaceField || owner.isExtern || hasMeta(owner.meta, ':publicFields') || (owner.kind === 'abstract' && owner.isEnum && f.decl.kind !== 'FFun');
  const isPublic = f.access.includes('public') || (!f.access.includes('private') && publicByDefault);
  const fieldParams = f.decl.kind === 'FFun' ? declareParams(tx, m, `${owner.path.module}.${owner.path.name}.${f.name}`, f.decl.func.params, () => fscope.params) : [];
  const fscope: TypeScope = { module: m, params: paramMap(fieldParams, scope.params) };
  const cf = mkField(f.name, DYNAMIC, { k: 'var', read: 'normal', write: 'normal' }, {
    isPublic, isStatic, isFinal: f.access.includes('final'), isExtern: f.access.includes('extern') || owner.isExtern,
    isAbstract: f.access.includes('abstract'), isOverride: f.access.includes('override'), params: fieldParams, meta: f.meta,
    pos: posOf(m, f), namePos: f.namePos, owner, doc: f.doc,
  });
  switch (f.decl.kind) {
    case 'FVar':
    case 'FProp': {
      const decl = f.decl;
      let kind: FieldKind;
      if (decl.kind === 'FProp') kind = { k: 'var', read: accessOf(decl.get, true), write: accessOf(decl.set, false) };
      else if (f.access.includes('final')) kind = { k: 'var', read: 'normal', write: 'never' };
      else kind = { k: 'var', read: 'normal', write: 'normal' };
      if (f.access.includes('inline') && isStatic) kind = { k: 'var', read: 'inline', write: 'never' };
      cf.kind = kind;
      cf.decl = decl.expr;
      if (decl.type) cf.type = mkLazy(() => resolveType(tx, fscope, decl.type!), () => DYNAMIC);
      else if (decl.expr) cf.type = mkLazy(() => tx.inferFieldType(cf, fscope), () => mkMono());
      else cf.type = mkMono();
      return cf;
    }
    case 'FFun': {
      const func = f.decl.func;
      cf.kind = { k: 'method', meth: f.access.includes('inline') ? 'inline' : f.access.includes('dynamic') ? 'dynamic' : f.access.includes('macro') ? 'macro' : 'normal' };
      cf.decl = func.body;
      const needsInference = func.args.some((a) => !a.type && !a.value) || (!func.ret && func.body !== undefined);
      const build = (): Type => ({
        kind: 'fun',
        args: func.args.map((a) => funArg(tx, fscope, a)),
        ret: func.ret ? resolveType(tx, fscope, func.ret) : f.name === 'new' ? tx.tVoid() : func.body ? mkMono() : tx.tVoid(),
      });
      if (needsInference) {
        let provisional: Type | undefined;
        const get = (): Type => {
          provisional ??= build();
          tx.inferMethodType(cf, provisional, fscope);
          return provisional;
        };
        cf.type = mkLazy(get, () => (provisional ??= build()));
      } else cf.type = mkLazy(build, () => DYNAMIC);
      tx.registerFunctionDecl(cf, func);
      return cf;
    }
  }
}

/** Function argument: optional ones (`?x` or with a default value) are `Null<T>` when written `?x:T`. */
export function funArg(tx: Typer, scope: TypeScope, a: FuncArg): FunArg {
  let t: Type = a.type ? resolveType(tx, scope, a.type) : a.value ? mkMono() : mkMono();
  if (a.rest) t = tx.mkRest(t);
  if (a.opt && a.type) t = tx.mkNull(t);
  return { name: a.name, opt: a.opt || a.value !== undefined, type: t };
}

function addField(tx: Typer, m: HxModule, c: ClassType, f: Field, scope: TypeScope): void {
  const cf = makeField(tx, m, c, f, scope);
  // An `override` without a visibility modifier is as public as the field it overrides (Haxe 4).
  if (cf.isOverride && !cf.isPublic && !f.access.includes('private') && c.superClass) {
    for (let k: ClassType | undefined = c.superClass.cls; k; k = k.superClass?.cls) {
      k.build?.();
      const g = k.fields.get(f.name);
      if (g) {
        cf.isPublic = g.isPublic;
        break;
      }
    }
  }
  if (f.name === 'new' && f.decl.kind === 'FFun') {
    cf.isStatic = false;
    c.ctor = cf;
    return;
  }
  const table = cf.isStatic ? c.statics : c.fields;
  if (table.has(f.name)) {
    tx.error('type.custom', { file: m.file, pos: f.namePos, end: f.namePos + f.name.length }, [`Duplicate class field declaration : ${pathStr(c)}.${f.name}`]);
    return;
  }
  table.set(f.name, cf);
  (cf.isStatic ? c.orderedStatics : c.orderedFields).push(cf);
}

function pathStr(t: ModuleType): string {
  return t.path.pack.length ? `${t.path.pack.join('.')}.${t.path.name}` : t.path.name;
}

function buildEnum(tx: Typer, m: HxModule, e: EnumType, d: Decl & { kind: 'DEnum' }): void {
  if (e.state !== 'declared') return;
  e.state = 'building';
  e.build = undefined;
  d.ctors.forEach((c, index) => {
    const ctorParams = declareParams(tx, m, `${e.path.module}.${e.path.name}.${c.name}`, c.params, () => paramMap(ctorParams, paramMap(e.params)));
    const scope: TypeScope = { module: m, params: paramMap(ctorParams, paramMap(e.params)) };
    const self: Type = { kind: 'enum', enm: e, params: e.params.map((p) => ({ kind: 'param', param: p })) };
    const type: Type = c.args ? mkLazy(() => ({ kind: 'fun', args: c.args!.map((a) => funArg(tx, scope, a)), ret: self }), () => DYNAMIC) : self;
    if (e.ctors.has(c.name)) tx.error('type.custom', posOf(m, c), [`Duplicate constructor ${c.name} in enum ${e.path.name}`]);
    e.ctors.set(c.name, { name: c.name, index, type, params: ctorParams, pos: posOf(m, c), meta: c.meta, doc: c.doc });
    e.names.push(c.name);
  });
  e.state = 'built';
}

function buildAbstract(tx: Typer, m: HxModule, a: AbstractType, d: Decl & { kind: 'DAbstract' }): void {
  if (a.state !== 'declared') return;
  a.state = 'building';
  a.build = undefined;
  const scope: TypeScope = { module: m, params: paramMap(a.params) };
  const self: Type = { kind: 'abstract', abs: a, params: a.params.map((p) => ({ kind: 'param', param: p })) };
  a.underlying = d.underlying ? resolveType(tx, scope, d.underlying) : self;
  for (const t of d.from) a.from.push({ type: resolveType(tx, scope, t), field: undefined });
  for (const t of d.to) a.to.push({ type: resolveType(tx, scope, t), field: undefined });
  const fwd = d.meta.find((x) => x.name === ':forward');
  if (fwd) a.forward = fwd.args.length === 0 ? 'all' : fwd.args.flatMap((e) => (e.kind === 'EIdent' ? [e.name] : []));
  // The implementation class holds the abstract's fields; members are typed with `this` of the underlying type.
  const impl = newClass(m, `${a.path.name}_Impl_`, d, [], []);
  impl.abstractImpl = a;
  impl.params = [];
  a.impl = impl;
  for (const f of d.fields) {
    if (a.isEnum && (f.decl.kind === 'FVar') && !f.access.includes('static')) {
      // enum abstract values: `var A = 1;` is a static inline constant of the abstract type.
      if (!f.decl.type) f.decl.type = undefined;
      const cf = makeField(tx, m, a, f, scope, true);
      cf.type = self;
      cf.kind = { k: 'var', read: 'inline', write: 'never' };
      cf.isPublic = !f.access.includes('private');
      impl.statics.set(f.name, cf);
      impl.orderedStatics.push(cf);
      continue;
    }
    const cf = makeField(tx, m, a, f, scope);
    if (f.name === 'new') {
      impl.ctor = cf;
      continue;
    }
    (cf.isStatic ? impl.statics : impl.fields).set(f.name, cf);
    (cf.isStatic ? impl.orderedStatics : impl.orderedFields).push(cf);
    for (const meta of f.meta) {
      if (meta.name === ':from' && cf.isStatic) a.from.push({ type: fromType(cf), field: cf });
      else if (meta.name === ':to') a.to.push({ type: toType(cf), field: cf }); // (a static one takes the value as argument)
      else if (meta.name === ':op' && meta.args[0]) {
        const e = meta.args[0];
        if (e.kind === 'EBinop') a.ops.push({ op: e.op, field: cf, postfix: false, unary: false });
        else if (e.kind === 'EUnop') a.ops.push({ op: e.op, field: cf, postfix: e.postfix, unary: true });
        // `@:op([])` (an empty array literal) or `@:op(a[b])`: array access, as @:arrayAccess.
        else if (e.kind === 'EArray' || (e.kind === 'EArrayDecl' && e.values.length === 0)) a.arrayAccess.push(cf);
        else if (e.kind === 'EField') a.ops.push({ op: '.', field: cf, postfix: false, unary: false }); // @:op(a.b): field resolution
      } else if (meta.name === ':arrayAccess') a.arrayAccess.push(cf);
    }
  }
  a.state = 'built';
}

/** The type a @:from function accepts (its first argument), resolved lazily. */
function fromType(cf: ClassField): Type {
  return mkLazy(() => {
    const t = resolve(cf.type);
    return t.kind === 'fun' && t.args[0] ? t.args[0].type : DYNAMIC;
  }, () => DYNAMIC);
}

function toType(cf: ClassField): Type {
  return mkLazy(() => {
    const t = resolve(cf.type);
    return t.kind === 'fun' ? t.ret : DYNAMIC;
  }, () => DYNAMIC);
}

// ---- resolving types --------------------------------------------------------------------------------------

export function moduleImports(tx: Typer, m: HxModule): ModuleImports {
  let t = importTables.get(m);
  if (t) return t;
  t = { types: new Map(), fields: new Map(), wildcards: [], usings: [] };
  importTables.set(m, t);
  // Every module uses haxe.EnumTools' extensions (getName, getIndex, …) at the lowest priority.
  if (m.path !== 'haxe.EnumTools') {
    const et = tx.loader.loadModule('haxe.EnumTools');
    if (et) for (const o of et.types) t.usings.push(o);
  }
  // Haxe rejects an import or using that follows a type declaration.
  const firstType = Math.min(...m.types.filter((x) => x.decl).map((x) => x.pos.pos));
  for (const d of m.imports) {
    if (d.pos > firstType) tx.error('type.custom', { file: m.file, pos: d.pos, end: d.end }, ['import and using may not appear after a declaration']);
  }
  for (const d of m.imports) {
    if (d.kind === 'DImport') {
      if (d.all) {
        // `import pack.*` or `import pack.Type.*` (all statics of a type).
        const mt = resolveDottedType(tx, d.path, false);
        if (mt) for (const name of staticNames(mt)) t.fields.set(name, { owner: mt, field: name });
        else t.wildcards.push(d.path.join('.'));
        continue;
      }
      const mt = resolveDottedType(tx, d.path, false);
      if (mt) {
        t.types.set(d.alias ?? mt.path.name, mt);
        // Importing a module brings its other public types too.
        const mod = tx.loader.loadModule(mt.path.module);
        if (mod && mod.name === mt.path.name && !d.alias) for (const o of mod.types) if (!o.isPrivate && !t.types.has(o.path.name)) t.types.set(o.path.name, o);
        continue;
      }
      // `import pack.Type.field`
      const owner = d.path.length > 1 ? resolveDottedType(tx, d.path.slice(0, -1), false) : undefined;
      if (owner) {
        t.fields.set(d.alias ?? d.path[d.path.length - 1]!, { owner, field: d.path[d.path.length - 1]! });
        continue;
      }
      tx.error('type.type-not-found', { file: m.file, pos: d.pos + 'import '.length, end: d.end - 1 }, [d.path.join('.')]);
    } else if (d.kind === 'DUsing') {
      const mt = resolveDottedType(tx, d.path, false);
      if (mt) {
        const mod = tx.loader.loadModule(mt.path.module);
        // `using Module` brings every type of the module as an extension source.
        if (mod && mod.name === mt.path.name) for (const o of mod.types) t.usings.push(o);
        else t.usings.push(mt);
      } else tx.error('type.type-not-found', { file: m.file, pos: d.pos + 'using '.length, end: d.end - 1 }, [d.path.join('.')]);
    }
  }
  return t;
}

function staticNames(mt: ModuleType): string[] {
  if (mt.kind === 'class') {
    mt.build?.();
    return [...mt.statics.keys()];
  }
  if (mt.kind === 'enum') {
    mt.build?.();
    return [...mt.names];
  }
  return [];
}

/** `a.b.Mod`, `a.b.Mod.Sub` or `Mod.Sub`, resolved against class paths only (no module context). */
export function resolveDottedType(tx: Typer, path: string[], report: boolean): ModuleType | undefined {
  void report;
  // Longest package prefix first: a.b.Mod (type Mod in module a.b.Mod) or a.b.Mod.Sub.
  const last = path[path.length - 1]!;
  const mod = tx.loader.loadModule(path.join('.'));
  // A module without a type of its name still names its module-level fields.
  if (mod) return mod.types.find((t) => t.path.name === last) ?? mod.fieldsClass;
  if (path.length >= 2) {
    const mod2 = tx.loader.loadModule(path.slice(0, -1).join('.'));
    if (mod2) return mod2.types.find((t) => t.path.name === last && !t.isPrivate);
  }
  return undefined;
}

/** Find a type by (unqualified or qualified) name from a module's point of view. */
export function lookupType(tx: Typer, m: HxModule, pack: string[], name: string, sub: string | undefined): ModuleType | undefined {
  if (pack.length === 0) {
    const local = m.types.find((t) => t.path.name === name);
    if (local) return sub ? subType(tx, local, sub) : local;
    const imp = moduleImports(tx, m);
    const im = imp.types.get(name);
    if (im) return sub ? subType(tx, im, sub) : im;
    for (const w of imp.wildcards) {
      const mt = resolveDottedType(tx, [...w.split('.'), name], false);
      if (mt) return sub ? subType(tx, mt, sub) : mt;
    }
    // The current package, then each enclosing package, then the top level.
    for (let i = m.pack.length; i >= 0; i--) {
      const mod = tx.loader.loadModule([...m.pack.slice(0, i), name].join('.'));
      if (mod) {
        const want = sub ?? name;
        const t = mod.types.find((x) => x.path.name === want);
        if (t) return t;
        if (!sub) return undefined;
      }
    }
    // StdTypes declares Int, Float, Bool, Void, Dynamic, Null, Iterator, …
    if (!sub) return tx.stdType(name);
    return undefined;
  }
  if (sub) {
    // `pack.Module.Sub`: the sub-type of a module.
    const mod = tx.loader.loadModule([...pack, name].join('.'));
    return mod?.types.find((x) => x.path.name === sub);
  }
  const found = resolveDottedType(tx, [...pack, name], false);
  // `std.Math`: the `std` prefix names the top-level package (to reach a shadowed std type).
  if (!found && pack[0] === 'std') return pack.length === 1 ? tx.stdType(name) : resolveDottedType(tx, [...pack.slice(1), name], false);
  return found;
}

function subType(tx: Typer, t: ModuleType, sub: string): ModuleType | undefined {
  const mod = tx.loader.loadModule(t.path.module);
  return mod?.types.find((x) => x.path.name === sub);
}

export function resolveTypePath(tx: Typer, scope: TypeScope, p: AstTypePath): Type | undefined {
  if (p.pack.length === 0 && !p.sub) {
    const tp = scope.params.get(p.name);
    if (tp) return tp;
    if (p.name === 'Dynamic') {
      return p.params.length === 1 && p.params[0]!.kind !== 'TPExpr' ? { kind: 'dynamic', of: resolveType(tx, scope, p.params[0] as ComplexType) } : DYNAMIC;
    }
  }
  const mt = lookupType(tx, scope.module, p.pack, p.name, p.sub);
  if (!mt) {
    const shown = [...p.pack, p.name, ...(p.sub ? [p.sub] : [])].join('.');
    tx.error('type.type-not-found', { file: scope.module.file, pos: p.pos, end: p.pos + shown.length }, [shown]);
    return undefined;
  }
  if (mt.kind === 'abstract' && mt.path.name === 'Dynamic' && mt.path.pack.length === 0) return DYNAMIC;
  const args = p.params.map((a) => (a.kind === 'TPExpr' ? DYNAMIC : resolveType(tx, scope, a)));
  const want = mt.params.length;
  if (args.length !== want) {
    if (args.length === 0) {
      // Haxe allows omitting parameters only in some positions; elsewhere it is an error.
      const map = new Map<TypeParam, Type>();
      constrainedMonos(mt.params, map, pathStr(mt));
      for (const q of mt.params) args.push(map.get(q)!);
    } else {
      // Haxe's wording: too many at the first extra argument, not enough at the whole type.
      const extra = args.length > want ? p.params[want]! : undefined;
      tx.error('type.custom', extra ? posOf(scope.module, extra) : { file: scope.module.file, pos: p.pos, end: p.end }, [`${extra ? 'Too many' : 'Not enough'} type parameters for ${pathStr(mt)}`]);
      while (args.length < want) args.push(DYNAMIC);
      args.length = want;
    }
  }
  if (p.params.length === want) checkConstraints(tx, scope, mt, p, args);
  switch (mt.kind) {
    case 'class': return { kind: 'inst', cls: mt, params: args };
    case 'enum': return { kind: 'enum', enm: mt, params: args };
    case 'typedef': return { kind: 'typedef', def: mt, params: args };
    case 'abstract': return { kind: 'abstract', abs: mt, params: args };
  }
}

/**
 * Explicit type arguments must meet their parameters' constraints: "Constraint check failure for
 * Box.T" at the argument, the unification failure as notes. Checked once types are built (deferred),
 * skipping arguments still being inferred.
 */
function checkConstraints(tx: Typer, scope: TypeScope, mt: ModuleType, p: AstTypePath, args: Type[]): void {
  mt.params.forEach((tp, i) => {
    const ast = p.params[i]!;
    const arg = args[i]!;
    tx.defer(() => {
      for (const c of tp.constraints()) {
        if (hasMono(arg)) return;
        const want = applyParams(mt.params, args, c);
        if (tryUnify(arg, want)) continue;
        try {
          unify(arg, want);
        } catch (e) {
          if (!(e instanceof UnifyError)) throw e;
          tx.error('type.constraint', posOf(scope.module, ast), [`${pathStr(mt)}.${tp.name}`], e.lines().map((message) => ({ message: `... ${message}` })));
          return;
        }
      }
    });
  });
}

function hasMono(t: Type): boolean {
  const r = resolve(t);
  switch (r.kind) {
    case 'mono': return true;
    case 'inst': case 'enum': case 'abstract': case 'typedef': return r.params.some(hasMono);
    case 'fun': return r.args.some((a) => hasMono(a.type)) || hasMono(r.ret);
    default: return false;
  }
}

export function resolveType(tx: Typer, scope: TypeScope, ct: ComplexType): Type {
  switch (ct.kind) {
    case 'CTPath':
      return resolveTypePath(tx, scope, ct.path) ?? DYNAMIC;
    case 'CTParent':
      return resolveType(tx, scope, ct.type);
    case 'CTOptional':
      return resolveType(tx, scope, ct.type);
    case 'CTNamed':
      return resolveType(tx, scope, ct.type);
    case 'CTFunction': {
      const args: FunArg[] = ct.args.map((a0) => {
        const a = unparenArg(a0);
        const opt = a.kind === 'CTOptional';
        const inner = opt ? a.type : a;
        const name = inner.kind === 'CTNamed' ? inner.name : '';
        const t = resolveType(tx, scope, inner);
        return { name, opt, type: opt ? tx.mkNull(t) : t };
      });
      // Old-style `Void -> T` means no arguments.
      if (ct.arrow === 'old' && args.length === 1 && !args[0]!.opt && tx.isVoidType(args[0]!.type)) args.length = 0;
      return { kind: 'fun', args, ret: resolveType(tx, scope, ct.ret) };
    }
    case 'CTAnonymous': {
      const fields = new Map<string, ClassField>();
      for (const f of ct.fields) fields.set(f.name, anonField(tx, scope, f));
      return { kind: 'anon', fields, status: { k: 'closed' } };
    }
    case 'CTExtend': {
      const fields = new Map<string, ClassField>();
      const bases: Type[] = [];
      for (const p of ct.paths) {
        const t = resolveTypePath(tx, scope, p);
        if (!t) continue;
        bases.push(t);
        const f = tx.followType(t);
        if (f.kind === 'anon') for (const [n, cf] of f.fields) fields.set(n, cf);
        else tx.error('type.custom', { file: scope.module.file, pos: p.pos, end: p.end }, ['Can only extend structures']);
      }
      for (const f of ct.fields) fields.set(f.name, anonField(tx, scope, f));
      return { kind: 'anon', fields, status: { k: 'closed' } };
    }
    case 'CTIntersection': {
      const fields = new Map<string, ClassField>();
      for (const part of ct.types) {
        const t = tx.followType(resolveType(tx, scope, part));
        if (t.kind === 'anon') for (const [n, cf] of t.fields) fields.set(n, cf);
      }
      return { kind: 'anon', fields, status: { k: 'closed' } };
    }
  }
}

/** `(?v:Int) -> T` comes as one parenthesised argument: the parentheses only group it. */
function unparenArg(a: ComplexType): ComplexType {
  while (a.kind === 'CTParent' && (a.type.kind === 'CTOptional' || a.type.kind === 'CTNamed')) a = a.type;
  return a;
}

function anonField(tx: Typer, scope: TypeScope, f: Field): ClassField {
  const optional = hasMeta(f.meta, ':optional');
  let type: Type;
  let kind: FieldKind = { k: 'var', read: 'normal', write: 'normal' };
  if (f.decl.kind === 'FFun') {
    const func = f.decl.func;
    const fparams = declareParams(tx, scope.module, `anon.${f.name}`, func.params, () => fscope.params);
    const fscope: TypeScope = { module: scope.module, params: paramMap(fparams, scope.params) };
    type = { kind: 'fun', args: func.args.map((a) => funArg(tx, fscope, a)), ret: func.ret ? resolveType(tx, fscope, func.ret) : tx.tVoid() };
    kind = { k: 'method', meth: 'normal' };
  } else {
    const decl = f.decl;
    type = decl.type ? resolveType(tx, scope, decl.type) : DYNAMIC;
    if (decl.kind === 'FProp') kind = { k: 'var', read: accessOf(decl.get, true), write: accessOf(decl.set, false) };
    else if (f.access.includes('final')) kind = { k: 'var', read: 'normal', write: 'never' };
  }
  if (optional) type = tx.mkNull(type);
  return mkField(f.name, type, kind, { meta: f.meta, pos: { file: scope.module.file, pos: f.pos, end: f.end }, namePos: f.namePos, isFinal: f.access.includes('final') });
}
