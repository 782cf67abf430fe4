// Class-level checks, as Haxe makes them. Before the field bodies are typed (`checkClassHeader`):
// final classes not extended, property accessors present, interface fields implemented (public, of
// the interface's type), abstract methods implemented by concrete classes. After (`checkClass`):
// `override` present exactly when a method redefines an inherited one (not when it implements an
// abstract method), with a compatible type, and final methods not overridden.
// Takes: the Typer and a ClassType. Gives: diagnostics (Haxe's wording) at field names, at the field
// for a missing accessor, at the class name for missing interface fields and abstract methods.

import type { Typer } from './typer.js';
import { PrintContext, typeToString } from './print-type.js';
import { applyParams, follow, substitute, type ClassField, type ClassType, type Type, type TypeParam } from './types.js';
import { classFieldOf, tryUnify, unify, UnifyError } from './unify.js';

/**
 * Haxe's valid_redefinition: when a method and the one it redefines (or implements) have the same
 * number of type parameters, the i-th parameters of both stand for one and the same type.
 */
function alignParams(f1: ClassField, t1: Type, f2: ClassField, t2: Type): [Type, Type] {
  if (f1.params.length === 0 || f1.params.length !== f2.params.length) return [t1, t2];
  const m1 = new Map<TypeParam, Type>();
  const m2 = new Map<TypeParam, Type>();
  f1.params.forEach((p, i) => {
    const shared: Type = { kind: 'param', param: p };
    m1.set(p, shared);
    m2.set(f2.params[i]!, shared);
  });
  return [substitute(t1, m1), substitute(t2, m2)];
}

function namePos(cf: ClassField) {
  const p = cf.pos!;
  return { file: p.file, pos: cf.namePos, end: cf.namePos + cf.name.length };
}

/** Why `a` does not fit `b`, as notes ("... error: …", "... have: …") at the reported place. */
function unifyLines(a: Type, b: Type): { message: string }[] {
  try {
    unify(a, b);
  } catch (e) {
    if (e instanceof UnifyError) return e.lines().map((l) => ({ message: `... ${l}` }));
    throw e;
  }
  return [];
}

/** The class name in its declaration (where Haxe reports class-level problems). */
function classNamePos(c: ClassType) {
  const d = c.decl;
  return d && d.kind !== 'DImport' && d.kind !== 'DUsing' && d.kind !== 'DField' ? { file: c.pos.file, pos: d.namePos, end: d.namePos + d.name.length } : c.pos;
}

function pathName(c: ClassType): string {
  return c.path.pack.length ? `${c.path.pack.join('.')}.${c.path.name}` : c.path.name;
}

export function checkClass(tx: Typer, c: ClassType): void {
  c.build?.();
  const sup = c.superClass;
  for (const cf of c.orderedFields) {
    if (!cf.pos) continue;
    const inherited = sup ? classFieldOf(sup.cls, sup.params, cf.name) : undefined;
    if (inherited) {
      // Implementing an abstract method is no override (Haxe 4.2: `override` is even an error there).
      if (inherited.field.isAbstract && cf.kind.k === 'method') {
        if (cf.isOverride) {
          tx.error('type.custom', namePos(cf), [`Field ${cf.name} is declared 'override' but parent field ${cf.name} is 'abstract' and does not provide any implementation to override`]);
        }
      } else if (!cf.isOverride && cf.kind.k === 'method') {
        tx.error('type.missing-override', namePos(cf), [cf.name, pathName(inherited.owner)]);
        continue;
      }
      if (inherited.field.isFinal && cf.kind.k === 'method') tx.error('type.custom', namePos(cf), [`Cannot override final method ${cf.name}`]);
      const [mine, theirs] = alignParams(cf, cf.type, inherited.field, inherited.type);
      if (cf.kind.k === 'method' && !tryUnify(mine, theirs)) {
        const f2 = inherited.field;
        tx.error('type.custom', namePos(cf), [`Field ${cf.name} overrides parent class with different or incomplete type`], [
          ...(f2.pos ? [{ message: '... Base field is defined here', file: f2.pos.file, start: f2.namePos, end: f2.namePos + f2.name.length }] : []),
          ...unifyLines(mine, theirs),
        ]);
      }
      if (cf.kind.k === 'var' && inherited.field.kind.k === 'var') tx.error('type.custom', namePos(cf), [`Redefinition of variable ${cf.name} in subclass is not allowed. Previously declared at ${pathName(inherited.owner)}`]);
    } else if (cf.isOverride) {
      tx.error('type.bad-override', namePos(cf), [cf.name]);
    }
  }
}

