class Main {
	static function main() {
		var a = {x: 1, y: 2};
		var b = {};
		var c = {"quoted": 1, "with space": 2, plain: 3};
		var d = {nested: {deep: {v: true}}, arr: [1, 2]};
		var e = {f: function() return 1, g: x -> x};
		var f = {trailing: 1,};
		var g = {a: 1}.a;
		var h = {$dollar: 1};
		var i = {x: if (a) 1 else 2, y: switch b { case _: 3; }};
		var j = {'single': 1};
		var k = {x: 1, "y": 2}.x;
	}
}
