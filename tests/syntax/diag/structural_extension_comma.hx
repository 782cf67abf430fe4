typedef A = {x:Int};
typedef B = {> A };

class Main {
	static function main() {
	}
}
