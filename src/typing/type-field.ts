// Identifiers and field access: locals, members, statics, enum constructors, imported fields, module
// fields, type names and package paths; fields of class instances (through the hierarchy), structures,
// abstracts (their methods, @:forward, then @:op(a.b) resolution), Dynamic, and static extensions (the module's `using`s,
// then the @:using types of the value's type; type expressions take them too).
// Takes: FnCtx and the expression. Gives: TLocal, TField (saying what the access reaches), TTypeExpr or
// a property read turned into a getter call.
// Invariant: identifier resolution order is Haxe's: locals, `this`-members, statics of the current
// class, enum constructors in scope, imported fields, module-level fields, then types; an unresolved
// name is "Unknown identifier : x" ("Identifier 'x' is not part of E" where an enum value is expected,
// "Type not found : Foo" heading a dotted path), an unknown field "T has no field x" with Haxe's
// suggestion, at the field name.

import type { Expr, Meta, Span } from '../syntax/ast.js';
import type { FnCtx } from './ctx.js';
import type { FieldAccess, TExpr } from './texpr.js';
import { abstractCast, coerce, errorExpr, mkT, ownerMap, wanted } from './type-expr.js';
import { lookupType, moduleImports, resolveDottedType } from './typeload.js';
import {
  DYNAMIC, applyParams, constrainedMonos, follow, mkField, mkMono, resolve, substitute, type ClassField, type ClassType, type EnumType, type ModuleType,
  type Type, type TypeParam,
} from './types.js';
import { classFieldOf, tryUnify } from './unify.js';
import { typeToString } from './print-type.js';
import { fieldSource, withSuggestion } from './suggest.js';

// ---- helpers ----------------------------------------------------------------------------------------------

/** Statics of a module type, as Haxe types a type expression (`Main` has type Class<Main>). */
export function staticsType(mt: ModuleType): Type {
  switch (mt.kind) {
    case 'class': return { kind: 'anon', fields: new Map(), status: { k: 'statics', cls: mt } };
    case 'enum': return { kind: 'anon', fields: new Map(), status: { k: 'enumStatics', enm: mt } };
    case 'abstract': return { kind: 'anon', fields: new Map(), status: { k: 'abstractStatics', abs: mt } };
    case 'typedef': {
      const f = follow({ kind: 'typedef', def: mt, params: mt.params.map(() => DYNAMIC) });
      if (f.kind === 'inst') return staticsType(f.cls);
      if (f.kind === 'enum') return staticsType(f.enm);
      if (f.kind === 'abstract') return staticsType(f.abs);
      return DYNAMIC;
    }
  }
}

/** Fresh monomorphs for a field's own type parameters (each use of a generic method is new). */
export function instantiate(f: ClassField, t: Type, outer?: Map<TypeParam, Type>): Type {
  const map = new Map(outer ?? []);
  constrainedMonos(f.params, map, f.name);
  return map.size ? substitute(t, map) : t;
}

export { withSuggestion };

function isSubclassOf(c: ClassType | undefined, of: ClassType): boolean {
  for (let k = c; k; k = k.superClass?.cls) if (k === of) return true;
  return false;
}

/**
 * Private fields are visible inside the declaring class and its subclasses (and the abstract's impl),
 * to types named by the owner's `@:allow(path)`, and from code marked `@:access(path)`; a path names a
 * type or a whole package; inside `@:privateAccess e` everything is.
 */
export function canAccess(fc: FnCtx, f: ClassField): boolean {
  if (f.isPublic || fc.privateAccess > 0) return true;
  const owner = f.owner;
  if (!owner) return true;
  if (owner.kind === 'class' && (isSubclassOf(fc.cls, owner) || (fc.cls?.abstractImpl !== undefined && fc.cls === owner))) return true;
  if (owner.kind === 'abstract' && fc.abs === owner) return true;
  const here = fc.abs ?? fc.cls;
  const herePath = here ? pathName(here) : '';
  const ownerPath = pathName(owner);
  const covers = (meta: readonly Meta[], name: string, target: string) =>
    meta.some((m) => m.name === name && m.args.some((a) => {
      const p = dottedName(a);
      return p !== undefined && (target === p || target.startsWith(p + '.'));
    }));
  if (covers(owner.meta, ':allow', herePath) || covers(f.meta, ':allow', herePath)) return true;
  if (here && covers(here.meta, ':access', ownerPath)) return true;
  if (fc.field && covers(fc.field.meta, ':access', ownerPath)) return true;
  return false;
}

