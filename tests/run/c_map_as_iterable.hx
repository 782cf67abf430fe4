class Main {
  static function main() {
    var m = ["a" => 1, "b" => 2];
    var sm:haxe.ds.StringMap<Int> = m;
    trace(sm.get("a"));
    var it:Iterable<Int> = m;
    for (x in it) trace(x);
    var kv:KeyValueIterable<String, Int> = m;
    for (k => v in kv) trace(k, v);
  }
}
