class Main {
	var a:Array<Array<Int>>;
	var b:Map<String, Array<Array<Int>>>;
	static function main() {
		var x = a > b;
		var y = a >> b;
		var z = a >>> b;
		var w = a >= b;
		var v = a >>= 2;
		var u = a >>>= 2;
		var t = new Array<Array<Int>>();
		var s = a > b > c;
		var r = a > -b;
		var q = a >>= b >>> c;
		var p:Array<Int>= [];
	}
}
