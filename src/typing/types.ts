// The typer's type representation, modelled on Haxe's own (type.ml) so that Haxe's rules and error
// messages carry over one to one.
// Takes: nothing. Gives: Type (monomorphs, class instances, enums, abstracts, typedefs, functions,
// anonymous structures, Dynamic, lazies, type parameters), the module-type records and fields,
// and `follow`.
// Invariant: a bound monomorph is transparent (`follow` and every consumer look through it); a
// constrained monomorph (type parameter constraints, fields read from it) is only bound to a type
// meeting its constraints (unify checks); a lazy
// type is computed at most once; type parameters are `TParam` values substituted by `applyParams`.

import type { SourceFile } from '../diag/source.js';
import type { Decl, Expr, Meta } from '../syntax/ast.js';

export interface Pos {
  file: SourceFile;
  pos: number;
  end: number;
}

export interface TypePath {
  pack: string[];
  name: string;
  /** The module (file) path, `pack.Module`; differs from pack+name for sub-types. */
  module: string;
}

export function pathString(p: { pack: string[]; name: string }): string {
  return p.pack.length ? `${p.pack.join('.')}.${p.name}` : p.name;
}

// ---- types ---------------------------------------------------------------------------------------

export interface TMono {
  kind: 'mono';
  id: number;
  ref: Type | undefined;
  /** A monomorph standing for a constrained type parameter (`T:Float`) must be bound to a type meeting them. */
  constraints?: Type[];
  /** The parameter it stands for, as Haxe names it in "Constraint check failure for sum.T". */
  constraintName?: string;
  /**
   * Fields read from a value of this still unknown type (Haxe 4.2's structural constraint): it may
   * only be bound to a type having them; the function that read them closes it to a structure.
   */
  fields?: Map<string, ClassField>;
}

export interface TInst {
  kind: 'inst';
  cls: ClassType;
  params: Type[];
}

export interface TEnum {
  kind: 'enum';
  enm: EnumType;
  params: Type[];
}

export interface TAbstract {
  kind: 'abstract';
  abs: AbstractType;
  params: Type[];
}

export interface TType {
  kind: 'typedef';
  def: TypedefType;
  params: Type[];
}

export interface FunArg {
  name: string;
  opt: boolean;
  type: Type;
}

export interface TFun {
  kind: 'fun';
  args: FunArg[];
  ret: Type;
}

export type AnonStatus =
  | { k: 'closed' }
  | { k: 'opened' } // a structure still open to new fields (Haxe's Opened; no longer made by rayzor's typer)
  | { k: 'const' } // an object literal: closed, no extra fields accepted
  | { k: 'extend'; types: Type[] }
  | { k: 'statics'; cls: ClassType }
  | { k: 'enumStatics'; enm: EnumType }
  | { k: 'abstractStatics'; abs: AbstractType };

export interface TAnon {
  kind: 'anon';
  fields: Map<string, ClassField>;
  status: AnonStatus;
}

export interface TDynamic {
  kind: 'dynamic';
  /** Dynamic<T>: the type of its fields; undefined for plain Dynamic. */
  of: Type | undefined;
}

export interface TLazy {
  kind: 'lazy';
  get: () => Type;
  value: Type | undefined;
  busy: boolean;
  /** What a recursive request sees while `get` runs (e.g. a function type with monomorphs). */
  onCycle: (() => Type) | undefined;
}

export interface TParam {
  kind: 'param';
  param: TypeParam;
}

export type Type = TMono | TInst | TEnum | TAbstract | TType | TFun | TAnon | TDynamic | TLazy | TParam;

export interface TypeParam {
  name: string;
  /** Constraints, resolved lazily because they may refer to the declaring type itself. */
  constraints: () => Type[];
  default: Type | undefined;
  /** A stable owner key ("Main.Box", "Main.Box.map") to tell `T` of different declarations apart. */
  owner: string;
  meta: Meta[];
}

// ---- fields ----------------------------------------------------------------------------------------

export type VarAccess = 'normal' | 'no' | 'never' | 'call' | 'inline' | 'ctor' | 'dynamic';

export type FieldKind =
  | { k: 'var'; read: VarAccess; write: VarAccess }
  | { k: 'method'; meth: 'normal' | 'inline' | 'dynamic' | 'macro' };

