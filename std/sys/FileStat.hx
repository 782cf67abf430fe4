// sys.FileStat: what sys.FileSystem.stat tells about a file. Real Haxe: a structure typedef.

package sys;

typedef FileStat = {
	var gid:Int;
	var uid:Int;
	var atime:Date;
	var mtime:Date;
	var ctime:Date;
	var size:Int;
	var dev:Int;
	var ino:Int;
	var nlink:Int;
	var rdev:Int;
	var mode:Int;
}