function dottedName(e: Expr): string | undefined {
  if (e.kind === 'EIdent') return e.name;
  if (e.kind === 'EField') {
    const b = dottedName(e.e);
    return b === undefined ? undefined : `${b}.${e.name}`;
  }
  return undefined;
}

function thisExpr(fc: FnCtx, span: Span): TExpr {
  return mkT('TConst', fc.thisType ?? DYNAMIC, span, { value: { k: 'this' } });
}

// ---- identifiers ------------------------------------------------------------------------------------------

/**
 * `pathHead`: the identifier starts a dotted path (`Foo.bar`, `Foo.Bar.baz`); unresolved and
 * capitalised, it then names a missing type, "Type not found : Foo" at the given span (Haxe's).
 */
export function typeIdent(fc: FnCtx, span: Span, name: string, expected: Type | undefined, pathHead?: Span): TExpr {
  const v = fc.lookup(name);
  if (v) {
    if (!v.params) return mkT('TLocal', v.type, span, { v });
    // A generic local function: each use gets fresh monomorphs for its type parameters.
    const map = new Map<TypeParam, Type>();
    constrainedMonos(v.params, map);
    return mkT('TLocal', substitute(v.type, map), span, { v });
  }
  switch (name) {
    case 'true':
    case 'false':
      return mkT('TConst', fc.tx.tBool(), span, { value: { k: 'bool', v: name === 'true' } });
    case 'null':
      return mkT('TConst', wanted(expected) ?? fc.tx.mkNull(mkMono()), span, { value: { k: 'null' } });
    case 'this':
      if (fc.isStatic && !fc.abs) {
        fc.error('type.custom', span, ['Cannot access this from a static function']);
        return errorExpr(span);
      }
      return thisExpr(fc, span);
    case 'super': {
      const sup = fc.cls?.superClass;
      if (fc.isStatic) {
        fc.error('type.custom', span, ['Cannot access super inside a static function']);
        return errorExpr(span);
      }
      if (!sup) {
        fc.error('type.custom', span, ['Current class does not have a superclass']);
        return errorExpr(span);
      }
      return mkT('TConst', { kind: 'inst', cls: sup.cls, params: sup.params }, span, { value: { k: 'super' } });
    }
    case 'trace':
      return mkT('TIdent', traceType(fc), span, { name: 'trace' });
  }
  const member = memberOrStatic(fc, span, name);
  if (member) return member;
  const ctor = enumCtorInScope(fc, span, name, expected);
  if (ctor) return ctor;
  const imp = moduleImports(fc.tx, fc.module);
  const fimp = imp.fields.get(name);
  if (fimp) {
    const r = staticField(fc, mkT('TTypeExpr', staticsType(fimp.owner), span, { mt: fimp.owner }), fimp.owner, fimp.field, span);
    if (r) return r;
  }
  const mf = fc.module.fieldsClass;
  if (mf) {
    mf.build?.();
    const f = mf.statics.get(name);
    if (f) return readProperty(fc, mkT('TField', instantiate(f, f.type), span, { e: mkT('TTypeExpr', staticsType(mf), span, { mt: mf }), access: { k: 'static', cls: mf, field: f } }), f, span);
  }
  const mt = lookupType(fc.tx, fc.module, [], name, undefined);
  if (mt) return mkT('TTypeExpr', staticsType(mt), span, { mt });
  const w = wanted(expected) ? follow(wanted(expected)!) : undefined;
  const enumOf = w?.kind === 'enum' ? w.enm : w?.kind === 'abstract' && w.abs.isEnum ? w.abs : undefined;
  if (pathHead && /^[A-Z]/.test(name)) fc.error('type.type-not-found', pathHead, [name]);
  // Where an enum value is expected, Haxe names the enum.
  else if (enumOf) fc.error('type.custom', span, [`Identifier '${name}' is not part of ${pathName(enumOf)}`]);
  else fc.error('type.unknown-ident', span, [name]);
  return errorExpr(span);
}

