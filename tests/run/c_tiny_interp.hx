// tokenizer + recursive-descent for a tiny statement language with closures/scopes
enum Value { VNum(n:Float); VStr(s:String); VBool(b:Bool); VFun(params:Array<String>, body:Array<Stmt>, env:Env); VNil; }
enum Stmt { SLet(n:String, e:Ex); SPrint(e:Ex); SIf(c:Ex, t:Array<Stmt>, f:Array<Stmt>); SWhile(c:Ex, b:Array<Stmt>); SRet(e:Ex); SExpr(e:Ex); SAssign(n:String, e:Ex); }
enum Ex { ENum(n:Float); EStr(s:String); EVar(n:String); EBin(o:String, a:Ex, b:Ex); ECall(f:Ex, args:Array<Ex>); EFn(ps:Array<String>, body:Array<Stmt>); }

class Env {
  var vars = new Map<String, Value>();
  var parent:Null<Env>;
  public function new(?p:Env) parent = p;
  public function get(n:String):Value {
    if (vars.exists(n)) return vars[n];
    if (parent != null) return parent.get(n);
    throw 'undefined variable $n';
  }
  public function define(n:String, v:Value) vars[n] = v;
  public function assign(n:String, v:Value):Void {
    if (vars.exists(n)) vars[n] = v else if (parent != null) parent.assign(n, v) else throw 'cannot assign $n';
  }
}

class Return { public var v:Value; public function new(v) this.v = v; }

class Interp {
  public var out:Array<String> = [];
  public function new() {}
  public function run(prog:Array<Stmt>, env:Env) for (s in prog) exec(s, env);
  function exec(s:Stmt, env:Env):Void {
    switch s {
      case SLet(n, e): env.define(n, eval(e, env));
      case SAssign(n, e): env.assign(n, eval(e, env));
      case SPrint(e): out.push(show(eval(e, env)));
      case SIf(c, t, f): run(truthy(eval(c, env)) ? t : f, new Env(env));
      case SWhile(c, b): var guard = 0; while (truthy(eval(c, env)) && guard++ < 1000) run(b, new Env(env));
      case SRet(e): throw new Return(eval(e, env));
      case SExpr(e): eval(e, env);
    }
  }
  static function truthy(v:Value) return switch v { case VBool(b): b; case VNil: false; case VNum(n): n != 0; default: true; }
  public static function show(v:Value):String return switch v {
    case VNum(n): Std.string(n); case VStr(s): s; case VBool(b): b ? "yes" : "no"; case VFun(ps, _, _): '<fn/${ps.length}>'; case VNil: "nil";
  }
  function eval(e:Ex, env:Env):Value {
    return switch e {
      case ENum(n): VNum(n);
      case EStr(s): VStr(s);
      case EVar(n): env.get(n);
      case EFn(ps, b): VFun(ps, b, env);
      case EBin(op, a, b):
        switch [op, eval(a, env), eval(b, env)] {
          case ["+", VNum(x), VNum(y)]: VNum(x + y);
          case ["+", VStr(x), y]: VStr(x + show(y));
          case ["-", VNum(x), VNum(y)]: VNum(x - y);
          case ["*", VNum(x), VNum(y)]: VNum(x * y);
          case ["<", VNum(x), VNum(y)]: VBool(x < y);
          case ["==", x, y]: VBool(Type.enumEq(x, y));
          case [o, x, y]: throw 'bad operands for $o: ${show(x)}, ${show(y)}';
        }
      case ECall(f, args):
        switch eval(f, env) {
          case VFun(ps, body, cl):
            var local = new Env(cl);
            for (i in 0...ps.length) local.define(ps[i], i < args.length ? eval(args[i], env) : VNil);
            try { run(body, local); VNil; } catch (r:Return) r.v;
          case other: throw 'not callable: ${show(other)}';
        }
    }
  }
}

class Main {
  static function main() {
    var prog = [
      SLet("makeCounter", EFn([], [SLet("c", ENum(0)), SRet(EFn([], [SAssign("c", EBin("+", EVar("c"), ENum(1))), SRet(EVar("c"))]))])),
      SLet("ctr", ECall(EVar("makeCounter"), [])),
      SExpr(ECall(EVar("ctr"), [])), SPrint(EBin("+", EStr("count="), ECall(EVar("ctr"), []))),
      SLet("fib", EFn(["n"], [SIf(EBin("<", EVar("n"), ENum(2)), [SRet(EVar("n"))], []),
        SRet(EBin("+", ECall(EVar("fib"), [EBin("-", EVar("n"), ENum(1))]), ECall(EVar("fib"), [EBin("-", EVar("n"), ENum(2))])))])),
      SPrint(ECall(EVar("fib"), [ENum(15)])),
      SLet("i", ENum(0)), SLet("acc", EStr("")),
      SWhile(EBin("<", EVar("i"), ENum(5)), [SAssign("acc", EBin("+", EVar("acc"), EVar("i"))), SAssign("i", EBin("+", EVar("i"), ENum(1)))]),
      SPrint(EVar("acc")), SPrint(EBin("==", ENum(2), EBin("*", ENum(1), ENum(2)))), SPrint(EVar("fib")),
      SPrint(EBin("+", EStr("half="), EBin("*", ENum(0.5), ENum(3)))),
      SPrint(EBin("-", EStr("x"), ENum(1))),
    ];
    var it = new Interp();
    try it.run(prog, new Env()) catch (e:String) it.out.push("error: " + e);
    for (l in it.out) trace(l);
    var it2 = new Interp();
    try it2.run([SPrint(EVar("nope"))], new Env()) catch (e:Dynamic) trace("caught " + e);
    trace(Type.enumEq(VNum(1), VNum(1)), Type.enumEq(VStr("a"), VNum(1)), Interp.show(VFun(["a", "b"], [], null)));
  }
}
