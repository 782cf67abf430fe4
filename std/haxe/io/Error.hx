// haxe.io.Error: errors of the haxe.io classes. Real Haxe: a plain enum.

package haxe.io;

enum Error {
	/** The operation would block. */
	Blocked;

	/** A value does not fit in the requested format. */
	Overflow;

	/** A position or length lies outside the data. */
	OutsideBounds;

	/** Any other error. */
	Custom(e:Dynamic);
}