function traceType(fc: FnCtx): Type {
  return { kind: 'fun', args: [{ name: 'v', opt: false, type: DYNAMIC }, { name: 'infos', opt: true, type: DYNAMIC }], ret: fc.tx.tVoid() };
}

/** A field of the current class (instance or static, inherited included) named by a bare identifier. */
function memberOrStatic(fc: FnCtx, span: Span, name: string): TExpr | undefined {
  const c = fc.cls;
  if (fc.abs) {
    const impl = fc.abs.impl!;
    const f = impl.fields.get(name);
    if (f) {
      if (fc.isStatic && !fc.field?.isStatic === false && fc.field?.name !== 'new') {
        fc.error('type.custom', span, [`Cannot access ${name} in static function`]);
        return errorExpr(span);
      }
      return abstractMember(fc, thisExpr(fc, span), fc.abs, f, span);
    }
    const s = impl.statics.get(name);
    if (s) return readProperty(fc, mkT('TField', instantiate(s, s.type), span, { e: mkT('TTypeExpr', staticsType(fc.abs), span, { mt: fc.abs }), access: { k: 'static', cls: impl, field: s } }), s, span);
  }
  if (!c) return undefined;
  const inst = classFieldOf(c, c.params.map((p) => ({ kind: 'param', param: p }) as Type), name);
  if (inst) {
    if (fc.isStatic) {
      fc.error('type.custom', span, [`Cannot access ${name} in static function`]);
      return errorExpr(span);
    }
    return instanceAccess(fc, thisExpr(fc, span), inst.owner, inst.field, inst.type, span);
  }
  // Statics are not inherited: a bare name reaches only the current class's own statics (Haxe reports
  // a super class's static named bare as an unknown identifier).
  c.build?.();
  const s = c.statics.get(name);
  // A bare static property name reads through its getter, as `Cls.name` does.
  if (s) return readProperty(fc, mkT('TField', instantiate(s, s.type), span, { e: mkT('TTypeExpr', staticsType(c), span, { mt: c }), access: { k: 'static', cls: c, field: s } }), s, span);
  return undefined;
}

/** Enum constructors of enums declared in or imported into the module, or of the expected enum. */
export function enumCtorInScope(fc: FnCtx, span: Span, name: string, expected: Type | undefined): TExpr | undefined {
  const w = wanted(expected);
  if (w) {
    const f = follow(w);
    if (f.kind === 'enum') {
      f.enm.build?.();
      if (f.enm.ctors.has(name)) return enumCtor(fc, f.enm, name, span);
    }
    if (f.kind === 'abstract' && f.abs.isEnum) {
      f.abs.build?.();
      const s = f.abs.impl?.statics.get(name);
      if (s) return mkT('TField', s.type, span, { e: mkT('TTypeExpr', staticsType(f.abs), span, { mt: f.abs }), access: { k: 'static', cls: f.abs.impl!, field: s } });
    }
  }
  const candidates: ModuleType[] = [...fc.module.types, ...moduleImports(fc.tx, fc.module).types.values()];
  for (const mt of candidates) {
    if (mt.kind === 'enum') {
      mt.build?.();
      if (mt.ctors.has(name)) return enumCtor(fc, mt, name, span);
    } else if (mt.kind === 'abstract' && mt.isEnum) {
      // enum abstract values are in scope like enum constructors.
      mt.build?.();
      const s = mt.impl?.statics.get(name);
      if (s && s.kind.k === 'var' && s.kind.read === 'inline') return mkT('TField', s.type, span, { e: mkT('TTypeExpr', staticsType(mt), span, { mt }), access: { k: 'static', cls: mt.impl!, field: s } });
    }
  }
  return undefined;
}

