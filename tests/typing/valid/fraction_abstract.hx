class Frac {
  public final num:Int;
  public final den:Int;
  public function new(n:Int, d:Int = 1) {
    if (d == 0) throw "zero denominator";
    var g = gcd(n < 0 ? -n : n, d < 0 ? -d : d);
    if (d < 0) { n = -n; d = -d; }
    num = Std.int(n / g);
    den = Std.int(d / g);
  }
  static function gcd(a:Int, b:Int):Int return b == 0 ? (a == 0 ? 1 : a) : gcd(b, a % b);
  public function toString() return den == 1 ? '$num' : '$num/$den';
}

@:forward(num, den, toString)
abstract Q(Frac) from Frac to Frac {
  public inline function new(n:Int, d:Int = 1) this = new Frac(n, d);
  @:from static inline function fromInt(i:Int):Q return new Q(i);
  @:op(A + B) static function add(a:Q, b:Q):Q return new Q(a.num * b.den + b.num * a.den, a.den * b.den);
  @:op(A - B) static function sub(a:Q, b:Q):Q return new Q(a.num * b.den - b.num * a.den, a.den * b.den);
  @:op(A * B) static function mul(a:Q, b:Q):Q return new Q(a.num * b.num, a.den * b.den);
  @:op(A / B) static function div(a:Q, b:Q):Q return new Q(a.num * b.den, a.den * b.num);
  @:op(-A) static function neg(a:Q):Q return new Q(-a.num, a.den);
  @:op(A == B) static function eq(a:Q, b:Q):Bool return a.num == b.num && a.den == b.den;
  @:op(A < B) static function lt(a:Q, b:Q):Bool return a.num * b.den < b.num * a.den;
  @:to public inline function toFloat():Float return this.num / this.den;
}

class Main {
  static function det(m:Array<Array<Q>>):Q {
    var n = m.length;
    if (n == 1) return m[0][0];
    var total:Q = 0;
    for (c in 0...n) {
      var minor = [for (r in 1...n) [for (cc in 0...n) if (cc != c) m[r][cc]]];
      var term = m[0][c] * det(minor);
      total = c % 2 == 0 ? total + term : total - term;
    }
    return total;
  }
  static function main() {
    var a = new Q(1, 2), b = new Q(1, 3);
    trace(a + b, a - b, a * b, a / b, -a, a == new Q(2, 4), b < a, a + 1, 2 * a);
    var f:Float = a;
    trace(f);
    var m:Array<Array<Q>> = [[2, 0, 1], [new Q(1, 2), 3, 0], [0, 1, new Q(-1, 4)]];
    trace(det(m));
    var harmonic:Q = 0;
    for (i in 1...6) harmonic = harmonic + new Q(1, i);
    trace(harmonic, harmonic.toString());
    try new Frac(1, 0) catch (e:String) trace(e);
  }
}
