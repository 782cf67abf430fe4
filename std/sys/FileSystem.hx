// sys.FileSystem: files and directories of the host file system.
// Extern: every member is provided by the runtime's platform layer; no Haxe bodies.

package sys;

@:require(sys)
extern class FileSystem {
	static function exists(path:String):Bool;
	static function rename(path:String, newPath:String):Void;
	static function stat(path:String):FileStat;
	static function fullPath(relPath:String):String;
	static function absolutePath(relPath:String):String;
	static function isDirectory(path:String):Bool;

	/** Creates the directory and its missing parents. */
	static function createDirectory(path:String):Void;

	static function deleteFile(path:String):Void;

	/** Deletes an empty directory. */
	static function deleteDirectory(path:String):Void;

	/** The entry names of a directory (not `.` and `..`). */
	static function readDirectory(path:String):Array<String>;
}
