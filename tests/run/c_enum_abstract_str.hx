enum abstract Cmd(String) from String to String { var Push = "push"; var Pop = "pop"; }
abstract Name(String) { public inline function new(s:String) this = s; }
class Main {
  static function main() {
    var parts = "push pop x".split(" ");
    var a:Null<String> = parts[0];
    var b:Null<String> = "pu" + "sh";
    trace(a == b, a != b);
    var c:Cmd = parts[1];
    trace(c == Pop, c != Pop, c == Push);
    var m = new Map<Cmd, Int>();
    m[c] = 1; m[Pop] = m[Pop] + 1;
    trace(m[parts[1]], m.exists(Push));
    var n1 = new Name(parts[2]), n2 = new Name("x");
    trace(n1 == n2);
    var arr:Array<Cmd> = [Push, Pop];
    trace(arr.indexOf(parts[1]), arr.contains(parts[0]));
  }
}
