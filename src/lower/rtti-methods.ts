// Method entries of RTTI records: for each virtual method of a class instance, the table index of its
// implementation (interface calls by name) and of a dynamic adapter `(this, Array<Dynamic>) → Dynamic`
// (Dynamic and structural calls, Reflect).
// Takes: a ClassInfo. Gives: FieldInfo entries (program.ts describes the record format).
// Invariant: an adapter unboxes each argument to the kind of the implementation's parameter and boxes
// the result, so callers never need to know the method's signature.

import { FnLower } from './fn.js';
import type { ClassInfo, Program } from './program.js';
import type { Kind } from './repr.js';
import { arrayInfo } from './values.js';

function kindOfMir(t: string): Kind {
  return t === 'i32' ? 'int' : t === 'f64' ? 'float' : t === 'i64' ? 'i64' : 'ptr';
}

/** Methods that dynamic code may call: names some dynamic or structural access mentions, and toString. */
function wanted(p: Program, name: string): boolean {
  if (name === 'toString' || p.hasName(name)) return true;
  // Reflect.getProperty/setProperty call a property's accessor by its name.
  return (name.startsWith('get_') && p.reaches('Reflect.getProperty')) || (name.startsWith('set_') && p.reaches('Reflect.setProperty'));
}

/** Request the implementations and adapters `methodEntries` will list (run to a fixpoint by Program). */
export function requestMethodEntries(p: Program, info: ClassInfo): void {
  for (const [name, fnName] of methodsOf(p, info, true)) {
    if (!wanted(p, name)) continue;
    adapter(p, fnName);
  }
  if (!info.cls.isInterface && !info.cls.isExtern && p.usesType('createInstance')) ctorAdapter(p, info);
}

/**
 * `C.$new$dyn (ptr unused, Array<Dynamic> args) -> ptr` for Type.createInstance: allocates an instance
 * and runs the constructor with the arguments unboxed to its parameters' kinds (missing ones are
 * null, which optional parameters read as "not given").
 */
function ctorAdapter(p: Program, info: ClassInfo): void {
  const name = `${info.key}.$new$dyn`;
  if (p.hasFunction(name)) return;
  const ctor = p.requestCtor(info);
  if (!ctor) return;
  p.generate(name, () => {
    const g = new FnLower(p, name, { params: ['ptr', 'ptr'], results: ['ptr'] }, info.sub, 'ptr');
    const ai = arrayInfo(g, undefined)!;
    const args = g.b.params[1]!;
    const req = p.request(ctor)!;
    const obj = g.alloc(info.size, info.tid);
    const vals = req.sig.params.slice(1).map((t, i) => g.coerceKind(g.callV(ai.get, [args, g.i32(i)], 'ptr'), kindOfMir(t)).v);
    g.b.call(ctor, [obj, ...vals], []);
    g.b.ret([obj]);
    return g.finish();
  });
}

export function methodEntries(p: Program, info: ClassInfo): { name: string; method: boolean; kind: Kind; value: number; direct: number }[] {
  const out: { name: string; method: boolean; kind: Kind; value: number; direct: number }[] = [];
  for (const [name, fnName] of methodsOf(p, info, false)) {
    if (!wanted(p, name) || !p.request(fnName) || !p.hasFunction(`${fnName}$dyn`)) continue;
    out.push({ name, method: true, kind: 'ptr', value: p.tableIndex(`${fnName}$dyn`), direct: p.tableIndex(fnName) });
  }
  return out;
}

function methodsOf(p: Program, info: ClassInfo, request: boolean): [string, string][] {
  // Virtual methods through the vtable's implementation; inline ones (never overridden) directly.
  const methods: [string, string][] = [];
  const seen = new Set<string>();
  for (let ci: ClassInfo | undefined = info; ci; ci = ci.sup) {
    for (const f of ci.cls.orderedFields) {
      if (f.kind.k !== 'method' || f.kind.meth === 'macro' || seen.has(f.name) || f.params.length) continue;
      seen.add(f.name);
      if (!wanted(p, f.name)) continue;
      const slot = info.slots.get(f.name);
      let fnName: string | undefined;
      if (slot !== undefined) {
        const vf = info.vfields[slot]!;
        fnName = request ? p.requestMethod(vf.owner, vf.f) : info.vtable[slot];
      } else fnName = request ? p.requestMethod(ci, f) : p.methodName(ci, f);
      if (fnName) methods.push([f.name, fnName]);
    }
  }
  return methods;
}

function adapter(p: Program, fnName: string): void {
  const req = p.request(fnName);
  if (!req) return;
  const dyn = `${fnName}$dyn`;
  p.generate(dyn, () => {
    const g = new FnLower(p, dyn, { params: ['ptr', 'ptr'], results: ['ptr'] }, req.sub, 'ptr');
    const ai = arrayInfo(g, undefined)!;
    const [self, args] = g.b.params as [number, number];
    const kinds = req.sig.params.slice(1).map(kindOfMir);
    const vals = kinds.map((k, i) => g.coerceKind(g.callV(ai.get, [args, g.i32(i)], 'ptr'), k).v);
    const r = g.b.call(fnName, [self, ...vals], req.sig.results);
    const rk = req.sig.results[0] ? kindOfMir(req.sig.results[0]) : 'void';
    g.b.ret([rk === 'void' ? g.nullPtr() : g.box({ v: r[0]!, k: retKindOf(req, rk) }).v]);
    return g.finish();
  });
}

import { follow } from '../typing/types.js';
import { kindOf } from './repr.js';
import type { FnRequest } from './program.js';
function retKindOf(req: FnRequest, fallback: Kind): Kind {
  const ft = follow(req.field.type);
  if (ft.kind === 'fun') {
    const k = kindOf(ft.ret, req.sub);
    if (k !== 'void') return k;
  }
  return fallback;
}
