; rayzor: 3 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.live = internal global i32 0
@rz.peak = internal global i32 0
@rz.allocs = internal global i32 0
@rz.frees = internal global i32 0
@rz.limit = internal global i64 9223372036854775807
declare i32 @llvm.fptosi.sat.i32.f64(double)
declare ptr @rz_sys_alloc(i64)
declare ptr @rz_sys_realloc(ptr, i64, i64)
declare void @rz_sys_free(ptr)
declare void @rz_oom(i32) #2

; the system allocator (tests/llvm/allocator.ll shows it)
declare ptr @rayzor_malloc(i32)
declare ptr @rayzor_realloc(ptr, i32, i32)
declare void @rayzor_free(ptr, i32)
declare void @rayzor_get_memory_stats(ptr)

define internal i32 @widths() #0 {
bb0:
  %v1 = call ptr @rayzor_malloc(i32 32)
  %t0 = trunc i32 -2 to i8
  store i8 %t0, ptr %v1, align 1
  %t1 = getelementptr i8, ptr %v1, i64 2
  %t2 = trunc i32 -2 to i16
  store i16 %t2, ptr %t1, align 1
  %t3 = load i8, ptr %v1, align 1
  %v3 = sext i8 %t3 to i32
  %t4 = load i8, ptr %v1, align 1
  %v4 = zext i8 %t4 to i32
  %t5 = getelementptr i8, ptr %v1, i64 2
  %t6 = load i16, ptr %t5, align 1
  %v5 = sext i16 %t6 to i32
  %t7 = getelementptr i8, ptr %v1, i64 2
  %t8 = load i16, ptr %t7, align 1
  %v6 = zext i16 %t8 to i32
  %v7 = add i32 %v3, %v4
  %v8 = add i32 %v7, %v5
  %v9 = add i32 %v8, %v6
  %t9 = getelementptr i8, ptr %v1, i64 9
  store double 0x4004000000000000, ptr %t9, align 1
  %t10 = getelementptr i8, ptr %v1, i64 9
  %v11 = load double, ptr %t10, align 1
  %v12 = call i32 @llvm.fptosi.sat.i32.f64(double %v11)
  %v13 = add i32 %v9, %v12
  %t11 = getelementptr i8, ptr %v1, i64 20
  store i64 -1, ptr %t11, align 1
  %t12 = getelementptr i8, ptr %v1, i64 27
  %t13 = load i8, ptr %t12, align 1
  %v15 = zext i8 %t13 to i64
  %v16 = trunc i64 %v15 to i32
  %v17 = add i32 %v13, %v16
  %t14 = getelementptr i8, ptr %v1, i64 20
  store ptr %v1, ptr %t14, align 1
  %t15 = getelementptr i8, ptr %v1, i64 20
  %v18 = load ptr, ptr %t15, align 1
  %v20 = getelementptr i8, ptr %v18, i32 24
  %v22 = getelementptr i8, ptr %v20, i32 -24
  %t16 = icmp eq ptr %v22, %v1
  %v23 = zext i1 %t16 to i32
  %v24 = add i32 %v17, %v23
  call void @rayzor_free(ptr %v1, i32 32)
  ret i32 %v24
}

define internal i32 @growKeeps(i32 %v0) #0 {
bb0:
  %v2 = call ptr @rayzor_malloc(i32 8)
  %t0 = getelementptr i8, ptr %v2, i64 4
  store i32 %v0, ptr %t0, align 1
  %v4 = call ptr @rayzor_realloc(ptr %v2, i32 8, i32 100000)
  %t1 = getelementptr i8, ptr %v4, i64 4
  %v5 = load i32, ptr %t1, align 1
  %t2 = getelementptr i8, ptr %v4, i64 99996
  %v6 = load i32, ptr %t2, align 1
  %v7 = add i32 %v5, %v6
  call void @rayzor_free(ptr %v4, i32 100000)
  ret i32 %v7
}

define internal i32 @zeroSize() #0 {
bb0:
  %v1 = call ptr @rayzor_malloc(i32 0)
  %v2 = call ptr @rayzor_malloc(i32 0)
  %t0 = icmp ne ptr %v1, %v2
  %v3 = zext i1 %t0 to i32
  %t1 = icmp ne ptr %v1, null
  %v5 = zext i1 %t1 to i32
  %v6 = and i32 %v3, %v5
  ret i32 %v6
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
