class Main {
	static function main() {
		var a = [];
		a.push(1);
		var b = null;
		b = "text";
		var f = function(x) return x * 2;
		var n = f(21);
	}
}
