// A structure pattern is the single constructor of its type: rows of structure patterns can cover
// every value, on anonymous structures and on class instances alike.
enum Tri { A; B; C; }
class Item {
  public var kind:Tri;
  public var n:Int;
  public function new(k, n) { kind = k; this.n = n; }
}
class Main {
  static function f(o:Item) return switch o {
    case {kind: A}: 1;
    case {kind: B, n: 0}: 2;
    case {kind: B | C}: 3;
  }
  static function g(o:{kind:Tri, ok:Bool}) return switch o {
    case {kind: A, ok: true}: "a!";
    case {ok: false}: "no";
    case {kind: _}: "other";
  }
  static function main() trace(f(new Item(B, 1)), g({kind: C, ok: true}));
}