export interface ClassField {
  name: string;
  type: Type;
  kind: FieldKind;
  isPublic: boolean;
  isStatic: boolean;
  isFinal: boolean;
  isExtern: boolean;
  isAbstract: boolean;
  isOverride: boolean;
  params: TypeParam[];
  meta: Meta[];
  pos: Pos | undefined;
  namePos: number;
  /** Declaring type, for messages and lowering. */
  owner: ModuleType | undefined;
  /** Untyped body or initialiser; typed lazily into `texpr` by the typer. */
  decl: Expr | undefined;
  /** Argument default values and names from the declaration (for methods). */
  overloads: ClassField[];
  doc: string | undefined;
}

// ---- module types --------------------------------------------------------------------------------

interface ModuleTypeBase {
  path: TypePath;
  pos: Pos;
  isPrivate: boolean;
  isExtern: boolean;
  meta: Meta[];
  params: TypeParam[];
  doc: string | undefined;
  decl: Decl | undefined;
}

export interface ClassType extends ModuleTypeBase {
  kind: 'class';
  isInterface: boolean;
  isFinal: boolean;
  isAbstract: boolean;
  /** For the implementation class of an abstract: the abstract. */
  abstractImpl: AbstractType | undefined;
  superClass: { cls: ClassType; params: Type[] } | undefined;
  interfaces: { cls: ClassType; params: Type[] }[];
  fields: Map<string, ClassField>;
  statics: Map<string, ClassField>;
  orderedFields: ClassField[];
  orderedStatics: ClassField[];
  ctor: ClassField | undefined;
  /** Resolution of header (extends/implements) and fields happens on first use. */
  state: 'declared' | 'building' | 'built';
  build: (() => void) | undefined;
}

export interface EnumCtorDef {
  name: string;
  index: number;
  type: Type; // TFun(args, TEnum) or TEnum for constant constructors
  params: TypeParam[];
  pos: Pos;
  meta: Meta[];
  doc: string | undefined;
}

export interface EnumType extends ModuleTypeBase {
  kind: 'enum';
  ctors: Map<string, EnumCtorDef>;
  names: string[];
  state: 'declared' | 'building' | 'built';
  build: (() => void) | undefined;
}

export interface TypedefType extends ModuleTypeBase {
  kind: 'typedef';
  type: Type;
}

export interface AbstractType extends ModuleTypeBase {
  kind: 'abstract';
  /** The underlying type (`this`); for @:coreType abstracts, the abstract itself. */
  underlying: Type;
  from: { type: Type; field: ClassField | undefined }[];
  to: { type: Type; field: ClassField | undefined }[];
  impl: ClassType | undefined;
  ops: { op: string; field: ClassField; postfix: boolean; unary: boolean }[];
  arrayAccess: ClassField[];
  isEnum: boolean;
  isCore: boolean;
  forward: string[] | 'all' | undefined;
  state: 'declared' | 'building' | 'built';
  build: (() => void) | undefined;
}

export type ModuleType = ClassType | EnumType | TypedefType | AbstractType;

export interface HxModule {
  path: string; // "pack.Module"
  pack: string[];
  name: string;
  file: SourceFile;
  types: ModuleType[];
  /** Module-level fields (Haxe 4.2) live on a synthetic class named like the module. */
  fieldsClass: ClassType | undefined;
  imports: Decl[];
}

// ---- constructors and helpers ----------------------------------------------------------------------

let monoCounter = 0;

export function mkMono(): TMono {
  return { kind: 'mono', id: monoCounter++, ref: undefined };
}

/**
 * Fresh monomorphs for type parameters (a generic call, `new C()` without parameters), each carrying
 * its parameter's constraints with the parameters replaced by the new monomorphs. `owner` names the
 * declaration in messages (a method's name, a type's path); by default the last part of the key.
 */
export function constrainedMonos(params: readonly TypeParam[], map: Map<TypeParam, Type>, owner?: string): void {
  const monos = params.map((p) => {
    const m = mkMono();
    map.set(p, m);
    return m;
  });
  params.forEach((p, i) => {
    const cs = p.constraints();
    if (cs.length) {
      monos[i]!.constraints = cs.map((c) => substitute(c, map));
      monos[i]!.constraintName = `${owner ?? p.owner.split('.').pop()}.${p.name}`;
    }
  });
}

export function mkLazy(get: () => Type, onCycle?: () => Type): TLazy {
  return { kind: 'lazy', get, value: undefined, busy: false, onCycle };
}

