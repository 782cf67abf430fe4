; rayzor: 2 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.live = internal global i32 0
@rz.peak = internal global i32 0
@rz.allocs = internal global i32 0
@rz.frees = internal global i32 0
@rz.limit = internal global i64 9223372036854775807
declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
declare ptr @rz_sys_alloc(i64)
declare ptr @rz_sys_realloc(ptr, i64, i64)
declare void @rz_sys_free(ptr)
declare void @rz_oom(i32) #2

; the system allocator (tests/llvm/allocator.ll shows it)
declare ptr @rayzor_malloc(i32)
declare ptr @rayzor_realloc(ptr, i32, i32)
declare void @rayzor_free(ptr, i32)
declare void @rayzor_get_memory_stats(ptr)

define internal i32 @overlap() #0 {
bb0:
  %v1 = call ptr @rayzor_malloc(i32 16)
  %t0 = trunc i32 0 to i8
  call void @llvm.memset.p0.i32(ptr %v1, i8 %t0, i32 16, i1 false)
  %t1 = trunc i32 1 to i8
  store i8 %t1, ptr %v1, align 1
  %t2 = getelementptr i8, ptr %v1, i64 1
  %t3 = trunc i32 2 to i8
  store i8 %t3, ptr %t2, align 1
  %t4 = getelementptr i8, ptr %v1, i64 2
  %t5 = trunc i32 3 to i8
  store i8 %t5, ptr %t4, align 1
  %v7 = getelementptr i8, ptr %v1, i32 1
  call void @llvm.memmove.p0.p0.i32(ptr %v7, ptr %v1, i32 3, i1 false)
  %t6 = getelementptr i8, ptr %v1, i64 1
  %t7 = load i8, ptr %t6, align 1
  %v8 = zext i8 %t7 to i32
  %t8 = getelementptr i8, ptr %v1, i64 2
  %t9 = load i8, ptr %t8, align 1
  %v9 = zext i8 %t9 to i32
  %t10 = getelementptr i8, ptr %v1, i64 3
  %t11 = load i8, ptr %t10, align 1
  %v10 = zext i8 %t11 to i32
  %v12 = mul i32 %v8, 100
  %v14 = mul i32 %v9, 10
  %v15 = add i32 %v12, %v14
  %v16 = add i32 %v15, %v10
  ret i32 %v16
}

define internal i32 @fill(i32 %v0) #0 {
bb0:
  %v2 = call ptr @rayzor_malloc(i32 64)
  %t0 = trunc i32 %v0 to i8
  call void @llvm.memset.p0.i32(ptr %v2, i8 %t0, i32 64, i1 false)
  %t1 = getelementptr i8, ptr %v2, i64 60
  %v3 = load i32, ptr %t1, align 1
  ret i32 %v3
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
