// sys.io.FileSeek: where a seek offset counts from. Real Haxe: a plain enum.

package sys.io;

enum FileSeek {
	SeekBegin;
	SeekCur;
	SeekEnd;
}
