class Main {
	static function lengthOf<T:{length:Int}>(x:T):Int return x.length;
	static function main() {
		var a = lengthOf("abc");
		var b = lengthOf([1, 2]);
	}
}
