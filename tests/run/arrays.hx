// Arrays: push/pop/shift/unshift/insert/remove, splice/slice/concat, sort with a comparator,
// map/filter/indexOf/join/reverse/copy, array comprehensions, printing.
class Main {
	static function main() {
		var a = [5, 3, 9, 1];
		a.push(7);
		Sys.println(a + " len " + a.length);
		Sys.println(a.pop() + " " + a);
		a.unshift(0);
		Sys.println(a.shift() + " " + a);
		a.insert(2, 42);
		Sys.println(a);
		Sys.println(a.remove(42) + " " + a.remove(100) + " " + a);
		var removed = a.splice(1, 2);
		Sys.println(removed + " " + a);
		var b = [1, 2, 3, 4, 5, 6];
		Sys.println(b.slice(2) + " " + b.slice(1, 3) + " " + b.slice(-2));
		Sys.println(b.concat([7, 8]));
		Sys.println(b.indexOf(4) + " " + b.indexOf(10) + " " + b.lastIndexOf(1));
		var words = ["pear", "fig", "apple", "kiwi"];
		words.sort((x, y) -> x < y ? -1 : (x > y ? 1 : 0));
		Sys.println(words.join(" "));
		var nums = [10, -3, 7, 0, 22, -8];
		nums.sort((x, y) -> x - y);
		Sys.println(nums);
		Sys.println(nums.map(x -> x * 2));
		Sys.println(nums.filter(x -> x > 0).join(";"));
		var c = nums.copy();
		c.reverse();
		Sys.println(c + " " + nums);
		Sys.println([for (i in 0...5) i * i]);
		Sys.println([for (i in 0...10) if (i % 3 == 0) i]);
		var grid = [for (y in 0...3) [for (x in 0...3) x + y * 3]];
		Sys.println(grid);
		Sys.println(grid[1][2]);
		var empty:Array<Int> = [];
		Sys.println(empty.pop() == null);
		Sys.println(empty.length);
		var strs = ["a", "b"];
		strs[4] = "e";
		Sys.println(strs.length + " " + strs);
		var total = 0;
		for (v in b) total += v;
		Sys.println(total);
		Sys.println(b.contains(3) + " " + b.contains(30));
	}
}
