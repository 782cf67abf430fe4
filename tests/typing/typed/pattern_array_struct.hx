class Main {
	static function main() {
		var a = [1, 2];
		var s = switch (a) {
			case []: "empty";
			case [x]: "one " + x;
			case [x, y]: "two " + (x + y);
			case _: "many";
		}
		var o = {name: "a", age: 3};
		var t = switch (o) {
			case {name: "a", age: n}: n;
			case {age: n}: -n;
		}
	}
}
