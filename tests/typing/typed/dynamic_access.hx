class Main {
	static function main() {
		var d:Dynamic = {x: 1};
		var x = d.x;
		d.y = "a";
		var r = d.f(1, 2);
		var i:Int = d.x;
	}
}
