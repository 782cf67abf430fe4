class Main {
	static var x:Int = 1
	static function main() {}
}
