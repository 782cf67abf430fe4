enum abstract HttpStatus(Int) from Int to Int {
  var Ok = 200;
  var NotFound = 404;
  var Error = 500;
  public var isError(get, never):Bool;
  inline function get_isError() return this >= 400;
  public function message():String {
    return switch (cast this : HttpStatus) {
      case Ok: "OK";
      case NotFound: "Not Found";
      case Error: "Server Error";
      case _: "Unknown";
    }
  }
  public static function fromCode(c:Int):HttpStatus return c;
}

enum abstract Op(String) {
  var Add = "+";
  var Sub = "-";
  public inline function apply(a:Int, b:Int):Int return this == "+" ? a + b : a - b;
}

enum abstract Flag(Int) {
  var A = 1;
  var B = 2;
  var C = 4;
  @:op(A | B) static function or(a:Flag, b:Flag):Flag;
  @:op(A & B) static function and(a:Flag, b:Flag):Flag;
  public inline function has(f:Flag) return (cast this : Int) & (cast f : Int) != 0;
}

abstract Celsius(Float) {
  public inline function new(v:Float) this = v;
  @:to public inline function toF():Fahrenheit return new Fahrenheit(this * 9 / 5 + 32);
  public inline function value() return this;
}
abstract Fahrenheit(Float) {
  public inline function new(v:Float) this = v;
  @:to public inline function toC():Celsius return new Celsius((this - 32) * 5 / 9);
  public inline function value() return this;
}

abstract Money(Int) from Int to Int {
  @:op(A + B) public static function add(a:Money, b:Money):Money return (a : Int) + (b : Int);
  @:op(A * B) @:commutative public static function mul(a:Money, b:Int):Money return (a : Int) * b;
  @:op(A == B) public static function eq(a:Money, b:Money):Bool return (a : Int) == (b : Int);
  @:op(A < B) public static function lt(a:Money, b:Money):Bool return (a : Int) < (b : Int);
  @:op(++A) public inline function inc():Money return this = this + 1;
  @:to public function toString():String return '$$' + this;
}

class Main {
  static function main() {
    var s:HttpStatus = 404;
    trace(s.isError, s.message(), HttpStatus.fromCode(200).message());
    var code:Int = s;
    trace(code + 1);
    switch s {
      case Ok: trace("ok");
      case NotFound | Error: trace("bad");
      default: trace("?");
    }
    trace(Add.apply(1, 2), Sub.apply(5, 3));
    var f = A | C;
    trace(f.has(A), f.has(B));
    var c = new Celsius(100);
    var fh:Fahrenheit = c;
    trace(fh.value());
    var m:Money = 5;
    var total = m + 10;
    total = total * 3;
    total = 2 * total;
    ++total;
    trace(total, total == (91 : Money), m < total);
    var str:String = total;
    trace(str);
    var ops = [Add, Sub];
    for (o in ops) trace(o.apply(10, 4));
    var st:Array<HttpStatus> = [Ok, 500];
    trace(st.map(x -> x.message()));
  }
}
