// Bare names of static properties read through their getters (as `Main.counter` does).
class Counter {
  public static var hits(get, null):Int;
  static var n = 0;
  static function get_hits() { n++; return n * 100; }
  public static function twice() return hits + hits;
}
abstract Wrap(Int) {
  public static var made(get, never):Int;
  static var count = 7;
  static function get_made() return count * 2;
  public static var level(get, set):Int;
  static var lv = 1;
  static function get_level() return lv;
  static function set_level(v) { lv = v + 1000; return lv; }
  public inline function new(v) this = v;
  public function madeTimes() return made * this;
}
class Main {
  static var counter(get, set):Int;
  static var _c = 0;
  static function get_counter() { trace("get"); return _c; }
  static function set_counter(v) return _c = v * 2;
  static function main() {
    counter = 5; trace(_c); trace(counter); trace(Main.counter);
    counter += 1; trace(counter);
    trace(Counter.twice()); trace(Counter.hits);
    trace(new Wrap(3).madeTimes()); trace(Wrap.made);
    Wrap.level = 4; trace(Wrap.level); Wrap.level += 1; trace(Wrap.level);
  }
}
