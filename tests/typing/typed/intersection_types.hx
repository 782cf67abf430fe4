typedef A = {a:Int};
typedef B = {b:String};
class Main {
	static function main() {
		var ab:A & B = {a: 1, b: "x"};
		var n = ab.a;
		var s = ab.b;
	}
}
