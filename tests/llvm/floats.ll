; rayzor: 6 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

declare float @llvm.sqrt.f32(float)
declare double @llvm.sqrt.f64(double)
declare double @llvm.floor.f64(double)
declare double @llvm.ceil.f64(double)
declare double @llvm.trunc.f64(double)
declare double @llvm.fabs.f64(double)

; JavaScript's Math.min: NaN if either is NaN; equal operands combine their bits (-0 below +0)
define internal float @rz.fmin.f32(float %a, float %b) #3 {
entry:
  %c = fcmp olt float %a, %b
  %m = select i1 %c, float %a, float %b
  %eq = fcmp oeq float %a, %b
  %ia = bitcast float %a to i32
  %ib = bitcast float %b to i32
  %ic = or i32 %ia, %ib
  %fc = bitcast i32 %ic to float
  %m2 = select i1 %eq, float %fc, float %m
  %uno = fcmp uno float %a, %b
  %r = select i1 %uno, float 0x7FF8000000000000, float %m2
  ret float %r
}

; JavaScript's Math.min: NaN if either is NaN; equal operands combine their bits (-0 below +0)
define internal double @rz.fmin.f64(double %a, double %b) #3 {
entry:
  %c = fcmp olt double %a, %b
  %m = select i1 %c, double %a, double %b
  %eq = fcmp oeq double %a, %b
  %ia = bitcast double %a to i64
  %ib = bitcast double %b to i64
  %ic = or i64 %ia, %ib
  %fc = bitcast i64 %ic to double
  %m2 = select i1 %eq, double %fc, double %m
  %uno = fcmp uno double %a, %b
  %r = select i1 %uno, double 0x7FF8000000000000, double %m2
  ret double %r
}

; JavaScript's Math.max: NaN if either is NaN; equal operands combine their bits (+0 above -0)
define internal double @rz.fmax.f64(double %a, double %b) #3 {
entry:
  %c = fcmp ogt double %a, %b
  %m = select i1 %c, double %a, double %b
  %eq = fcmp oeq double %a, %b
  %ia = bitcast double %a to i64
  %ib = bitcast double %b to i64
  %ic = and i64 %ia, %ib
  %fc = bitcast i64 %ic to double
  %m2 = select i1 %eq, double %fc, double %m
  %uno = fcmp uno double %a, %b
  %r = select i1 %uno, double 0x7FF8000000000000, double %m2
  ret double %r
}

define internal double @min(double %v0, double %v1) #0 {
bb0:
  %v2 = call double @rz.fmin.f64(double %v0, double %v1)
  ret double %v2
}

define internal double @max(double %v0, double %v1) #0 {
bb0:
  %v2 = call double @rz.fmax.f64(double %v0, double %v1)
  ret double %v2
}

define internal double @minZero() #0 {
bb0:
  %v2 = call double @rz.fmin.f64(double 0x0000000000000000, double 0x8000000000000000)
  %v4 = fdiv double 0x3FF0000000000000, %v2
  ret double %v4
}

define internal double @maxZero() #0 {
bb0:
  %v2 = call double @rz.fmax.f64(double 0x8000000000000000, double 0x0000000000000000)
  %v4 = fdiv double 0x3FF0000000000000, %v2
  ret double %v4
}

define internal double @rounding(double %v0) #0 {
bb0:
  %v1 = call double @llvm.floor.f64(double %v0)
  %v2 = call double @llvm.ceil.f64(double %v0)
  %v3 = call double @llvm.trunc.f64(double %v0)
  %v4 = call double @llvm.fabs.f64(double %v0)
  %v5 = call double @llvm.sqrt.f64(double %v4)
  %v6 = fneg double %v5
  %v8 = fmul double %v1, 0x408F400000000000
  %v10 = fmul double %v2, 0x4059000000000000
  %v12 = fmul double %v3, 0x4024000000000000
  %v13 = fadd double %v8, %v10
  %v14 = fadd double %v13, %v12
  %v15 = fadd double %v14, %v6
  %v16 = fsub double %v15, %v4
  ret double %v16
}

define internal double @single(double %v0) #0 {
bb0:
  %v1 = fptrunc double %v0 to float
  %v3 = fadd float %v1, 0x3FB99999A0000000
  %v4 = call float @llvm.sqrt.f32(float %v3)
  %v5 = call float @rz.fmin.f32(float %v4, float %v3)
  %v6 = fpext float %v5 to double
  ret double %v6
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