export function enumCtor(fc: FnCtx, enm: EnumType, name: string, span: Span): TExpr {
  const ctor = enm.ctors.get(name)!;
  const map = new Map<TypeParam, Type>();
  for (const p of enm.params) map.set(p, mkMono());
  for (const p of ctor.params) map.set(p, mkMono());
  const t = substitute(resolve(ctor.type), map);
  return mkT('TField', t, span, { e: mkT('TTypeExpr', staticsType(enm), span, { mt: enm }), access: { k: 'enum', enm, ctor } });
}

// ---- field access -----------------------------------------------------------------------------------------

export function typeField(fc: FnCtx, e: Expr & { kind: 'EField' }, expected: Type | undefined): TExpr {
  // `"a".code` is the character code of a one-character string literal, an Int constant.
  if (e.name === 'code' && e.e.kind === 'EString') {
    const s = e.e.value;
    const cp = s.codePointAt(0);
    if (cp !== undefined && String.fromCodePoint(cp).length === s.length) return mkT('TConst', fc.tx.tInt(), e, { value: { k: 'int', v: cp } });
    fc.error('type.custom', e.e, ['String must be a single UTF8 char']);
    return errorExpr(e);
  }
  const path = typePathAccess(fc, e);
  if (path) return path;
  // `Foo.x` / `Foo.Bar.x`: Haxe resolves a capitalised head as a type (module Foo, sub-type Bar).
  const base = e.e.kind === 'EIdent' ? typeIdent(fc, e.e, e.e.name, undefined, /^[A-Z]/.test(e.name) ? e : e.e) : typeExprLazy(fc, e.e);
  return fieldOn(fc, base, e.name, e, expected);
}

// The expression typer is imported lazily to keep the import graph acyclic at load time.
import { typeExpr } from './type-expr.js';
function typeExprLazy(fc: FnCtx, e: Expr): TExpr {
  return typeExpr(fc, e);
}

/** `haxe.ds.StringMap`, `pack.Type.field`: a dotted path whose head is not a value names a type. */
function typePathAccess(fc: FnCtx, e: Expr & { kind: 'EField' }): TExpr | undefined {
  const names: string[] = [];
  let cur: Expr = e;
  while (cur.kind === 'EField') {
    names.unshift(cur.name);
    cur = cur.e;
  }
  if (cur.kind !== 'EIdent') return undefined;
  const head = cur.name;
  names.unshift(head);
  // A head that is a value (local, member, type, …) is typed normally.
  if (fc.lookup(head) || !/^[a-z_]/.test(head) || head === 'this' || head === 'super' || head === 'trace') return undefined;
  if (fc.cls && (classFieldOf(fc.cls, [], head) || fc.cls.statics.has(head))) return undefined;
  if (fc.module.fieldsClass?.statics.has(head)) return undefined;
  if (moduleImports(fc.tx, fc.module).fields.has(head)) return undefined;
  // Find the shortest package prefix followed by a type.
  for (let i = 1; i < names.length; i++) {
    const pack = names.slice(0, i);
    const name = names[i]!;
    if (!/^[A-Z]/.test(name)) continue;
    let mt = lookupType(fc.tx, fc.module, pack, name, undefined);
    if (!mt) continue;
    let j = i + 1;
    // `pack.Module.SubType`
    if (j < names.length && /^[A-Z]/.test(names[j]!)) {
      const sub = lookupType(fc.tx, fc.module, pack, name, names[j]);
      if (sub) {
        mt = sub;
        j++;
      }
    }
    const spanOf = (k: number): Span => {
      let x: Expr = e;
      for (let n = names.length - 1; n > k; n--) x = (x as Expr & { kind: 'EField' }).e;
      return x;
    };
    let acc: TExpr = mkT('TTypeExpr', staticsType(mt), spanOf(j - 1), { mt });
    for (; j < names.length; j++) acc = fieldOn(fc, acc, names[j]!, spanOf(j), undefined);
    return acc;
  }
  return undefined;
}

