; rayzor: 2 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"


define internal i32 @fib(i32 %v0) #0 {
bb0:
  br label %bb1
bb1:
  %v3 = phi i32 [ 0, %bb0 ], [ %v4, %bb2 ]
  %v4 = phi i32 [ 1, %bb0 ], [ %v8, %bb2 ]
  %v5 = phi i32 [ %v0, %bb0 ], [ %v10, %bb2 ]
  %t0 = icmp slt i32 0, %v5
  %v7 = zext i1 %t0 to i32
  br i1 %t0, label %bb2, label %bb3
bb2:
  %v8 = add i32 %v3, %v4
  %v10 = sub i32 %v5, 1
  br label %bb1
bb3:
  ret i32 %v3
}

define internal i32 @swaps(i32 %v0) #0 {
bb0:
  br label %bb1
bb1:
  %v3 = phi i32 [ 1, %bb0 ], [ %v4, %bb2 ]
  %v4 = phi i32 [ 2, %bb0 ], [ %v3, %bb2 ]
  %v5 = phi i32 [ %v0, %bb0 ], [ %v9, %bb2 ]
  %t0 = icmp sle i32 %v5, 0
  %v7 = zext i1 %t0 to i32
  br i1 %t0, label %bb3, label %bb2
bb2:
  %v9 = sub i32 %v5, 1
  br label %bb1
bb3:
  %v11 = mul i32 %v3, 10
  %v12 = add i32 %v11, %v4
  ret i32 %v12
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
