class Base {
	public var zeta:Int = 1;
	public var alpha:String = "a";
	public function new() {}
}

class Point extends Base {
	public var x:Int = 3;
	public var y:Int = 4;
	public var name = "p";
	public function new() super();
}

class Main {
	static function main() {
		trace({code: 7, text: "anon"});
		trace({a: 1, b: 2, c: 3});
		trace({c: 1, b: 2, a: 3});
		trace({name: "x", age: 3, id: 5});
		var people = [{first: "Ann", last: "Lee", age: 31}, {first: "Bo", last: "Kim", age: 25}];
		trace(people);
		Sys.println(Std.string({x: 1.5, y: -2, label: "pt", visible: true, tags: ["a", "b"]}));
		var o:{x:Int, y:Int} = {y: 1, x: 2};
		trace(o);
		trace(Reflect.fields({width: 1, height: 2, depth: 3}));
		var z:Dynamic = {};
		z.zeta = 1;
		z.alpha = 2;
		z.mid = 3;
		trace(z);
		trace(Reflect.fields(z));
		var p = new Point();
		trace(Reflect.fields(p));
		var d:Dynamic = {b: 1, a: 2};
		Reflect.setField(d, "c", 3);
		Reflect.setField(d, "zz", 4);
		trace(d);
		Reflect.deleteField(d, "b");
		trace(d + " " + Reflect.fields(d).length);
		trace({inner: {q: 1, p: 2}, list: [{k: "v", n: 0}]});
		var cfg = {host: "localhost", port: 8080, secure: false, timeout: 2.5, retries: 3, user: null};
		trace(cfg);
		for (f in Reflect.fields(cfg)) Sys.println(f + " => " + Reflect.field(cfg, f));
	}
}
