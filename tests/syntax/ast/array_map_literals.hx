class Main {
	static function main() {
		var a = [];
		var b = [1, 2, 3];
		var c = [1, 2, 3,];
		var d = [[1], [2, 3]];
		var e = ["a" => 1, "b" => 2];
		var f = [1 => "x", 2 => "y",];
		var g = [a => b + 1, c => d];
		var h = b[0];
		var i = d[1][0];
		var j = [1, 2][0];
		var k = [for (x in b) x => x * 2];
		var l = [x => y ? 1 : 2];
		var m = [key => value => nested];
	}
}
