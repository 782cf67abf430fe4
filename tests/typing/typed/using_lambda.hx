using Lambda;
class Main {
	static function main() {
		var a = [1, 2, 3];
		var total = a.fold((x, acc) -> x + acc, 0);
		var has = a.exists(x -> x > 2);
		var found = a.find(x -> x == 2);
	}
}
