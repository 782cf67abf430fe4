enum Tri { A; B; C; }
enum Wrap { W(t:Tri); N(w:Wrap); Z; }
enum abstract Mode(Int) { var On = 1; var Off = 0; }
enum Opt<T> { Some(v:T); None; }

class Main {
  static function f1(b:Bool) return switch b { case true: 1; case false: 0; }
  static function f2(t:Null<Tri>) return switch t { case A: "a"; case B: "b"; case C: "c"; }
  static function f3(m:Mode) return switch m { case On: 1; case Off: 0; }
  static function f4(w:Wrap):Int return switch w {
    case W(A) | W(B): 1;
    case W(C): 2;
    case N(N(_)): 3;
    case N(W(_) | Z): 4;
    case Z: 5;
  }
  static function f5(a:Bool, b:Bool) return switch [a, b] {
    case [true, true]: 3;
    case [true, false]: 2;
    case [false, true]: 1;
    case [false, false]: 0;
  }
  static function f6(t:Tri) return switch t {
    case A if (Math.random() > 2): 0;
    case A: 1;
    case B | C: 2;
  }
  static function f7(o:Opt<Opt<Int>>) return switch o {
    case Some(Some(v)): v;
    case Some(None): -1;
    case None: -2;
  }
  static function f8(a:Array<Int>) return switch a {
    case []: 0;
    case [x]: x;
    case _: -1;
  }
  static function f9(t:Tri, m:Mode) return switch [t, m] {
    case [A, On]: 1;
    case [A, Off]: 2;
    case [B | C, _]: 3;
  }
  static function f10(o:{kind:Tri, n:Int}) return switch o {
    case {kind: A}: 1;
    case {kind: B, n: 0}: 2;
    case {kind: B | C}: 3;
  }
  static function f11(b:Null<Bool>) return switch b { case true: 1; case false: 0; case null: -1; }
  static function main() {
    trace(f1(true), f2(B), f3(On), f4(N(Z)), f5(true, false), f6(A), f7(Some(None)), f8([5]), f9(C, Off), f10({kind: B, n: 1}), f11(null));
  }
}
