interface Plugin {
	function run(input:String):String;
}

class Upper implements Plugin {
	public function new() {}
	public function run(input:String):String return input.toUpperCase();
}

class Repeat implements Plugin {
	var times:Int;
	public function new(times:Int = 2) this.times = times;
	public function run(input:String):String return [for (_ in 0...times) input].join("");
}

class Wrap implements Plugin {
	var left:String;
	var right:String;
	public function new(left:String, ?right:String) {
		this.left = left;
		this.right = right == null ? left : right;
	}
	public function run(input:String):String return left + input + right;
}

class Record {
	public var id:Int;
	public var title:String;
	public var score:Float;
	public var active:Bool;
	public function new(id:Int, title:String, score:Float, active:Bool) {
		this.id = id;
		this.title = title;
		this.score = score;
		this.active = active;
	}
	public function summary():String return title + "#" + id;
	public static function blank():Record return new Record(0, "", 0, false);
	public static var created = 0;
}

class Main {
	static function serialize(o:Dynamic):String {
		var cls = Type.getClass(o);
		var names = Type.getInstanceFields(cls).filter(n -> !Reflect.isFunction(Reflect.field(o, n)));
		names.sort(Reflect.compare);
		return Type.getClassName(cls) + "{" + [for (n in names) n + "=" + Reflect.field(o, n)].join(",") + "}";
	}

	static function main() {
		var specs:Array<{name:String, args:Array<Dynamic>}> = [
			{name: "Upper", args: []},
			{name: "Repeat", args: [3]},
			{name: "Repeat", args: []},
			{name: "Wrap", args: ["<", ">"]},
			{name: "Wrap", args: ["*"]},
			{name: "Missing", args: []},
		];
		for (s in specs) {
			var cls = Type.resolveClass(s.name);
			if (cls == null) {
				Sys.println(s.name + ": no such class");
				continue;
			}
			var p:Plugin = Type.createInstance(cls, s.args);
			Sys.println(s.name + " " + s.args + " -> " + p.run("ab") + " isPlugin=" + Std.isOfType(p, Plugin));
		}

		var r = new Record(7, "seven", 7.5, true);
		Sys.println(serialize(r));
		var fields = Type.getInstanceFields(Record);
		fields.sort(Reflect.compare);
		Sys.println(fields);
		var statics = Type.getClassFields(Record);
		statics.sort(Reflect.compare);
		Sys.println(statics);

		// copy via reflection
		var copy:Record = Type.createEmptyInstance(Record);
		for (f in Type.getInstanceFields(Record)) {
			var v = Reflect.field(r, f);
			if (!Reflect.isFunction(v)) Reflect.setField(copy, f, v);
		}
		copy.id = 8;
		Sys.println(serialize(copy) + " " + copy.summary());
		var made:Record = Type.createInstance(Record, [1, "one", 0.5, false]);
		Sys.println(made.summary() + " " + Type.getClassName(Type.getClass(made)));
		Sys.println(Reflect.callMethod(made, Reflect.field(made, "summary"), []));
		var e = Type.resolveEnum("haxe.ds.Option");
		Sys.println(e == null ? "Option not compiled" : Type.getEnumName(e));
	}
}