export function checkClassHeader(tx: Typer, c: ClassType): void {
  c.build?.();
  const sup = c.superClass;
  if (sup) {
    sup.cls.build?.();
    if (sup.cls.isFinal) tx.error('type.custom', c.pos, ['Cannot extend a final class']);
  }
  if (!c.isInterface && !c.isExtern) {
    // A property with `get`/`set` access needs its accessor method (in the class or a super class).
    for (const cf of [...c.orderedFields, ...c.orderedStatics]) {
      if (cf.kind.k !== 'var' || !cf.pos) continue;
      const has = (name: string) => (cf.isStatic ? c.statics.has(name) : classFieldOf(c, [], name) !== undefined);
      if (cf.kind.read === 'call' && !has(`get_${cf.name}`)) tx.error('type.custom', cf.pos, [`Method get_${cf.name} required by property ${cf.name} is missing`]);
      if (cf.kind.write === 'call' && !has(`set_${cf.name}`)) tx.error('type.custom', cf.pos, [`Method set_${cf.name} required by property ${cf.name} is missing`]);
    }
  }
  if (!c.isInterface) {
    for (const i of allInterfaces(c)) {
      for (const f of i.cls.orderedFields) {
        const impl = classFieldOf(c, c.params.map((p) => ({ kind: 'param', param: p }) as Type), f.name);
        if (!impl) {
          if (!c.isAbstract) tx.error('type.custom', classNamePos(c), [`Field ${f.name} needed by ${pathName(i.cls)} is missing`]);
          continue;
        }
        const [have, want] = alignParams(impl.field, impl.type, f, applyParams(i.cls.params, i.params, f.type));
        if (f.isPublic && !impl.field.isPublic) {
          tx.error('type.custom', impl.field.pos ? namePos(impl.field) : c.pos, [`Field ${f.name} should be public as requested by ${pathName(i.cls)}`]);
        } else if (!tryUnify(have, want)) {
          tx.error('type.custom', impl.field.pos ? namePos(impl.field) : c.pos, [`Field ${f.name} has different type than in ${pathName(i.cls)}`], [
            ...(f.pos ? [{ message: '... Interface field is defined here', file: f.pos.file, start: f.pos.pos, end: f.pos.end }] : []),
            ...unifyLines(have, want),
          ]);
        }
      }
    }
    if (!c.isAbstract && c.superClass) {
      // One report naming the direct super class, the missing methods as notes in name order (Haxe's).
      const missing = new Map<string, ClassField>();
      for (let k: ClassType | undefined = c.superClass.cls; k; k = k.superClass?.cls) {
        for (const f of k.orderedFields) {
          if (!f.isAbstract || missing.has(f.name)) continue;
          const impl = classFieldOf(c, [], f.name);
          if (!impl || impl.field.isAbstract) missing.set(f.name, f);
        }
      }
      if (missing.size > 0) {
        const at = classNamePos(c);
        const one = missing.size === 1;
        const ctx = new PrintContext();
        const notes = [...missing.values()].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)).map((f) => {
          const ft = follow(f.type);
          const args = ft.kind === 'fun' ? ft.args.map((a) => `${a.name}:${typeToString(a.type, ctx)}`).join(', ') : typeToString(ft, ctx);
          return { message: `... ${f.name}(${args})`, file: f.pos?.file, start: f.namePos, end: f.namePos + f.name.length };
        });
        tx.error('type.custom', at, [`This class extends abstract class ${pathName(c.superClass.cls)} but doesn't implement the following method${one ? '' : 's'}`], [
          { message: `Implement ${one ? 'it' : 'them'} or make ${pathName(c)} abstract as well`, file: at.file, start: at.pos, end: at.end },
          ...notes,
        ]);
      }
    }
  }
}

function allInterfaces(c: ClassType): { cls: ClassType; params: Type[] }[] {
  const out: { cls: ClassType; params: Type[] }[] = [];
  const visit = (cls: ClassType, params: Type[]) => {
    cls.build?.();
    for (const i of cls.interfaces) {
      const ip = i.params.map((p) => applyParams(cls.params, params, p));
      if (!out.some((o) => o.cls === i.cls)) out.push({ cls: i.cls, params: ip });
      visit(i.cls, ip);
    }
  };
  visit(c, c.params.map((p) => ({ kind: 'param', param: p }) as Type));
  return out;
}
