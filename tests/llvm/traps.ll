; rayzor: 5 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.live = internal global i32 0
@rz.peak = internal global i32 0
@rz.allocs = internal global i32 0
@rz.frees = internal global i32 0
@rz.limit = internal global i64 9223372036854775807
declare void @rz_trap(i32) #2
declare ptr @rz_sys_alloc(i64)
declare ptr @rz_sys_realloc(ptr, i64, i64)
declare void @rz_sys_free(ptr)
declare void @rz_oom(i32) #2

; the system allocator (tests/llvm/allocator.ll shows it)
declare ptr @rayzor_malloc(i32)
declare ptr @rayzor_realloc(ptr, i32, i32)
declare void @rayzor_free(ptr, i32)
declare void @rayzor_get_memory_stats(ptr)

define internal i32 @fieldOfNull() #0 {
bb0:
  %t0 = getelementptr i8, ptr null, i64 8
  %v1 = load i32, ptr %t0, align 1
  ret i32 %v1
}

define internal i32 @storeToNull(i32 %v0) #0 {
bb0:
  %t0 = getelementptr i8, ptr null, i64 4
  store i32 %v0, ptr %t0, align 1
  ret i32 %v0
}

define internal i32 @never(i32 %v0) #0 {
bb0:
  %t0 = icmp slt i32 %v0, 0
  %v2 = zext i1 %t0 to i32
  br i1 %t0, label %bb1, label %bb2
bb1:
  call void @rz_trap(i32 1)
  unreachable
bb2:
  ret i32 %v0
}

define internal i32 @deep(i32 %v0, ptr %v1) #0 {
bb0:
  store i32 %v0, ptr %v1, align 1
  %v3 = add i32 %v0, 1
  %v4 = call i32 @deep.rec(i32 %v3, ptr %v1)
  %v5 = load i32, ptr %v1, align 1
  %v6 = sub i32 %v4, %v5
  ret i32 %v6
}

define internal i32 @deep.rec(i32 %v0, ptr %v1) #0 {
bb0:
  store i32 %v0, ptr %v1, align 1
  %v3 = add i32 %v0, 1
  %v4 = call i32 @deep(i32 %v3, ptr %v1)
  %v5 = load i32, ptr %v1, align 1
  %v6 = sub i32 %v4, %v5
  ret i32 %v6
}

define internal i32 @overflow() #0 {
bb0:
  %v1 = call ptr @rayzor_malloc(i32 4)
  %v3 = call i32 @deep(i32 0, ptr %v1)
  ret i32 %v3
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
