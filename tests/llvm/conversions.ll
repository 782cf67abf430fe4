; rayzor: 6 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

declare i32 @llvm.fptosi.sat.i32.f64(double)
declare i64 @llvm.fptosi.sat.i64.f64(double)

define internal i32 @toInt(double %v0) #0 {
bb0:
  %v1 = call i32 @llvm.fptosi.sat.i32.f64(double %v0)
  ret i32 %v1
}

define internal i64 @toLong(double %v0) #0 {
bb0:
  %v1 = call i64 @llvm.fptosi.sat.i64.f64(double %v0)
  ret i64 %v1
}

define internal i64 @widen(i32 %v0) #0 {
bb0:
  %v1 = sext i32 %v0 to i64
  %v2 = zext i32 %v0 to i64
  %v3 = add i64 %v1, %v2
  ret i64 %v3
}

define internal i32 @narrow(i64 %v0) #0 {
bb0:
  %v1 = trunc i64 %v0 to i32
  ret i32 %v1
}

define internal double @intToFloat(i32 %v0, i64 %v1) #0 {
bb0:
  %v2 = sitofp i32 %v0 to double
  %v3 = sitofp i64 %v1 to double
  %v4 = fadd double %v2, %v3
  ret double %v4
}

define internal i64 @bits(double %v0) #0 {
bb0:
  %v1 = bitcast double %v0 to i64
  %v2 = fptrunc double %v0 to float
  %v3 = bitcast float %v2 to i32
  %v4 = sext i32 %v3 to i64
  %v5 = xor i64 %v1, %v4
  ret i64 %v5
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
