; rayzor: 5 MIR functions lowered to LLVM IR (opaque pointers)
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

define internal i32 @clamp(i32 %v0, i32 %v1, i32 %v2) #0 {
bb0:
  %t0 = icmp slt i32 %v0, %v1
  %v3 = zext i1 %t0 to i32
  %v4 = select i1 %t0, i32 %v1, i32 %v0
  %t1 = icmp sle i32 %v4, %v2
  %v5 = zext i1 %t1 to i32
  %v6 = select i1 %t1, i32 %v4, i32 %v2
  ret i32 %v6
}

define internal i32 @unsigned(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = icmp ult i32 %v0, %v1
  %v2 = zext i1 %t0 to i32
  %t1 = icmp ule i32 %v1, %v0
  %v3 = zext i1 %t1 to i32
  %v5 = mul i32 %v2, 2
  %v6 = add i32 %v5, %v3
  ret i32 %v6
}

define internal i32 @fcompare(double %v0, double %v1) #0 {
bb0:
  %t0 = fcmp oeq double %v0, %v1
  %v2 = zext i1 %t0 to i32
  %t1 = fcmp une double %v0, %v1
  %v3 = zext i1 %t1 to i32
  %t2 = fcmp olt double %v0, %v1
  %v4 = zext i1 %t2 to i32
  %t3 = fcmp ole double %v0, %v1
  %v5 = zext i1 %t3 to i32
  %v7 = mul i32 %v3, 2
  %v8 = add i32 %v2, %v7
  %v10 = mul i32 %v4, 4
  %v11 = add i32 %v8, %v10
  %v13 = mul i32 %v5, 8
  %v14 = add i32 %v11, %v13
  ret i32 %v14
}

define internal i32 @isNull(ptr %v0) #0 {
bb0:
  %t0 = icmp eq ptr %v0, null
  %v2 = zext i1 %t0 to i32
  br i1 %t0, label %bb1, label %bb2
bb1:
  ret i32 1
bb2:
  ret i32 0
}

define internal i32 @nullCheck() #0 {
bb0:
  %v1 = call i32 @isNull(ptr null)
  %v3 = call ptr @rayzor_malloc(i32 8)
  %v4 = call i32 @isNull(ptr %v3)
  %v6 = mul i32 %v1, 10
  %v7 = add i32 %v6, %v4
  ret i32 %v7
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
