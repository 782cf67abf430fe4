class Main {
	static function main() {
		inline f();
		var a = inline f(1, 2);
		var b = inline f() + 1;
		var c = x * inline g() + 2;
		inline x = f();
		var d = inline new Foo();
		inline function local() {}
		var e = inline function(x) return x;
		var f = [inline f()];
		inline function() {};
		var g = inline function named() {};
	}
}
