class Main {
	static function main() {
		function named(a:Int):Int {
			return a;
		}
		var anon = function(a:Int) return a;
		var anon2 = function() {};
		inline function inl(x) return x;
		function gen<T>(t:T):T return t;
		function rec(n:Int):Int return n <= 0 ? 0 : rec(n - 1);
		var f = function named2() {};
		function noArgs() trace("x");
		function() {};
		named(1);
		var typed = function(a:Int, ?b:Int = 2):String return "";
	}
}
