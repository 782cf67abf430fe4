class Main {
	static function lengthOf<T:{var length(default, null):Int;}>(x:T):Int return x.length;
	static function main() {
		var a = lengthOf("abc");
		var b = lengthOf([1, 2]);
	}
}
