; rayzor: 2 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.data = internal global [8 x i8] c"\00\00\00\00\00\00\00\00", align 16
@rz.relocs = internal constant [1 x i32] [i32 0]
@rz.live = internal global i32 0
@rz.peak = internal global i32 0
@rz.allocs = internal global i32 0
@rz.frees = internal global i32 0
@rz.limit = internal global i64 9223372036854775807
declare ptr @rz_sys_alloc(i64)
declare ptr @rz_sys_realloc(ptr, i64, i64)
declare void @rz_sys_free(ptr)
declare void @rz_oom(i32) #2
declare i64 @rz_heap_limit()

; the system allocator with the runtime's statistics (see module.ts)
define internal ptr @rayzor_malloc(i32 %size) #0 {
entry:
  %bad = icmp ugt i32 %size, 2146435072
  br i1 %bad, label %oom, label %check, !prof !1
check:
  %live = load i32, ptr @rz.live
  %live64 = sext i32 %live to i64
  %size64 = zext i32 %size to i64
  %want = add i64 %live64, %size64
  %lim = load i64, ptr @rz.limit
  %over = icmp sgt i64 %want, %lim
  br i1 %over, label %oom, label %get, !prof !1
get:
  %zero = icmp eq i32 %size, 0
  %n = select i1 %zero, i64 1, i64 %size64
  %p = call ptr @rz_sys_alloc(i64 %n)
  %null = icmp eq ptr %p, null
  br i1 %null, label %oom, label %done, !prof !1
done:
  %c = load i32, ptr @rz.allocs
  %c1 = add i32 %c, 1
  store i32 %c1, ptr @rz.allocs
  %nl = trunc i64 %want to i32
  store i32 %nl, ptr @rz.live
  %pk = load i32, ptr @rz.peak
  %up = icmp sgt i32 %nl, %pk
  %np = select i1 %up, i32 %nl, i32 %pk
  store i32 %np, ptr @rz.peak
  ret ptr %p
oom:
  call void @rz_oom(i32 %size)
  unreachable
}

define internal ptr @rayzor_realloc(ptr %p, i32 %old, i32 %new) #0 {
entry:
  %fresh = icmp eq ptr %p, null
  br i1 %fresh, label %alloc, label %check0
alloc:
  %q0 = call ptr @rayzor_malloc(i32 %new)
  ret ptr %q0
check0:
  %bad = icmp ugt i32 %new, 2146435072
  br i1 %bad, label %oom, label %check, !prof !1
check:
  %live = load i32, ptr @rz.live
  %delta = sub i32 %new, %old
  %live64 = sext i32 %live to i64
  %delta64 = sext i32 %delta to i64
  %want = add i64 %live64, %delta64
  %lim = load i64, ptr @rz.limit
  %over = icmp sgt i64 %want, %lim
  br i1 %over, label %oom, label %get, !prof !1
get:
  %zero = icmp eq i32 %new, 0
  %new64 = zext i32 %new to i64
  %n = select i1 %zero, i64 1, i64 %new64
  %old64 = zext i32 %old to i64
  %q = call ptr @rz_sys_realloc(ptr %p, i64 %old64, i64 %n)
  %null = icmp eq ptr %q, null
  br i1 %null, label %oom, label %done, !prof !1
done:
  %nl = trunc i64 %want to i32
  store i32 %nl, ptr @rz.live
  %pk = load i32, ptr @rz.peak
  %up = icmp sgt i32 %nl, %pk
  %np = select i1 %up, i32 %nl, i32 %pk
  store i32 %np, ptr @rz.peak
  ret ptr %q
oom:
  call void @rz_oom(i32 %new)
  unreachable
}

define internal void @rayzor_free(ptr %p, i32 %size) #0 {
entry:
  %null = icmp eq ptr %p, null
  br i1 %null, label %done, label %release
release:
  call void @rz_sys_free(ptr %p)
  %live = load i32, ptr @rz.live
  %nl = sub i32 %live, %size
  store i32 %nl, ptr @rz.live
  %f = load i32, ptr @rz.frees
  %f1 = add i32 %f, 1
  store i32 %f1, ptr @rz.frees
  br label %done
done:
  ret void
}

define internal void @rayzor_get_memory_stats(ptr %out) #0 {
entry:
  %null = icmp eq ptr %out, null
  br i1 %null, label %done, label %write
write:
  %live = load i32, ptr @rz.live
  store i32 %live, ptr %out, align 1
  %peak = load i32, ptr @rz.peak
  %o4 = getelementptr i8, ptr %out, i64 4
  store i32 %peak, ptr %o4, align 1
  %allocs = load i32, ptr @rz.allocs
  %o8 = getelementptr i8, ptr %out, i64 8
  store i32 %allocs, ptr %o8, align 1
  %frees = load i32, ptr @rz.frees
  %o12 = getelementptr i8, ptr %out, i64 12
  store i32 %frees, ptr %o12, align 1
  br label %done
done:
  ret void
}

define internal void @rayzor_main() #0 {
bb0:
  ret void
}

define internal i32 @fresh() #0 {
bb0:
  %v1 = call ptr @rayzor_malloc(i32 24)
  %t0 = getelementptr i8, ptr %v1, i64 16
  %v2 = load i32, ptr %t0, align 1
  %v4 = call ptr @rayzor_realloc(ptr %v1, i32 24, i32 4096)
  %t1 = getelementptr i8, ptr %v4, i64 4000
  %v5 = load i32, ptr %t1, align 1
  %v6 = add i32 %v2, %v5
  call void @rayzor_free(ptr %v4, i32 4096)
  ret i32 %v6
}

; the program: relocate the data image, then run (called by main in platform.c)
define void @rayzor_entry() {
entry:
  %lim = call i64 @rz_heap_limit()
  store i64 %lim, ptr @rz.limit
  br label %reloc
reloc:
  %i = phi i32 [ 0, %entry ], [ %i1, %reloc ]
  %op = getelementptr [1 x i32], ptr @rz.relocs, i64 0, i32 %i
  %o = load i32, ptr %op
  %a = getelementptr i8, ptr @rz.data, i32 %o
  %rel = load i64, ptr %a, align 1
  %abs = add i64 %rel, ptrtoint (ptr @rz.data to i64)
  store i64 %abs, ptr %a, align 1
  %i1 = add i32 %i, 1
  %more = icmp ult i32 %i1, 1
  br i1 %more, label %reloc, label %run
run:
  call void @rayzor_main()
  ret void
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
