function top(a:Int):Int {
	return a * 2;
}

var counter = 0;
final limit:Int = 10;
private function helper() {}
inline function fast(x:Float) return x;
macro function mac(e) return e;
extern inline function ext():Void;
dynamic function dyn() {}
var prop(get, never):Int;

class Main {
	static function main() {
		top(counter);
	}
}
