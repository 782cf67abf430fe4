import haxe.ds.StringMap;
import Math.max as maximum;
class Main {
	static function main() {
		var m = new StringMap<Int>();
		m.set("a", 1);
		var v = m.get("a");
		var x = maximum(1, 2);
	}
}
