// tiny stack-based language: tokenizer, parser to AST enum, evaluator with env
enum Tok { TNum(v:Float); TId(s:String); TOp(c:String); TLParen; TRParen; TEnd; }
enum Expr { Num(v:Float); Var(n:String); Bin(op:String, a:Expr, b:Expr); Let(n:String, v:Expr, body:Expr); Call(f:String, args:Array<Expr>); }

class Lexer {
  var src:String; var pos:Int = 0;
  public function new(s:String) src = s;
  public function all():Array<Tok> {
    var out = [];
    while (true) { var t = next(); out.push(t); if (t == TEnd) break; }
    return out;
  }
  function next():Tok {
    while (pos < src.length && StringTools.isSpace(src, pos)) pos++;
    if (pos >= src.length) return TEnd;
    var c = src.charAt(pos);
    if (c == "(") { pos++; return TLParen; }
    if (c == ")") { pos++; return TRParen; }
    var code = src.charCodeAt(pos);
    if (code >= "0".code && code <= "9".code) {
      var st = pos;
      while (pos < src.length && (src.charAt(pos) == "." || (src.charCodeAt(pos) >= 48 && src.charCodeAt(pos) <= 57))) pos++;
      return TNum(Std.parseFloat(src.substring(st, pos)));
    }
    if (~/[a-z]/i.match(c)) {
      var st = pos;
      while (pos < src.length && ~/[a-z0-9_]/i.match(src.charAt(pos))) pos++;
      return TId(src.substr(st, pos - st));
    }
    pos++;
    return TOp(c);
  }
}

class ParseError extends haxe.Exception {}

class Parser {
  var toks:Array<Tok>; var i = 0;
  public function new(t) toks = t;
  function peek() return toks[i];
  function adv() return toks[i++];
  public function parse():Expr { var e = expr(0); if (peek() != TEnd) throw new ParseError("trailing " + peek()); return e; }
  static var prec = ["+" => 1, "-" => 1, "*" => 2, "/" => 2, "^" => 3];
  function expr(minP:Int):Expr {
    var lhs = atom();
    while (true) {
      switch (peek()) {
        case TOp(o) if (prec.exists(o) && prec[o] > minP || (o == "^" && prec[o] >= minP && minP == 3)):
          adv();
          var rhs = expr(o == "^" ? prec[o] - 1 : prec[o]);
          lhs = Bin(o, lhs, rhs);
        default: break;
      }
    }
    return lhs;
  }
  function atom():Expr {
    return switch (adv()) {
      case TNum(v): Num(v);
      case TId("let"):
        var name = switch (adv()) { case TId(n): n; case t: throw new ParseError("expected name, got " + t); }
        if (!adv().match(TOp("="))) throw new ParseError("expected =");
        var v = expr(0);
        switch (adv()) { case TId("in"): case t: throw new ParseError("expected in, got " + t); }
        Let(name, v, expr(0));
      case TId(n) if (peek() == TLParen):
        adv(); var args = [];
        while (peek() != TRParen) { args.push(expr(0)); if (peek().match(TOp(","))) adv(); }
        adv(); Call(n, args);
      case TId(n): Var(n);
      case TLParen: var e = expr(0); adv(); e;
      case TOp("-"): Bin("-", Num(0), atom());
      case t: throw new ParseError('unexpected $t');
    }
  }
}

class Main {
  static function eval(e:Expr, env:Map<String, Float>):Float {
    return switch e {
      case Num(v): v;
      case Var(n): if (env.exists(n)) env[n] else throw 'unbound $n';
      case Bin(op, a, b):
        var x = eval(a, env), y = eval(b, env);
        switch op { case "+": x + y; case "-": x - y; case "*": x * y; case "/": x / y; case "^": Math.pow(x, y); default: throw "bad op"; }
      case Let(n, v, body):
        var copy = env.copy(); copy.set(n, eval(v, env)); eval(body, copy);
      case Call("max", args): Lambda.fold(args.map(a -> eval(a, env)), Math.max, Math.NEGATIVE_INFINITY);
      case Call("sum", args): var s = 0.0; for (a in args) s += eval(a, env); s;
      case Call(f, _): throw 'unknown fn $f';
    }
  }
  static function show(e:Expr):String return switch e {
    case Num(v): Std.string(v);
    case Var(n): n;
    case Bin(o, a, b): '(${show(a)} $o ${show(b)})';
    case Let(n, v, b): 'let $n = ${show(v)} in ${show(b)}';
    case Call(f, a): f + "(" + a.map(show).join(", ") + ")";
  }
  static function main() {
    var srcs = ["1 + 2 * 3", "2 ^ 3 ^ 2", "(1 + 2) * -3", "let x = 4 in x * x + 0.5", "max(1, 7, 3) / 2",
      "sum(1, 2, 3.25)", "let y = 2 in let z = y * 3 in z - y", "10 / 4", "1 +", "foo(1)", "q * 2", "1 2", "let = 3"];
    for (s in srcs) {
      try {
        var ast = new Parser(new Lexer(s).all()).parse();
        trace(show(ast) + " = " + eval(ast, ["pi" => 3.14]));
      } catch (e:ParseError) {
        trace("parse error: " + e.message);
      } catch (e:String) {
        trace("eval error: " + e);
      }
    }
    trace(new Lexer("a1 + 2.5").all());
  }
}
