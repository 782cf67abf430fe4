typedef Config = {
	var name:String;
	@:optional var port:Int;
	@:optional var debug:Bool;
	var ?tags:Array<String>;
}

class User {
	public var name:String;
	public var email:Null<String>;
	public var manager:Null<User>;

	public function new(name:String, ?email:String, ?manager:User) {
		this.name = name;
		this.email = email;
		this.manager = manager;
	}
}

class Main {
	static function greet(name:String, ?greeting:String, times:Int = 1, ?punct:String = "!"):String {
		if (greeting == null) greeting = "Hello";
		var parts = [];
		for (i in 0...times) parts.push(greeting + ", " + name + punct);
		return parts.join(" ");
	}

	static function sum(a:Int, ?b:Int, ?c:Null<Int>):Int {
		var r = a;
		if (b != null) r += b;
		if (c != null) r += c;
		return r;
	}

	static function scale(v:Float, factor:Float = 2.0):Float return v * factor;

	static function find(arr:Array<String>, s:String):Null<Int> {
		for (i in 0...arr.length) if (arr[i] == s) return i;
		return null;
	}

	static function orDefault<T>(v:Null<T>, d:T):T return v != null ? v : d;

	static function describe(c:Config):String {
		var port = c.port != null ? c.port : 80;
		var dbg = c.debug == true ? "debug" : "release";
		var tags = c.tags == null ? "none" : c.tags.join("+");
		return c.name + ":" + port + " " + dbg + " tags=" + tags;
	}

	static function main() {
		Sys.println(greet("Ann"));
		Sys.println(greet("Bob", "Hi"));
		Sys.println(greet("Cy", null, 2));
		Sys.println(greet("Di", "Yo", 2, "?"));
		Sys.println(greet("Ed", null, 1, null));
		Sys.println(sum(1) + " " + sum(1, 2) + " " + sum(1, 2, 3) + " " + sum(1, null, 3));
		Sys.println(scale(3) + " " + scale(3, 0.5));

		var idx = find(["a", "b", "c"], "b");
		var missing = find(["a"], "z");
		Sys.println(idx + " " + missing + " " + (missing == null));
		if (idx != null) Sys.println("found at " + (idx + 1));
		Sys.println(orDefault(missing, -1) + " " + orDefault("x", "y") + " " + orDefault(null, "fallback"));

		Sys.println(describe({name: "web"}));
		Sys.println(describe({name: "api", port: 8080, debug: true, tags: ["a", "b"]}));
		Sys.println(describe({name: "db", debug: false}));

		var boss = new User("Boss", "boss@corp");
		var u = new User("Worker", null, boss);
		var v = new User("Solo");
		for (x in [boss, u, v]) {
			var mgr = x.manager != null ? x.manager.name : "(none)";
			var mail = x.email != null ? x.email.toUpperCase() : "(no email)";
			Sys.println(x.name + " mgr=" + mgr + " mail=" + mail);
		}
		// chains of null checks
		var chainMail = u.manager != null && u.manager.email != null ? u.manager.email : "?";
		Sys.println(chainMail);

		// Null<Int> arithmetic and comparisons
		var a:Null<Int> = 5;
		var b:Null<Int> = null;
		Sys.println((a + 1) + " " + (a == 5) + " " + (b == null) + " " + (a != b));
		var maybe:Array<Null<Int>> = [1, null, 3, null];
		var cnt = 0;
		var s = 0;
		for (m in maybe) {
			if (m == null) cnt++;
			else s += m;
		}
		Sys.println("nulls=" + cnt + " sum=" + s + " " + maybe);
		var nf:Null<Float> = null;
		Sys.println(nf == null ? "no float" : "float " + nf);
		var nb:Null<Bool> = null;
		Sys.println(nb + " " + (nb == null) + " " + (nb == true));
		nb = false;
		Sys.println(nb + " " + (nb == false));

		// null strings
		var ns:String = null;
		Sys.println("concat: " + ns + "|" + (ns == null ? "was null" : ns));
		var arr:Array<String> = null;
		Sys.println(arr == null ? 0 : arr.length);

		// dynamic nulls
		var d:Dynamic = null;
		Sys.println(d == null);
		d = {x: null};
		Sys.println(d.x == null);
		Sys.println(d.nope == null);

		// map get returns null
		var m = new Map<String, Int>();
		m.set("k", 0);
		var got = m.get("k");
		var none = m.get("q");
		Sys.println(got + " " + none + " " + (none == null) + " " + (got == null));
		// optional function argument
		function apply(f:Null<Int->Int>, x:Int):Int return f == null ? x : f(x);
		Sys.println(apply(null, 4) + " " + apply(y -> y * y, 4));
		var cb:Void->Void = null;
		if (cb != null) cb();
		Sys.println("done");
	}
}
