// haxe.ds.ArraySort: a stable in-place sort for arrays (merge sort, insertion sort on short runs).
// Real Haxe: the whole class; a runtime's Array.sort may use it.

package haxe.ds;

class ArraySort {
	static inline var SHORT = 12;

	/** Sorts `a` in place with `cmp` (negative, zero, positive); equal elements keep their order. */
	public static function sort<T>(a:Array<T>, cmp:T->T->Int):Void {
		if (a.length < 2)
			return;
		var tmp = new Array<T>();
		tmp.resize(a.length);
		sortRange(a, tmp, 0, a.length, cmp);
	}

	// sorts a[lo, hi) using tmp as scratch space
	static function sortRange<T>(a:Array<T>, tmp:Array<T>, lo:Int, hi:Int, cmp:T->T->Int):Void {
		if (hi - lo <= SHORT) {
			insertionSort(a, lo, hi, cmp);
			return;
		}
		var mid = (lo + hi) >> 1;
		sortRange(a, tmp, lo, mid, cmp);
		sortRange(a, tmp, mid, hi, cmp);
		if (cmp(a[mid - 1], a[mid]) <= 0)
			return; // already in order
		for (i in lo...mid)
			tmp[i] = a[i];
		var i = lo, j = mid, k = lo;
		while (i < mid && j < hi) {
			// taking from the left on ties keeps the sort stable
			if (cmp(a[j], tmp[i]) < 0)
				a[k++] = a[j++];
			else
				a[k++] = tmp[i++];
		}
		while (i < mid)
			a[k++] = tmp[i++];
	}

	static function insertionSort<T>(a:Array<T>, lo:Int, hi:Int, cmp:T->T->Int):Void {
		for (i in lo + 1...hi) {
			var v = a[i];
			var j = i - 1;
			while (j >= lo && cmp(a[j], v) > 0) {
				a[j + 1] = a[j];
				j--;
			}
			a[j + 1] = v;
		}
	}
}
