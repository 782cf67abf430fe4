class Main {
  static function process(d:Dynamic):String {
    if (d == null) return "null";
    if (Std.isOfType(d, Array)) return "arr" + (d : Array<Dynamic>).length;
    if (Reflect.isObject(d) && Reflect.hasField(d, "name")) return "obj " + d.name;
    return Std.string(d);
  }
  static function main() {
    var d:Dynamic = {name: "x", nested: {list: ([1, 2, {deep: () -> "called"}] : Array<Dynamic>)}, count: 2};
    trace(d.name, d.nested.list[2].deep(), d.count + 1, d.missing == null);
    d.count += 5;
    d.newField = [1];
    d.newField.push(2);
    trace(d.count, d.newField.length, '${d.name}!');
    var n:Int = d.count;
    var s:String = d.name;
    var arr:Array<Int> = d.newField;
    trace(n, s, arr);
    trace(process(null), process([1, 2]), process(d), process(3.5));
    var list:Array<Dynamic> = [];
    list.push(1);
    list.push("two");
    list.push({three: 3});
    for (x in list) trace(x);
    var fn:Dynamic = function(a, b) return a + b;
    trace(fn(1, 2), Reflect.callMethod(null, fn, [3, 4]));
    var anyObj:Any = d;
    var back:Dynamic = anyObj;
    trace(back.name);
    var m:Map<String, Dynamic> = ["a" => 1, "b" => "x", "c" => [1]];
    trace(m["c"][0], m["b"].length);
    var dyn2 = d;
    dyn2 = 5;
    trace(dyn2 * 2);
    var u = untyped d.name;
    trace(u);
  }
}
