typedef SB = StringBuf;

class Main {
  static function main() {
    var s = "\u{1F600} \x41 \t \\ \"q\" \u00e9";
    trace(s.length > 0);
    var re = ~/^[a-z]+$/i;
    trace(re.match("AbC"), ~/\d+/g.replace("a1b22", "#"));
    @:keep var kept = 1;
    var a:Int = 1, b:String = "s", c = [1.5];
    trace(a, b, c);
    var x = { var t = 1; t + 1; };
    trace(x);
    var sb = new SB();
    sb.add("typedef-new");
    trace(sb.toString());
    #if js
    trace("js");
    #elseif interp
    trace("interp");
    #else
    trace("other");
    #end
    var v = #if debug 1 #else 2 #end;
    trace(v);
    var n:Int = Std.parseInt("12");
    switch Std.parseInt("x") {
      case null: trace("not a number");
      case v: trace(v);
    }
    final fn = function(x:Int):Int {
      return x * 2;
    };
    trace(fn(2));
    var multi = 'line1
line2';
    trace(multi.split("\n").length);
    var esc = '$$notInterp ${a + 1} $b';
    trace(esc);
    var cond = a > 0
      && b.length > 0
      || false;
    trace(cond);
    var ch = "abc".charAt(1) + String.fromCharCode("z".code);
    trace(ch);
  }
}
