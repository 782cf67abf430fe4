import haxe.Json;

typedef Item = {
	var id:Int;
	var name:String;
	var price:Float;
	var tags:Array<String>;
}

class Main {
	static function main() {
		var text = '{"store":"corner","open":true,"items":[{"id":1,"name":"pen","price":1.5,"tags":["office"]},{"id":2,"name":"mug","price":7.25,"tags":[]}],"owner":null,"rating":4}';
		var data:Dynamic = Json.parse(text);
		Sys.println(data.store + " open=" + data.open + " rating=" + data.rating + " owner=" + data.owner);
		var items:Array<Item> = data.items;
		var total = 0.0;
		for (it in items) {
			Sys.println("#" + it.id + " " + it.name + " $" + it.price + " tags=" + it.tags.length);
			total += it.price;
		}
		Sys.println("total " + total);

		// stringify simple values
		Sys.println(Json.stringify(42) + " " + Json.stringify("hi \"there\"\n") + " " + Json.stringify(true) + " " + Json.stringify(null));
		Sys.println(Json.stringify([1, 2, 3]) + " " + Json.stringify([1.5, -0.25]) + " " + Json.stringify(["a", "b"]));
		Sys.println(Json.stringify({a: 1}));
		Sys.println(Json.stringify({list: [{x: 1}, {x: 2}]}));
		Sys.println(Json.stringify([[1, 2], [], [3]]));

		// roundtrip
		var obj = {name: "Widget", size: 3, ratio: 0.5, parts: ["a", "b"], nested: {deep: true}};
		var s = Json.stringify(obj);
		var back:Dynamic = Json.parse(s);
		Sys.println(back.name + " " + back.size + " " + back.ratio + " " + back.parts[1] + " " + back.nested.deep);
		Sys.println(Reflect.fields(back).length);

		// pretty print
		Sys.println(Json.stringify({k: [1, 2], v: "x"}, null, "  "));
		// replacer
		Sys.println(Json.stringify({a: 1, b: 2}, function(key:Dynamic, value:Dynamic):Dynamic {
			if (key == "b") return value * 100;
			return value;
		}));

		// parse variety
		var arr:Array<Dynamic> = Json.parse('[1, 2.5, "three", false, null, {"k": [ ]}, -3e2]');
		for (x in arr) Sys.println(Std.string(x) + " : " + Type.typeof(x));
		var esc:String = Json.parse('"tab\\tnew\\nline \\u0041\\u00e9 \\"q\\" \\\\ \\/"');
		Sys.println(esc);
		Sys.println(Json.stringify(esc));
		var deep:Dynamic = Json.parse('{"a":{"b":{"c":[10,20,{"d":"found"}]}}}');
		Sys.println(deep.a.b.c[2].d + " " + deep.a.b.c[0]);
		// errors
		for (bad in ['{"a":', '[1,2', 'nope', '{"a" 1}']) {
			try {
				Json.parse(bad);
				Sys.println("parsed?!");
			} catch (e:Dynamic) {
				Sys.println("error parsing " + bad);
			}
		}
		// Dynamic access patterns
		var cfg:Dynamic = Json.parse('{"width": 800, "height": 600, "title": "App"}');
		for (f in ["width", "height", "depth"]) Sys.println(f + " -> " + Reflect.field(cfg, f) + " has=" + Reflect.hasField(cfg, f));
		var area:Float = cfg.width * cfg.height;
		Sys.println(area);
	}
}
