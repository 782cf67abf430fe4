// Dynamic values and reflection basics: Dynamic field reads and writes on anonymous objects and class
// instances, Reflect.field/setField/hasField/fields/callMethod/deleteField, Dynamic calls.
class Thing {
	public var size:Int;
	public var label:String;

	public function new(size:Int, label:String) {
		this.size = size;
		this.label = label;
	}

	public function grow(by:Int):Int {
		size += by;
		return size;
	}
}

class Main {
	static function main() {
		var d:Dynamic = {a: 1, b: "two"};
		Sys.println(d.a + 1);
		Sys.println(d.b);
		d.c = 3.5;
		Sys.println(d.c * 2);
		Sys.println(Reflect.hasField(d, "c") + " " + Reflect.hasField(d, "zzz"));
		Sys.println(Reflect.field(d, "b"));
		Reflect.setField(d, "a", 100);
		Sys.println(d.a);
		var names = Reflect.fields(d);
		names.sort((x, y) -> x < y ? -1 : (x > y ? 1 : 0));
		Sys.println(names);
		Reflect.deleteField(d, "b");
		Sys.println(Reflect.hasField(d, "b"));
		var t:Dynamic = new Thing(3, "box");
		Sys.println(t.size + " " + t.label);
		t.size = 10;
		Sys.println(t.grow(5));
		Sys.println(Reflect.field(t, "label"));
		Sys.println(Reflect.callMethod(t, Reflect.field(t, "grow"), [2]));
		var f:Dynamic = (x:Int) -> x * 3;
		Sys.println(f(7));
		Sys.println(Reflect.isFunction(f) + " " + Reflect.isFunction(d));
		var list:Array<Dynamic> = [1, "s", true, 2.5];
		for (x in list) Sys.println(Std.string(x));
		var missing:Dynamic = {};
		Sys.println(missing.nothing == null);
	}
}