export function lazyValue(t: TLazy, onCycle: () => Type): Type {
  if (t.value) return t.value;
  if (t.busy) return t.onCycle ? t.onCycle() : onCycle();
  t.busy = true;
  try {
    t.value = t.get();
  } finally {
    t.busy = false;
  }
  return t.value;
}

export const DYNAMIC: TDynamic = { kind: 'dynamic', of: undefined };

let cycleFallback: () => Type = () => DYNAMIC;
/** The typer installs its reporter for recursive lazies (a field whose type needs itself). */
export function setLazyCycleHandler(f: () => Type): void {
  cycleFallback = f;
}

/** Look through bound monomorphs and lazies. */
export function resolve(t: Type): Type {
  for (;;) {
    if (t.kind === 'mono') {
      if (!t.ref) return t;
      t = t.ref;
    } else if (t.kind === 'lazy') t = lazyValue(t, cycleFallback);
    else return t;
  }
}

/** Haxe's `follow`: also through typedefs and Null<T>. */
export function follow(t: Type): Type {
  for (;;) {
    t = resolve(t);
    if (t.kind === 'typedef') t = applyParams(t.def.params, t.params, t.def.type);
    else if (t.kind === 'abstract' && t.abs.path.name === 'Null' && t.abs.path.pack.length === 0 && t.params.length === 1) t = t.params[0]!;
    else return t;
  }
}

/** Follow typedefs and monomorphs but keep Null<T>. */
export function followKeepNull(t: Type): Type {
  for (;;) {
    t = resolve(t);
    if (t.kind === 'typedef') t = applyParams(t.def.params, t.def.type === t ? [] : t.params, t.def.type);
    else return t;
  }
}

/** Substitute type parameters `params` by `args` in `t`. */
export function applyParams(params: readonly TypeParam[], args: readonly Type[], t: Type): Type {
  if (params.length === 0) return t;
  const map = new Map<TypeParam, Type>();
  params.forEach((p, i) => map.set(p, args[i] ?? DYNAMIC));
  return substitute(t, map);
}

export function substitute(t: Type, map: ReadonlyMap<TypeParam, Type>): Type {
  if (map.size === 0) return t;
  const go = (t: Type): Type => {
    switch (t.kind) {
      case 'param':
        return map.get(t.param) ?? t;
      case 'mono':
        return t.ref ? go(t.ref) : t;
      case 'lazy':
        return go(resolve(t));
      case 'inst':
        return t.params.length ? { kind: 'inst', cls: t.cls, params: t.params.map(go) } : t;
      case 'enum':
        return t.params.length ? { kind: 'enum', enm: t.enm, params: t.params.map(go) } : t;
      case 'abstract':
        return t.params.length ? { kind: 'abstract', abs: t.abs, params: t.params.map(go) } : t;
      case 'typedef':
        return t.params.length ? { kind: 'typedef', def: t.def, params: t.params.map(go) } : t;
      case 'fun':
        return { kind: 'fun', args: t.args.map((a) => ({ name: a.name, opt: a.opt, type: go(a.type) })), ret: go(t.ret) };
      case 'anon': {
        if (t.status.k === 'statics' || t.status.k === 'enumStatics' || t.status.k === 'abstractStatics') return t;
        const fields = new Map<string, ClassField>();
        for (const [n, f] of t.fields) fields.set(n, { ...f, type: go(f.type) });
        return { kind: 'anon', fields, status: t.status };
      }
      case 'dynamic':
        return t.of ? { kind: 'dynamic', of: go(t.of) } : t;
    }
  };
  return go(t);
}

export function mkField(name: string, type: Type, kind: FieldKind, init: Partial<ClassField> = {}): ClassField {
  return {
    name, type, kind, isPublic: true, isStatic: false, isFinal: false, isExtern: false, isAbstract: false, isOverride: false,
    params: [], meta: [], pos: undefined, namePos: 0, owner: undefined, decl: undefined, overloads: [], doc: undefined,
    ...init,
  };
}

export function hasMeta(meta: readonly Meta[], name: string): boolean {
  return meta.some((m) => m.name === name);
}

export function isVoid(t: Type): boolean {
  const f = follow(t);
  return f.kind === 'abstract' && f.abs.path.name === 'Void' && f.abs.path.pack.length === 0;
}
