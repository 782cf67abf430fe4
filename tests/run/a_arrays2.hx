class Point {
	public var x:Int;
	public var y:Int;
	public function new(x, y) { this.x = x; this.y = y; }
	public function toString() return '($x,$y)';
}

class Main {
	static function show<T>(label:String, a:Array<T>) Sys.println(label + ": " + a.toString());

	static function main() {
		var a = [5, 3, 8, 1, 9, 2];
		show("orig", a);
		var b = a.copy();
		b.sort((x, y) -> x - y);
		show("sorted", b);
		show("orig still", a);
		var removed = a.splice(1, 2);
		show("spliced", a);
		show("removed", removed);
		a.splice(-2, 1);
		show("neg splice", a);
		trace(a.splice(10, 2));
		show("slice", b.slice(2));
		show("slice2", b.slice(1, 4));
		show("slice neg", b.slice(-3, -1));
		show("concat", a.concat(b));
		a.insert(0, 100);
		a.insert(-1, 200);
		a.insert(50, 300);
		show("insert", a);
		trace(a.remove(200) + " " + a.remove(12345));
		show("after remove", a);
		trace(b.indexOf(8) + " " + b.indexOf(42) + " " + b.lastIndexOf(3) + " " + [1, 2, 1, 2].lastIndexOf(2) + " " + [1, 2, 1, 2].indexOf(1, 1));
		trace(b.contains(9) + " " + b.contains(10));
		b.reverse();
		show("reversed", b);
		trace(b.pop() + " " + b.shift() + " " + b.length);
		b.unshift(77);
		b.push(88);
		show("un/push", b);
		var empty:Array<Int> = [];
		trace(empty.pop() + " " + empty.shift());
		show("map", b.map(x -> x * 10));
		show("filter", b.filter(x -> x % 2 == 0));
		var strs = b.map(x -> "n" + x);
		trace(strs.join("-"));
		// iterator and keyValueIterator
		var it = b.iterator();
		var total = 0;
		while (it.hasNext()) total += it.next();
		trace("total " + total);
		for (i => v in ["a", "b", "c"]) Sys.print(i + "=" + v + " ");
		Sys.println("");
		// resize
		var r = [1, 2, 3, 4, 5];
		r.resize(2);
		show("resize down", r);
		// 2D arrays
		var grid = [for (i in 0...3) [for (j in 0...4) i * 4 + j]];
		for (row in grid) Sys.println(row.join(" "));
		var transposed = [for (j in 0...4) [for (i in 0...3) grid[i][j]]];
		trace(transposed);
		grid[1][2] = -1;
		trace(grid[1]);
		var sums = grid.map(row -> Lambda.fold(row, (x, acc) -> x + acc, 0));
		trace(sums);
		// objects
		var pts = [new Point(3, 1), new Point(1, 2), new Point(2, 0)];
		pts.sort((p, q) -> p.x - q.x);
		trace(pts);
		var p0 = pts[0];
		trace(pts.indexOf(p0) + " " + pts.indexOf(new Point(1, 2)));
		// floats & strings & bools
		var fs = [1.5, -2.25, 3.0];
		trace(fs);
		var bs = [true, false];
		trace(bs);
		var ss = ["x", null, "z"];
		trace(ss);
		// array of arrays of strings sort by length
		var words = ["kiwi", "fig", "banana", "apple", "date"];
		words.sort((x, y) -> x.length != y.length ? x.length - y.length : (x < y ? -1 : 1));
		trace(words);
		// writes past end
		var sparse:Array<String> = [];
		sparse[3] = "s";
		trace(sparse.length);
		trace(sparse);
		// nested filter/map chains
		var evensSquared = [for (i in 1...11) i].filter(i -> i % 2 == 0).map(i -> i * i);
		trace(evensSquared);
		trace([for (i in 0...5) if (i != 2) i]);
		var arr2 = [[1, 2], [3], []];
		trace(arr2.length + " " + arr2[2].length);
		trace(Lambda.count(a) + " " + Lambda.has(a, 9) + " " + Lambda.exists(a, x -> x > 50));
		trace(Lambda.array(Lambda.filter(a, x -> x > 5)));
		trace([3, 1, 2].toString());
		var dyn:Array<Dynamic> = [1, "two", 3.5, true, null, [1]];
		trace(dyn);
	}
}
