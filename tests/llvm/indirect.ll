; rayzor: 4 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.table = internal constant [2 x ptr] [ptr @twice, ptr @inc]

define internal i32 @inc(i32 %v0) #0 {
bb0:
  %v2 = add i32 %v0, 1
  ret i32 %v2
}

define internal i32 @twice(i32 %v0) #0 {
bb0:
  %v1 = add i32 %v0, %v0
  ret i32 %v1
}

define internal i32 @apply(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = getelementptr [2 x ptr], ptr @rz.table, i64 0, i32 %v0
  %t1 = load ptr, ptr %t0
  %v2 = call i32 (i32) %t1(i32 %v1)
  ret i32 %v2
}

define internal i32 @both(i32 %v0) #0 {
bb0:
  %v3 = call i32 @apply(i32 1, i32 %v0)
  %v4 = call i32 @apply(i32 0, i32 %v3)
  ret i32 %v4
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
