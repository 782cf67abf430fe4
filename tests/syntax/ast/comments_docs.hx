// A line comment before everything.
/* A block comment. */

/**
	Class documentation.
**/
class Main {
	/** Field documentation. */
	static var x:Int = 1; // trailing comment

	/* not a doc comment */
	static var y:Int = 2;

	/**
	 * Method documentation,
	 * several lines.
	 */
	static function main() {
		var a = 1 /* inside */ + /** also inside */ 2;
		// var b = 3;
		/* var c = 4; */
		var d = "// not a comment" + "/* nor this */";
	}

	/***/
	static var z:Int;
	/**/
	static var w:Int;

	/** The first of two doc comments documents the field. */
	/** Not this one. */
	static var v:Int;

	/** Documents `u` through the condition. */
	#if !undefined_flag
	static var u:Int;
	#end
	#if undefined_flag
	/** Lost with the skipped branch. */
	#end
	static var t:Int;
}

/** Enum documentation. */
enum E {
	/** Constructor documentation. */
	A;
	B; /** Documents C, not B. */
	C;
}