export function fieldOn(fc: FnCtx, base: TExpr, name: string, span: Span, expected: Type | undefined): TExpr {
  if (base.kind === 'TTypeExpr') {
    const r = staticField(fc, base, base.mt, name, span, expected);
    if (r) return r;
    // A type used as a value (Class<T>, Enum<T>) takes `using` extensions too (`MyEnum.createAll()`).
    const ext = usingExtension(fc, base, name, span);
    if (ext) return ext;
    if (base.mt.kind === 'class' && classFieldOf(base.mt, [], name)) {
      fc.display('type.custom', fieldNameSpan(span, name), [`Static access to instance field ${name} is not allowed`]);
      return errorExpr(span);
    }
    const shown = base.mt.kind === 'class' ? `Class<${typeToString({ kind: 'inst', cls: base.mt, params: [] })}>` : base.mt.kind === 'enum' ? `Enum<${pathName(base.mt)}>` : `Abstract<${pathName(base.mt)}>`;
    fc.display('type.custom', fieldNameSpan(span, name), [withSuggestion(`${shown} has no field ${name}`, name, fieldSource(base.t))]);
    return errorExpr(span);
  }
  const r = instanceField(fc, base, name, span);
  if (r) return r;
  const ext = usingExtension(fc, base, name, span);
  if (ext) return ext;
  const bt = follow(base.t);
  if (bt.kind === 'inst' && staticOf(bt.cls, name)) {
    fc.error('type.custom', fieldNameSpan(span, name), [`Cannot access static field ${name} from a class instance`]);
    return errorExpr(span);
  }
  fc.display('type.custom', fieldNameSpan(span, name), [withSuggestion(`${typeToString(base.t)} has no field ${name}`, name, fieldSource(base.t))]);
  return errorExpr(span);
}

function staticOf(c: ClassType, name: string): ClassField | undefined {
  for (let k: ClassType | undefined = c; k; k = k.superClass?.cls) {
    k.build?.();
    const f = k.statics.get(name);
    if (f) return f;
  }
  return undefined;
}

/** Haxe reports a missing field at the field name (the end of `a.b`), not the whole expression. */
function fieldNameSpan(span: Span, name: string): Span {
  return { pos: Math.max(span.pos, span.end - name.length), end: span.end };
}

function pathName(mt: ModuleType): string {
  return mt.path.pack.length ? `${mt.path.pack.join('.')}.${mt.path.name}` : mt.path.name;
}

function staticField(fc: FnCtx, base: TExpr, mt: ModuleType, name: string, span: Span, expected?: Type): TExpr | undefined {
  switch (mt.kind) {
    case 'class': {
      mt.build?.();
      // `pack.Module.field` reaches module-level fields even when a class has the module's name.
      const mod = fc.tx.moduleOf(mt);
      if (mod.fieldsClass && mod.fieldsClass !== mt && mod.name === mt.path.name && !mt.statics.has(name)) {
        mod.fieldsClass.build?.();
        if (mod.fieldsClass.statics.has(name)) return staticField(fc, base, mod.fieldsClass, name, span, expected);
      }
      // Statics are not inherited: `Sub.f` does not reach a static `f` of Sub's super class.
      const f = mt.statics.get(name);
      if (f) {
        if (!canAccess(fc, f)) fc.display('type.private-field', fieldNameSpan(span, name), [name]);
        return readProperty(fc, mkT('TField', instantiate(f, f.type), span, { e: base, access: { k: 'static', cls: mt, field: f } }), f, span);
      }
      return undefined;
    }
    case 'enum': {
      mt.build?.();
      if (mt.ctors.has(name)) return enumCtor(fc, mt, name, span);
      return undefined;
    }
    case 'abstract': {
      mt.build?.();
      const f = mt.impl?.statics.get(name);
      if (f) {
        if (!canAccess(fc, f)) fc.display('type.private-field', fieldNameSpan(span, name), [name]);
        const te = mkT('TField', instantiate(f, f.type, new Map(mt.params.map((p) => [p, mkMono()]))), span, { e: base, access: { k: 'static', cls: mt.impl!, field: f } });
        return readProperty(fc, te, f, span);
      }
      return undefined;
    }
    case 'typedef': {
      const t = follow({ kind: 'typedef', def: mt, params: mt.params.map(() => mkMono()) });
      const inner = t.kind === 'inst' ? t.cls : t.kind === 'enum' ? t.enm : t.kind === 'abstract' ? t.abs : undefined;
      return inner ? staticField(fc, base, inner, name, span, expected) : undefined;
    }
  }
}

