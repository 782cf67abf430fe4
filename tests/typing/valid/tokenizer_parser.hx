enum Token {
  TNum(v:Float);
  TIdent(s:String);
  TOp(c:String);
  TLParen;
  TRParen;
  TEof;
}

class Lexer {
  var src:String;
  var pos = 0;
  public function new(s:String) src = s;
  static inline function isDigit(c:Int) return c >= '0'.code && c <= '9'.code;
  static inline function isAlpha(c:Int) return (c >= 'a'.code && c <= 'z'.code) || (c >= 'A'.code && c <= 'Z'.code) || c == '_'.code;
  public function next():Token {
    while (pos < src.length && StringTools.isSpace(src, pos)) pos++;
    if (pos >= src.length) return TEof;
    var c = src.charCodeAt(pos);
    if (isDigit(c)) {
      var start = pos;
      while (pos < src.length && (isDigit(src.charCodeAt(pos)) || src.charAt(pos) == ".")) pos++;
      return TNum(Std.parseFloat(src.substring(start, pos)));
    }
    if (isAlpha(c)) {
      var b = new StringBuf();
      while (pos < src.length && isAlpha(src.charCodeAt(pos))) {
        b.addChar(src.charCodeAt(pos));
        pos++;
      }
      return TIdent(b.toString());
    }
    pos++;
    return switch (c) {
      case '('.code: TLParen;
      case ')'.code: TRParen;
      case '+'.code | '-'.code | '*'.code | '/'.code: TOp(String.fromCharCode(c));
      default: throw 'unexpected ${String.fromCharCode(c)}';
    }
  }
  public function all():Array<Token> {
    var out = [];
    while (true) {
      var t = next();
      out.push(t);
      if (t == TEof) break;
    }
    return out;
  }
}

class Parser {
  var toks:Array<Token>;
  var i = 0;
  public function new(t) toks = t;
  function peek() return toks[i];
  function advance() return toks[i++];
  public function expr():Float {
    var v = term();
    while (true) {
      switch peek() {
        case TOp("+"): advance(); v += term();
        case TOp("-"): advance(); v -= term();
        default: break;
      }
    }
    return v;
  }
  function term():Float {
    var v = factor();
    while (true) {
      switch peek() {
        case TOp(op) if (op == "*" || op == "/"):
          advance();
          var r = factor();
          v = op == "*" ? v * r : v / r;
        default:
          return v;
      }
    }
  }
  function factor():Float {
    return switch advance() {
      case TNum(v): v;
      case TOp("-"): -factor();
      case TLParen:
        var v = expr();
        advance();
        v;
      case TIdent("pi"): Math.PI;
      case t: throw 'bad token $t';
    }
  }
}

class Main {
  static function main() {
    var toks = new Lexer("1 + 2 * (3 - 1) / 4 - -pi").all();
    trace(toks.length);
    trace(new Parser(toks).expr());
    var counts = new Map<String, Int>();
    for (t in toks) {
      var k = t.getName();
      counts[k] = (counts.exists(k) ? counts[k] : 0) + 1;
    }
    var keys = [for (k in counts.keys()) k];
    keys.sort(Reflect.compare);
    for (k in keys) trace('$k=${counts[k]}');
  }
}
