enum abstract Color(Int) to Int {
	var Red = 1;
	var Green = 2;
	public function isWarm() return this == Red;
}
class Main {
	static function main() {
		var c = Red;
		var i:Int = c;
		var w = c.isWarm();
		var name = switch (c) {
			case Red: "red";
			case Green: "green";
		}
	}
}
