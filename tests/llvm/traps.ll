; rayzor: 4 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

declare void @rz_trap(i32) #2

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

define internal i32 @deep(i32 %v0) #0 {
bb0:
  %v2 = add i32 %v0, 1
  %v3 = call i32 @deep(i32 %v2)
  %v4 = sub i32 %v0, %v3
  ret i32 %v4
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
