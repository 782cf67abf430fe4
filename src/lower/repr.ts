// Value representation of Haxe types in MIR: the decision table of runtime/README.md.
// Takes: a typed-AST Type and the type-parameter substitution of the function instance being lowered
// (generics are monomorphized). Gives: its value kind (int, bool, float, i64, ptr, void), its MIR
// type, its storage size, and a stable key text naming the concrete type (instance names, type ids).
// Invariant: a type parameter that nothing fixes, an unbound monomorph and Dynamic are all `ptr`
// (Dynamic: a pointer to a self-describing object); Null<basic> is a box, so also `ptr`.

import type { MirType } from '../mir/mir.js';
import { DYNAMIC, pathString, resolve, substitute, applyParams, type Type, type TypeParam } from '../typing/types.js';

export type Kind = 'int' | 'bool' | 'float' | 'i64' | 'ptr' | 'void';
export type Subst = ReadonlyMap<TypeParam, Type>;
export const NO_SUBST: Subst = new Map();

export function mirType(k: Kind): MirType {
  switch (k) {
    case 'int': case 'bool': return 'i32';
    case 'float': return 'f64';
    case 'i64': return 'i64';
    default: return 'ptr';
  }
}

/** Storage size of a value of kind `k`. */
export function sizeOfKind(k: Kind, ptrSize: number): number {
  return k === 'float' || k === 'i64' ? 8 : k === 'ptr' ? ptrSize : k === 'void' ? 0 : 4;
}

/** The kind code stored in RTTI field records (runtime/rayzor/rt/Dyn.hx reads them). */
export const KIND_CODE: Record<Kind, number> = { void: 0, int: 1, float: 2, bool: 3, ptr: 4, i64: 5 };

/** Apply the substitution and look through monomorphs, lazies and typedefs (but not abstracts). */
export function concrete(t: Type, sub: Subst): Type {
  for (let i = 0; i < 100; i++) {
    t = resolve(t);
    if (t.kind === 'param') {
      const s = sub.get(t.param);
      if (!s || s === t) return DYNAMIC;
      t = s;
      continue;
    }
    if (t.kind === 'typedef') {
      t = applyParams(t.def.params, t.params, t.def.type);
      continue;
    }
    return sub.size ? substitute(t, sub) : t;
  }
  return DYNAMIC;
}

function isStd(p: { pack: string[]; name: string }, name: string): boolean {
  return p.pack.length === 0 && p.name === name;
}

export function kindOf(t0: Type, sub: Subst): Kind {
  const t = concrete(t0, sub);
  switch (t.kind) {
    case 'abstract': {
      const a = t.abs;
      if (a.path.pack.length === 0) {
        switch (a.path.name) {
          case 'Int': case 'UInt': return 'int';
          case 'Bool': return 'bool';
          case 'Float': case 'Single': return 'float';
          case 'Void': return 'void';
          case 'Dynamic': case 'Any': case 'Class': case 'Enum': case 'EnumValue': return 'ptr';
          case 'Null': return 'ptr';
        }
      }
      if (a.path.pack.join('.') === 'haxe' && a.path.name === 'Int64') return 'i64';
      if (a.path.pack.join('.') === 'haxe' && a.path.name === 'Int32') return 'int';
      if (a.isCore) return 'ptr';
      const u = applyParams(a.params, t.params, a.underlying);
      if (u === t || (u.kind === 'abstract' && u.abs === a)) return 'ptr';
      return kindOf(u, NO_SUBST);
    }
    case 'mono': return 'ptr';
    default: return 'ptr';
  }
}

/** Null<T> where T is a basic (unboxed) type: such values are boxes. */
export function isNullOfBasic(t0: Type, sub: Subst): boolean {
  const t = concrete(t0, sub);
  if (t.kind === 'abstract' && isStd(t.abs.path, 'Null') && t.params[0]) {
    const k = kindOf(t.params[0], sub);
    return k !== 'ptr' && k !== 'void';
  }
  return false;
}

/** The kind of the value inside Null<T> (or the kind itself when not Null). */
export function innerKind(t0: Type, sub: Subst): Kind {
  const t = concrete(t0, sub);
  if (t.kind === 'abstract' && isStd(t.abs.path, 'Null') && t.params[0]) return kindOf(t.params[0], sub);
  return kindOf(t, sub);
}

/**
 * The value kind a static type promises, distinguishing boxed basics: 'int' etc. for raw values,
 * 'ptr' for everything on the heap. Same as kindOf; named for call sites that coerce.
 */
export const valueKind = kindOf;

/** A stable text naming the concrete type, for monomorphized instance names and type ids. */
export function typeKey(t0: Type, sub: Subst, depth = 0): string {
  if (depth > 8) return 'Dynamic';
  const t = concrete(t0, sub);
  const ps = (params: Type[]) => (params.length ? `<${params.map((p) => typeKey(p, sub, depth + 1)).join(',')}>` : '');
  switch (t.kind) {
    case 'inst': return pathString(t.cls.path) + ps(t.params);
    case 'enum': return pathString(t.enm.path) + ps(t.params);
    case 'abstract': return pathString(t.abs.path) + ps(t.params);
    case 'fun': return `(${t.args.map((a) => typeKey(a.type, sub, depth + 1)).join(',')})->${typeKey(t.ret, sub, depth + 1)}`;
    case 'anon': return `{${[...t.fields.keys()].sort().join(',')}}`;
    default: return 'Dynamic';
  }
}

/**
 * The kind of a parameter: an optional parameter of a basic type is passed boxed (null means
 * "not given", and the callee applies the default), as on Haxe's static targets.
 */
export function argKind(a: { opt: boolean; type: Type }, sub: Subst): Kind {
  const k = kindOf(a.type, sub);
  return a.opt && k !== 'ptr' && k !== 'void' ? 'ptr' : k;
}
