abstract Wrapper<T>(T) from T to T {
  public inline function new(v:T) this = v;
  public inline function get():T return this;
  public function map<U>(f:T->U):Wrapper<U> return new Wrapper(f(this));
}

@:forward
abstract SortedList<T>(Array<T>) to Array<T> {
  public inline function new() this = [];
  public function insert(x:T, cmp:(T, T) -> Int):Void {
    var i = 0;
    while (i < this.length && cmp(this[i], x) < 0) i++;
    this.insert(i, x);
  }
}

abstract Matrix(Array<Array<Float>>) {
  public var rows(get, never):Int;
  public var cols(get, never):Int;
  public function new(r:Int, c:Int) this = [for (_ in 0...r) [for (_ in 0...c) 0.0]];
  inline function get_rows() return this.length;
  inline function get_cols() return this[0].length;
  @:op([]) public function row(i:Int):Array<Float> return this[i];
  @:op(A * B) public function mul(o:Matrix):Matrix {
    var m = new Matrix(rows, o.cols);
    for (i in 0...rows) for (j in 0...o.cols) {
      var s = 0.0;
      for (k in 0...cols) s += this[i][k] * o[k][j];
      m[i][j] = s;
    }
    return m;
  }
  public static function identity(n:Int):Matrix {
    var m = new Matrix(n, n);
    for (i in 0...n) m[i][i] = 1;
    return m;
  }
}

abstract Props(Map<String, String>) {
  public function new() this = new Map();
  @:op(a.b) function resolveGet(name:String):String return this.get(name);
  @:op(a.b) function resolveSet(name:String, v:String):String { this.set(name, v); return v; }
}

@:enum abstract Color(Int) {
  var Red = 0xFF0000;
  var Green = 0x00FF00;
}

abstract Id(String) {
  public inline function new(s:String) this = s;
  public inline function toString() return "id:" + this;
}

class IdTools {
  public static function shout(id:Id):String return id.toString().toUpperCase();
}

class Main {
  static function main() {
    var w = new Wrapper(3);
    var w2:Wrapper<String> = w.map(i -> "v" + i);
    var s:String = w2;
    trace(w.get(), s);
    var direct:Wrapper<Float> = 2.5;
    trace(direct.get());
    var sl = new SortedList<Int>();
    for (x in [5, 1, 3]) sl.insert(x, (a, b) -> a - b);
    trace(sl.length, sl[0], sl.join(","));
    var arr:Array<Int> = sl;
    trace(arr);
    var m = Matrix.identity(2);
    m[0][1] = 2;
    var p = m * m;
    trace(p[0][1], p.rows, p.cols);
    var pr = new Props();
    pr.color = "red";
    trace(pr.color);
    var c = Green;
    trace(c == Green, (cast c : Int) == 0x00FF00);
    var id = new Id("x");
    trace(IdTools.shout(id), id.toString());
  }
}
