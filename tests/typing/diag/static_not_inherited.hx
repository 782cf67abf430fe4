class St {
  public static var v = 1;
  public static function f() return v * 10;
}
class St2 extends St {
  public static function g() return St.f() + f();
}
class Main {
  static function main() {
    trace(St2.g());
  }
}
