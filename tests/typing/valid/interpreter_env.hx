enum Value {
  VInt(i:Int);
  VBool(b:Bool);
  VFun(params:Array<String>, body:Node, env:Env);
  VNil;
}

enum Node {
  Lit(v:Value);
  Ref(name:String);
  Let(name:String, value:Node, body:Node);
  If(c:Node, t:Node, e:Node);
  Bin(op:BinOp, a:Node, b:Node);
  Lambda(params:Array<String>, body:Node);
  Call(f:Node, args:Array<Node>);
}

enum abstract BinOp(String) to String {
  var Plus = "+";
  var Minus = "-";
  var Less = "<";
  var Eq = "==";
}

class Env {
  var vars:Map<String, Value>;
  var parent:Null<Env>;
  public function new(?parent:Env) {
    this.parent = parent;
    vars = [];
  }
  public function lookup(n:String):Value {
    var v = vars.get(n);
    if (v != null) return v;
    if (parent != null) return parent.lookup(n);
    throw 'unbound $n';
  }
  public function define(n:String, v:Value):Env {
    vars[n] = v;
    return this;
  }
}

class Interp {
  public static function eval(n:Node, env:Env):Value {
    return switch n {
      case Lit(v): v;
      case Ref(name): env.lookup(name);
      case Let(name, value, body):
        var inner = new Env(env);
        inner.define(name, eval(value, inner));
        eval(body, inner);
      case If(c, t, e):
        switch eval(c, env) {
          case VBool(true): eval(t, env);
          case VBool(false): eval(e, env);
          case other: throw 'not a bool: $other';
        }
      case Bin(op, a, b):
        var x = eval(a, env), y = eval(b, env);
        switch [op, x, y] {
          case [Plus, VInt(i), VInt(j)]: VInt(i + j);
          case [Minus, VInt(i), VInt(j)]: VInt(i - j);
          case [Less, VInt(i), VInt(j)]: VBool(i < j);
          case [Eq, VInt(i), VInt(j)]: VBool(i == j);
          case _: throw 'bad operands for $op';
        }
      case Lambda(params, body): VFun(params, body, env);
      case Call(f, args):
        switch eval(f, env) {
          case VFun(params, body, closure):
            var callEnv = new Env(closure);
            for (i in 0...params.length) callEnv.define(params[i], eval(args[i], env));
            eval(body, callEnv);
          default: throw "not a function";
        }
    }
  }
  public static function show(v:Value):String {
    return switch v {
      case VInt(i): Std.string(i);
      case VBool(b): b ? "#t" : "#f";
      case VFun(ps, _, _): '<fun/${ps.length}>';
      case VNil: "nil";
    }
  }
}

class Main {
  static function main() {
    var fib = Let("fib", Lambda(["n"],
      If(Bin(Less, Ref("n"), Lit(VInt(2))), Ref("n"),
        Bin(Plus, Call(Ref("fib"), [Bin(Minus, Ref("n"), Lit(VInt(1)))]), Call(Ref("fib"), [Bin(Minus, Ref("n"), Lit(VInt(2)))])))),
      Call(Ref("fib"), [Lit(VInt(15))]));
    trace(Interp.show(Interp.eval(fib, new Env())));
    var op:String = Plus;
    trace(op);
  }
}
