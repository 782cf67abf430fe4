enum Tok { Num(v:Float); Id(s:String); Sym(c:String); Str(s:String); }

class ReLexer {
  static final RULES:Array<{re:EReg, make:String->Null<Tok>}> = [
    {re: ~/^\s+/, make: _ -> null},
    {re: ~/^[0-9]+(\.[0-9]+)?/, make: s -> Num(Std.parseFloat(s))},
    {re: ~/^[A-Za-z_][A-Za-z0-9_]*/, make: s -> Id(s)},
    {re: ~/^"([^"\\]|\\.)*"/, make: s -> Str(s.substr(1, s.length - 2))},
    {re: ~/^(==|!=|<=|>=|[-+*\/=<>(){};,])/, make: s -> Sym(s)},
  ];
  public static function lex(src:String):Array<Tok> {
    var out:Array<Tok> = [];
    var rest = src;
    while (rest.length > 0) {
      var matched = false;
      for (r in RULES) {
        if (r.re.match(rest)) {
          var text = r.re.matched(0);
          var t = r.make(text);
          if (t != null) out.push(t);
          rest = r.re.matchedRight();
          matched = true;
          break;
        }
      }
      if (!matched) throw 'unexpected "${rest.charAt(0)}"';
    }
    return out;
  }
}

class Main {
  static function main() {
    var toks = ReLexer.lex('let x = 3.5 * (y + 2); print("hi", x >= 1);');
    trace(toks.length);
    var ids = [for (t in toks) switch t { case Id(s): s; case _: continue; }];
    trace(ids);
    var nums = toks.filter(t -> t.match(Num(_))).map(t -> switch t { case Num(v): v; default: 0.0; });
    trace(nums);
    try ReLexer.lex("@") catch (e:String) trace(e);
  }
}
