// Printing types the way official Haxe 4.2.5 prints them in messages ("Int should be String").
// Takes: a Type and a print context (which numbers unbound monomorphs as Unknown<0>, Unknown<1>, …).
// Gives: text. Invariant: the forms match Haxe's s_type: `Array<Int>`, `Null<Int>`,
// `(a : Int, ?b : Null<String>) -> Bool`, `() -> Void`, `Int -> Int` for one unnamed argument,
// function arguments and returns that are functions in parentheses, and anonymous structures with
// their fields in descending name order, `{ ?c : Null<Float>, b : Int }`; a type used as a value
// prints as `Class<Main>`, `Enum<Color>`, `Abstract<Meters>`.

import { pathString, resolve, type Type } from './types.js';

export class PrintContext {
  private ids = new Map<Type, number>();
  monoId(t: Type): number {
    let id = this.ids.get(t);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(t, id);
    }
    return id;
  }
}

export function typeToString(t: Type, ctx = new PrintContext()): string {
  switch (t.kind) {
    case 'mono':
      return t.ref ? typeToString(t.ref, ctx) : `Unknown<${ctx.monoId(t)}>`;
    case 'lazy':
      return typeToString(resolve(t), ctx);
    case 'inst':
      return pathString(t.cls.path) + params(t.params, ctx);
    case 'enum':
      return pathString(t.enm.path) + params(t.params, ctx);
    case 'abstract':
      return pathString(t.abs.path) + params(t.params, ctx);
    case 'typedef':
      return pathString(t.def.path) + params(t.params, ctx);
    case 'param':
      return t.param.name;
    case 'dynamic':
      return t.of ? `Dynamic<${typeToString(t.of, ctx)}>` : 'Dynamic';
    case 'fun': {
      if (t.args.length === 0) return `() -> ${funPart(t.ret, ctx, false)}`;
      let args: string;
      const a0 = t.args[0]!;
      if (t.args.length === 1 && a0.name === '') args = `${a0.opt ? '?' : ''}${funPart(a0.type, ctx, true)}`;
      else args = `(${t.args.map((a) => `${a.opt ? '?' : ''}${a.name === '' ? '' : a.name + ' : '}${funPart(a.type, ctx, true)}`).join(', ')})`;
      return `${args} -> ${funPart(t.ret, ctx, false)}`;
    }
    case 'anon': {
      switch (t.status.k) {
        // A type used as a value: Haxe types it through a typedef named `Class<T>` (`Enum<T>`, `Abstract<T>`).
        case 'statics': return `Class<${pathString(t.status.cls.path)}>`;
        case 'enumStatics': return `Enum<${pathString(t.status.enm.path)}>`;
        case 'abstractStatics': return `Abstract<${pathString(t.status.abs.path)}>`;
        default: {
          const names = [...t.fields.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
          const parts = names.map((n) => {
            const f = t.fields.get(n)!;
            const opt = f.meta.some((m) => m.name === ':optional');
            return `${opt ? ' ?' : ' '}${n} : ${typeToString(f.type, ctx)}`;
          });
          return `{${t.status.k === 'opened' ? '+' : ''}${parts.join(',')} }`;
        }
      }
    }
  }
}

function params(ps: Type[], ctx: PrintContext): string {
  return ps.length ? `<${ps.map((p) => typeToString(p, ctx)).join(', ')}>` : '';
}

/** A function's argument or return: functions (and Void as an argument) get parentheses. */
function funPart(t: Type, ctx: PrintContext, isArg: boolean): string {
  const r = resolve(t);
  if (r.kind === 'fun') return `(${typeToString(r, ctx)})`;
  if (isArg && r.kind === 'abstract' && r.abs.path.name === 'Void' && r.abs.path.pack.length === 0) return `(${typeToString(r, ctx)})`;
  return typeToString(t, ctx);
}
