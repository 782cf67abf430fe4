; rayzor: 2 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.live = internal global i32 0
@rz.peak = internal global i32 0
@rz.allocs = internal global i32 0
@rz.frees = internal global i32 0
@rz.limit = internal global i64 9223372036854775807
declare ptr @rz_sys_alloc(i64)
declare ptr @rz_sys_realloc(ptr, i64, i64)
declare void @rz_sys_free(ptr)
declare void @rz_oom(i32) #2

; the system allocator (tests/llvm/allocator.ll shows it)
declare ptr @rayzor_malloc(i32)
declare ptr @rayzor_realloc(ptr, i32, i32)
declare void @rayzor_free(ptr, i32)
declare void @rayzor_get_memory_stats(ptr)

define internal i32 @listSum(i32 %v0) #0 {
bb0:
  br label %bb1
bb1:
  %v3 = phi i32 [ 0, %bb0 ], [ %v9, %bb2 ]
  %v4 = phi ptr [ null, %bb0 ], [ %v7, %bb2 ]
  %t0 = icmp slt i32 %v3, %v0
  %v5 = zext i1 %t0 to i32
  br i1 %t0, label %bb2, label %bb3
bb2:
  %v7 = call ptr @rayzor_malloc(i32 16)
  store i32 %v3, ptr %v7, align 1
  %t1 = getelementptr i8, ptr %v7, i64 8
  store ptr %v4, ptr %t1, align 1
  %v9 = add i32 %v3, 1
  br label %bb1
bb3:
  %v10 = phi ptr [ %v4, %bb1 ], [ %v16, %bb4 ]
  %v11 = phi i32 [ 0, %bb1 ], [ %v15, %bb4 ]
  %t2 = icmp eq ptr %v10, null
  %v13 = zext i1 %t2 to i32
  br i1 %t2, label %bb5, label %bb4
bb4:
  %v14 = load i32, ptr %v10, align 1
  %v15 = add i32 %v11, %v14
  %t3 = getelementptr i8, ptr %v10, i64 8
  %v16 = load ptr, ptr %t3, align 1
  br label %bb3
bb5:
  ret i32 %v11
}

define internal i32 @choose(i32 %v0) #0 {
bb0:
  %v2 = call ptr @rayzor_malloc(i32 8)
  %v3 = call ptr @rayzor_malloc(i32 8)
  store i32 11, ptr %v2, align 1
  store i32 22, ptr %v3, align 1
  %t0 = icmp ne i32 %v0, 0
  %v6 = select i1 %t0, ptr %v2, ptr %v3
  %v7 = load i32, ptr %v6, align 1
  ret i32 %v7
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
