// haxe.ds.Either<L, R>: a value of one of two types. Real Haxe: a plain enum.

package haxe.ds;

enum Either<L, R> {
	Left(v:L);
	Right(v:R);
}
