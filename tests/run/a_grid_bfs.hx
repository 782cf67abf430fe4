// Grid algorithms: BFS shortest path on a maze, flood fill regions, matrix rotation, spiral order,
// and a tiny cellular automaton; 2D arrays of Int, Bool and String.
class Main {
	static var maze = [
		"S.#.......",
		".##.####..",
		"....#..#.#",
		"##.##.##..",
		"...#...#.E",
	];

	static function bfs(grid:Array<String>):Int {
		var h = grid.length, w = grid[0].length;
		var dist = [for (_ in 0...h) [for (_ in 0...w) -1]];
		var sr = 0, sc = 0;
		for (r in 0...h) for (c in 0...w) if (grid[r].charAt(c) == "S") { sr = r; sc = c; }
		var queue = [[sr, sc]];
		dist[sr][sc] = 0;
		var dirs = [[0, 1], [1, 0], [0, -1], [-1, 0]];
		while (queue.length > 0) {
			var cur = queue.shift();
			var r = cur[0], c = cur[1];
			if (grid[r].charAt(c) == "E") return dist[r][c];
			for (d in dirs) {
				var nr = r + d[0], nc = c + d[1];
				if (nr < 0 || nc < 0 || nr >= h || nc >= w) continue;
				if (grid[nr].charAt(nc) == "#" || dist[nr][nc] != -1) continue;
				dist[nr][nc] = dist[r][c] + 1;
				queue.push([nr, nc]);
			}
		}
		return -1;
	}

	static function regions(grid:Array<Array<Int>>):Int {
		var seen = [for (row in grid) [for (_ in row) false]];
		var count = 0;
		function fill(r:Int, c:Int, v:Int) {
			if (r < 0 || c < 0 || r >= grid.length || c >= grid[0].length) return;
			if (seen[r][c] || grid[r][c] != v) return;
			seen[r][c] = true;
			fill(r + 1, c, v);
			fill(r - 1, c, v);
			fill(r, c + 1, v);
			fill(r, c - 1, v);
		}
		for (r in 0...grid.length) for (c in 0...grid[r].length) if (!seen[r][c]) {
			count++;
			fill(r, c, grid[r][c]);
		}
		return count;
	}

	static function rotate<T>(m:Array<Array<T>>):Array<Array<T>> {
		var n = m.length, k = m[0].length;
		return [for (c in 0...k) [for (r in 0...n) m[n - 1 - r][c]]];
	}

	static function spiral(m:Array<Array<Int>>):Array<Int> {
		var out = [];
		var top = 0, bottom = m.length - 1, left = 0, right = m[0].length - 1;
		while (top <= bottom && left <= right) {
			for (c in left...right + 1) out.push(m[top][c]);
			top++;
			for (r in top...bottom + 1) out.push(m[r][right]);
			right--;
			if (top <= bottom) {
				var c = right;
				while (c >= left) out.push(m[bottom][c--]);
				bottom--;
			}
			if (left <= right) {
				var r = bottom;
				while (r >= top) out.push(m[r--][left]);
				left++;
			}
		}
		return out;
	}

	static function rule30(cells:Array<Bool>):Array<Bool> {
		return [for (i in 0...cells.length) {
			var l = i > 0 && cells[i - 1], c = cells[i], r = i < cells.length - 1 && cells[i + 1];
			l != (c || r);
		}];
	}

	static function main() {
		trace("shortest path: " + bfs(maze));
		var blocked = maze.copy();
		blocked[3] = "##########";
		trace("blocked: " + bfs(blocked));
		var g = [[1, 1, 0, 0], [1, 0, 0, 2], [3, 3, 2, 2], [3, 0, 0, 2]];
		trace("regions: " + regions(g));
		var m = [[1, 2, 3], [4, 5, 6]];
		trace(rotate(m));
		trace(rotate(rotate(m)));
		trace(rotate([["a", "b"], ["c", "d"]]));
		var sq = [for (r in 0...4) [for (c in 0...4) r * 4 + c + 1]];
		trace(spiral(sq));
		trace(spiral([[1, 2, 3]]));
		trace(spiral([[1], [2], [3]]));
		var cells = [for (i in 0...31) i == 15];
		for (_ in 0...8) {
			Sys.println([for (x in cells) x ? "#" : "."].join(""));
			cells = rule30(cells);
		}
		var table = [for (i in 1...6) [for (j in 1...6) i * j]];
		for (row in table) Sys.println(row.map(x -> StringTools.lpad(Std.string(x), " ", 3)).join(""));
		var diag = [for (i in 0...5) table[i][i]];
		var anti = [for (i in 0...5) table[i][4 - i]];
		trace(diag + " " + anti);
		var colSums = [for (c in 0...5) Lambda.fold(table, (row, acc) -> acc + row[c], 0)];
		trace(colSums);
	}
}