function instanceAccess(fc: FnCtx, base: TExpr, owner: ClassType, f: ClassField, t: Type, span: Span): TExpr {
  const ft = instantiate(f, t);
  const bt = follow(base.t);
  const access: FieldAccess = { k: 'instance', cls: owner, params: bt.kind === 'inst' ? bt.params : [], field: f };
  return readProperty(fc, mkT('TField', ft, span, { e: base, access }), f, span);
}

/** A property read with a `get` accessor becomes a call of `get_name` (except inside that getter). */
function readProperty(fc: FnCtx, te: TExpr, f: ClassField, span: Span): TExpr {
  if (f.kind.k !== 'var' || f.kind.read !== 'call') return te;
  if (fc.field && fc.field.name === `get_${f.name}`) return te;
  if (te.kind !== 'TField') return te;
  const getter = lookupAccessor(te, `get_${f.name}`);
  if (!getter) {
    // Through an interface (or an extern) the accessor is the implementation's business.
    const owner = f.owner;
    // (A class without the accessor is reported at its declaration; Haxe says this at the access.)
    if (!(owner && (owner.isExtern || (owner.kind === 'class' && owner.isInterface)))) fc.error('type.custom', span, ['Could not resolve accessor']);
    return te;
  }
  const callee = mkT('TField', getter.type, span, { e: te.e, access: { ...te.access, field: getter.field } as FieldAccess });
  return mkT('TCall', te.t, span, { e: callee, args: [] });
}

export function lookupAccessor(te: TExpr & { kind: 'TField' }, name: string): { field: ClassField; type: Type } | undefined {
  const a = te.access;
  if (a.k === 'instance') {
    const r = classFieldOf(a.cls, a.params, name);
    return r ? { field: r.field, type: r.type } : undefined;
  }
  if (a.k === 'static') {
    const f = a.cls.statics.get(name);
    return f ? { field: f, type: f.type } : undefined;
  }
  if (a.k === 'abstract') {
    const f = a.abs.impl?.fields.get(name);
    return f ? { field: f, type: f.type } : undefined;
  }
  return undefined;
}

function instanceField(fc: FnCtx, base: TExpr, name: string, span: Span): TExpr | undefined {
  const t = follow(base.t);
  switch (t.kind) {
    case 'inst': {
      const r = classFieldOf(t.cls, t.params, name);
      if (!r) return undefined;
      if (!canAccess(fc, r.field)) fc.display('type.private-field', fieldNameSpan(span, name), [name]);
      return instanceAccess(fc, base, r.owner, r.field, r.type, span);
    }
    case 'anon': {
      if (t.status.k === 'statics' || t.status.k === 'enumStatics' || t.status.k === 'abstractStatics') {
        const mt = t.status.k === 'statics' ? t.status.cls : t.status.k === 'enumStatics' ? t.status.enm : t.status.abs;
        return staticField(fc, base, mt, name, span);
      }
      const f = t.fields.get(name);
      if (!f) {
        if (t.status.k === 'opened') {
          const nf = mkField(name, mkMono(), { k: 'var', read: 'normal', write: 'normal' });
          t.fields.set(name, nf);
          return mkT('TField', nf.type, span, { e: base, access: { k: 'anon', field: nf } });
        }
        return undefined;
      }
      return mkT('TField', instantiate(f, f.type), span, { e: base, access: { k: 'anon', field: f } });
    }
    case 'dynamic':
      return mkT('TField', t.of ?? DYNAMIC, span, { e: base, access: { k: 'dynamic', name } });
    case 'mono': {
      // Reading a field of a not-yet-known type constrains it (without binding it) to types having
      // that field; the field is read-only until something assigns it (Haxe 4.2).
      t.fields ??= new Map();
      let nf = t.fields.get(name);
      if (!nf) {
        nf = mkField(name, mkMono(), { k: 'var', read: 'normal', write: 'no' });
        structuralFields.add(nf);
        t.fields.set(name, nf);
      }
      fc.readFieldOfMono(t);
      return mkT('TField', nf.type, span, { e: base, access: { k: 'anon', field: nf } });
    }
    case 'abstract': {
      t.abs.build?.();
      const impl = t.abs.impl;
      const f = impl?.fields.get(name);
      if (f) {
        if (!canAccess(fc, f)) fc.display('type.private-field', fieldNameSpan(span, name), [name]);
        return abstractMember(fc, base, t.abs, f, span, t.params);
      }
      if (t.abs.forward) {
        if (t.abs.forward === 'all' || t.abs.forward.includes(name)) {
          const under = applyParams(t.abs.params, t.params, t.abs.underlying);
          const inner: TExpr = { ...base, t: under };
          const r = instanceField(fc, inner, name, span);
          if (r) return r;
        }
      }
      return resolveOp(fc, base, t, name, span);
    }
    case 'param': {
      for (const c of t.param.constraints()) {
        const r = instanceField(fc, { ...base, t: c }, name, span);
        if (r) return r;
      }
      return undefined;
    }
    case 'enum':
    case 'fun':
      return undefined;
    default:
      return undefined;
  }
}

