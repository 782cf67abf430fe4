class Main {
	public function new() {}
}
class WithArgs {
	public function new(a:Int, ?b:String, c = 1.5) {
		super();
		this.a = a;
	}
}
class Private {
	private function new() {}
}
class Inline {
	public inline function new<T>(t:T) {}
}
class Uses {
	static function f() {
		var a = new Main();
		var b = new WithArgs(1, "s");
		var c = new haxe.ds.StringMap<Int>();
		var d = new Array<Array<Int>>();
		var e = new Main().toString();
		var g = new pack.Mod.Sub<Int>(1);
	}
}
