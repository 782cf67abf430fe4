class Main {
	static function main() {
		var a = new Foo();
		var b = new pack.Foo<Int>(1, 2);
		var c = new Foo().bar();
		var d = new Foo() + 1;
		throw "error";
		throw new Exception("e");
		throw a + b;
		var e = untyped __js__("x");
		untyped x.y = 1;
		var f = untyped a + b;
		(untyped a) + b;
		var h = new Foo.Sub();
		var i = new Foo<Array<Int>>();
	}
}
