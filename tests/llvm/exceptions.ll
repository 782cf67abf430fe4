; rayzor: 9 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.table = internal constant [1 x ptr] [ptr @risky]
@rz.top = internal global ptr null
@rz.exn = internal global ptr null
@rz.live = internal global i32 0
@rz.peak = internal global i32 0
@rz.allocs = internal global i32 0
@rz.frees = internal global i32 0
@rz.limit = internal global i64 9223372036854775807
declare i32 @_setjmp(ptr) #1
declare void @longjmp(ptr, i32) #2
declare void @rz_uncaught() #2
declare ptr @rz_sys_alloc(i64)
declare ptr @rz_sys_realloc(ptr, i64, i64)
declare void @rz_sys_free(ptr)
declare void @rz_oom(i32) #2

; raise a Haxe exception: pop the innermost handler record and longjmp into its invoke
define internal void @rz.throw(ptr %v) #2 {
entry:
  store ptr %v, ptr @rz.exn
  %h = load ptr, ptr @rz.top
  %none = icmp eq ptr %h, null
  br i1 %none, label %uncaught, label %jump
uncaught:
  call void @rz_uncaught()
  unreachable
jump:
  %prev = load ptr, ptr %h
  store ptr %prev, ptr @rz.top
  %buf = getelementptr i8, ptr %h, i64 16
  call void @longjmp(ptr %buf, i32 1)
  unreachable
}

; the system allocator (tests/llvm/allocator.ll shows it)
declare ptr @rayzor_malloc(i32)
declare ptr @rayzor_realloc(ptr, i32, i32)
declare void @rayzor_free(ptr, i32)
declare void @rayzor_get_memory_stats(ptr)

define internal i32 @risky(i32 %v0) #0 {
bb0:
  %t0 = icmp slt i32 %v0, 0
  %v2 = zext i1 %t0 to i32
  br i1 %t0, label %bb1, label %bb2
bb1:
  %v4 = call ptr @rayzor_malloc(i32 8)
  %t1 = getelementptr i8, ptr %v4, i64 4
  store i32 %v0, ptr %t1, align 1
  call void @rz.throw(ptr %v4)
  unreachable
bb2:
  %v6 = mul i32 %v0, 3
  ret i32 %v6
}

define internal i32 @passThrough(i32 %v0) #0 {
bb0:
  %v1 = call i32 @risky(i32 %v0)
  %v3 = add i32 %v1, 1
  ret i32 %v3
}

define internal i32 @catchIt(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %v2 = add i32 %v0, 500
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = call i32 @passThrough(i32 %v0)
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t5 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v3 = phi i32 [ %t4, %bb0.call ]
  %v4 = phi i32 [ %v2, %bb0.call ]
  %v5 = add i32 %v3, %v4
  ret i32 %v5
bb2:
  %v6 = phi ptr [ %t5, %bb0.catch ]
  %v7 = phi i32 [ %v2, %bb0.catch ]
  %t6 = getelementptr i8, ptr %v6, i64 4
  %v8 = load i32, ptr %t6, align 1
  %v9 = sub i32 %v7, %v8
  ret i32 %v9
}

define internal i32 @rethrow(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = call i32 @risky(i32 %v0)
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t5 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v1 = phi i32 [ %t4, %bb0.call ]
  ret i32 %v1
bb2:
  %v2 = phi ptr [ %t5, %bb0.catch ]
  %t6 = getelementptr i8, ptr %v2, i64 4
  %v3 = load i32, ptr %t6, align 1
  %v5 = mul i32 %v3, 100
  %t7 = getelementptr i8, ptr %v2, i64 4
  store i32 %v5, ptr %t7, align 1
  call void @rz.throw(ptr %v2)
  unreachable
}

define internal i32 @outer(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = call i32 @rethrow(i32 %v0)
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t5 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v1 = phi i32 [ %t4, %bb0.call ]
  ret i32 %v1
bb2:
  %v2 = phi ptr [ %t5, %bb0.catch ]
  %t6 = getelementptr i8, ptr %v2, i64 4
  %v3 = load i32, ptr %t6, align 1
  ret i32 %v3
}

define internal i32 @viaTable(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = getelementptr [1 x ptr], ptr @rz.table, i64 0, i32 0
  %t5 = load ptr, ptr %t4
  %t6 = call i32 (i32) %t5(i32 %v0)
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t7 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v2 = phi i32 [ %t6, %bb0.call ]
  ret i32 %v2
bb2:
  %v3 = phi ptr [ %t7, %bb0.catch ]
  ret i32 -1
}

define internal i32 @countThrows(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  br label %bb1
bb1:
  %v2 = phi i32 [ 0, %bb0 ], [ %v10, %bb3 ], [ %v12, %bb4 ]
  %v3 = phi i32 [ 0, %bb0 ], [ %v3, %bb3 ], [ %v13, %bb4 ]
  %t0 = icmp slt i32 %v2, %v0
  %v4 = zext i1 %t0 to i32
  br i1 %t0, label %bb2, label %bb5
bb2:
  %v6 = srem i32 %v2, 3
  %v8 = sub i32 %v6, 1
  %t1 = load ptr, ptr @rz.top
  store ptr %t1, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t4 = getelementptr i8, ptr %rz.h, i64 16
  %t2 = call i32 @_setjmp(ptr %t4) #1
  %t3 = icmp eq i32 %t2, 0
  br i1 %t3, label %bb2.call, label %bb2.catch, !prof !0
bb2.call:
  %t5 = call i32 @risky(i32 %v8)
  store ptr %t1, ptr @rz.top
  br label %bb3
bb2.catch:
  %t6 = load ptr, ptr @rz.exn
  br label %bb4
bb3:
  %v9 = phi i32 [ %t5, %bb2.call ]
  %v10 = add i32 %v2, 1
  br label %bb1
bb4:
  %v11 = phi ptr [ %t6, %bb2.catch ]
  %v12 = add i32 %v2, 1
  %v13 = add i32 %v3, 1
  br label %bb1
bb5:
  ret i32 %v3
}

define internal i32 @pure(i32 %v0) #0 {
bb0:
  %v2 = mul i32 %v0, 2
  ret i32 %v2
}

define internal i32 @noThrow(i32 %v0) #0 {
bb0:
  %t0 = call i32 @pure(i32 %v0)
  br label %bb1
bb1:
  %v1 = phi i32 [ %t0, %bb0 ]
  ret i32 %v1
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