/**
 * `@:op(a.b)` on an abstract: a field it does not have is read through the one-argument resolver
 * (given the name) and written through the two-argument one. Gives a TMeta ':resolve' whose value is
 * the read (or, without a reader, the name) that an assignment turns into the writer call.
 */
function resolveOp(fc: FnCtx, base: TExpr, t: Type & { kind: 'abstract' }, name: string, span: Span): TExpr | undefined {
  const ops = t.abs.ops.filter((o) => o.op === '.');
  if (ops.length === 0) return undefined;
  const nameE = mkT('TConst', fc.tx.tString(), span, { value: { k: 'string', v: name } });
  for (const o of ops) {
    const ft = follow(substitute(o.field.type, ownerMap(t, o.field)));
    if (ft.kind !== 'fun' || ft.args.length !== (o.field.isStatic ? 2 : 1)) continue;
    const callee = mkT('TField', ft, span, { e: base, access: { k: 'abstract', abs: t.abs, field: o.field } });
    const call = mkT('TCall', ft.ret, span, { e: callee, args: o.field.isStatic ? [base, nameE] : [nameE] });
    return mkT('TMeta', ft.ret, span, { name: ':resolve', e: call });
  }
  // Only a writer: the value type is its last argument's.
  for (const o of ops) {
    const ft = follow(substitute(o.field.type, ownerMap(t, o.field)));
    if (ft.kind !== 'fun' || ft.args.length < 2) continue;
    const callee = mkT('TField', ft, span, { e: base, access: { k: 'abstract', abs: t.abs, field: o.field } });
    return mkT('TMeta', ft.args[ft.args.length - 1]!.type, span, { name: ':resolve', e: callee });
  }
  return undefined;
}

/** The writer of `@:op(a.b)` for `base.name = value` (see resolveOp). */
export function resolveSet(fc: FnCtx, target: TExpr & { kind: 'TMeta' }, field: string, value: TExpr, span: Span): TExpr | undefined {
  const read = target.e;
  const base = read.kind === 'TCall' && read.e.kind === 'TField' ? read.e.e : read.kind === 'TField' ? read.e : undefined;
  const name = mkT('TConst', fc.tx.tString(), span, { value: { k: 'string', v: field } });
  const bt = base ? follow(base.t) : undefined;
  if (!base || !bt || bt.kind !== 'abstract') return undefined;
  for (const o of bt.abs.ops) {
    if (o.op !== '.') continue;
    const ft = follow(substitute(o.field.type, ownerMap(bt, o.field)));
    if (ft.kind !== 'fun' || ft.args.length !== (o.field.isStatic ? 3 : 2)) continue;
    const v = coerce(fc, value, ft.args[ft.args.length - 1]!.type, span);
    const callee = mkT('TField', ft, span, { e: base, access: { k: 'abstract', abs: bt.abs, field: o.field } });
    return mkT('TCall', ft.ret, span, { e: callee, args: o.field.isStatic ? [base, name, v] : [name, v] });
  }
  return undefined;
}

