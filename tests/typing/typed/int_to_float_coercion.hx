class Main {
	static function half(x:Float):Float return x / 2;
	static function main() {
		var x:Float = 3;
		var y = half(4);
		var arr:Array<Float> = [1, 2.5, 3];
	}
}
