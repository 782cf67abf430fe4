// Runtime test (g): running out of memory is a clear fatal error, never a silent null. Allocates 1 MiB
// blocks (never freed) until the platform refuses to grow the heap; the harness runs it with a small
// heap limit. Takes: nothing. Gives: stdout (expected.txt), the stderr substring in
// expected-stderr.txt and the exit code in expected-exit.txt.
// The loop touches each block (a null would trap or be reported below) and gives up after 100000
// blocks (100 GiB) so that a broken allocator fails the test instead of hanging it.

import rayzor.Ptr;

class Main {
	static function main() {
		Sys.println("allocating 1 MiB blocks until out of memory");
		var count = 0;
		while (count < 100000) {
			var p = Ptr.alloc(1048576);
			if (p.isNull()) {
				Sys.println("malloc returned null after " + count + " blocks");
				return;
			}
			p.setI32(0, count);
			p.setI32(1048572, count);
			count++;
		}
		Sys.println("no out-of-memory error after " + count + " blocks");
	}
}