/** Fields created by reading from a monomorph: an assignment makes them writable. */
const structuralFields = new WeakSet<ClassField>();
export function isStructuralField(f: ClassField): boolean {
  return structuralFields.has(f);
}

/** An abstract's member function or property, with `this` bound to `base`. */
function abstractMember(fc: FnCtx, base: TExpr, abs: import('./types.js').AbstractType, f: ClassField, span: Span, params?: Type[]): TExpr {
  const ps = params ?? abs.params.map((p) => ({ kind: 'param', param: p }) as Type);
  const map = ownerMap({ kind: 'abstract', abs, params: ps }, f);
  const t = substitute(f.type, map);
  const te = mkT('TField', t, span, { e: base, access: { k: 'abstract', abs, field: f } });
  if (f.kind.k === 'var' && f.kind.read === 'call' && fc.field?.name !== `get_${f.name}`) {
    const g = abs.impl!.fields.get(`get_${f.name}`);
    if (g) return mkT('TCall', t, span, { e: mkT('TField', substitute(g.type, map), span, { e: base, access: { k: 'abstract', abs, field: g } }), args: [] });
  }
  return te;
}

function isMultiType(t: Type): boolean {
  const f = follow(t);
  return f.kind === 'abstract' && f.abs.meta.some((m) => m.name === ':multiType');
}

/**
 * The types named by `@:using(path)` on a value's type: on its typedefs (looked through), its
 * abstract or enum, its class and the class's super classes, in reverse priority order.
 */
function typeUsings(fc: FnCtx, t: Type): ModuleType[] {
  const out: ModuleType[] = [];
  const add = (meta: readonly Meta[]) => {
    for (const m of meta) {
      if (m.name !== ':using') continue;
      for (const a of m.args) {
        const p = dottedName(a);
        const mt = p ? resolveDottedType(fc.tx, p.split('.'), false) ?? lookupType(fc.tx, fc.module, [], p, undefined) : undefined;
        if (mt) out.unshift(mt);
      }
    }
  };
  for (let i = 0; i < 20; i++) {
    const r = resolve(t);
    if (r.kind === 'typedef') {
      add(r.def.meta);
      t = applyParams(r.def.params, r.params, r.def.type);
      continue;
    }
    if (r.kind === 'abstract' && r.abs.path.name === 'Null' && r.abs.path.pack.length === 0 && r.params.length === 1) {
      t = r.params[0]!;
      continue;
    }
    if (r.kind === 'abstract') add(r.abs.meta);
    else if (r.kind === 'enum') add(r.enm.meta);
    else if (r.kind === 'inst') {
      for (let c: ClassType | undefined = r.cls; c; c = c.superClass?.cls) {
        c.build?.();
        add(c.meta);
      }
    }
    break;
  }
  return out;
}

/** `using` extensions: a static function whose first argument accepts the value. */
export function usingExtension(fc: FnCtx, base: TExpr, name: string, span: Span): TExpr | undefined {
  // The module's `using`s (the last one first), then the @:using types of the value's type.
  const sources = [...typeUsings(fc, base.t), ...moduleImports(fc.tx, fc.module).usings];
  for (let i = sources.length - 1; i >= 0; i--) {
    const mt = sources[i]!;
    const cls = mt.kind === 'class' ? mt : mt.kind === 'abstract' ? mt.impl : undefined;
    if (!cls) continue;
    cls.build?.();
    const f = cls.statics.get(name);
    if (!f || f.kind.k !== 'method') continue;
    const ft = follow(instantiate(f, f.type));
    if (ft.kind !== 'fun' || ft.args.length === 0) continue;
    let self = base;
    if (!tryUnify(base.t, ft.args[0]!.type)) {
      // With a @:multiType abstract (Map) involved, implicit casts count too (Haxe's unify_static_extension).
      const cast = isMultiType(base.t) || isMultiType(ft.args[0]!.type) ? abstractCast(fc, base, ft.args[0]!.type) : undefined;
      if (!cast) continue;
      self = cast;
    }
    const rest: Type = { kind: 'fun', args: ft.args.slice(1), ret: ft.ret };
    return mkT('TField', rest, span, { e: self, access: { k: 'extension', cls, field: f } });
  }
  return undefined;
}
