class Main {
	static function main() {
		function fib(n:Int):Int return n < 2 ? n : fib(n - 1) + fib(n - 2);
		var r = fib(10);
	}
}
