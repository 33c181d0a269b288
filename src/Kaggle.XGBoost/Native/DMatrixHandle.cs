using Microsoft.Win32.SafeHandles;

namespace Kaggle.XGBoost.Native;

/// <summary>Owns an XGBoost <c>DMatrixHandle</c>; freed exactly once, by <c>Dispose</c> or the finalizer.</summary>
internal sealed class DMatrixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public DMatrixHandle()
        : base(ownsHandle: true)
    {
    }

    // Never throws: a finalizer-thread exception would kill the process, so a failed free is reported as false only.
    protected override bool ReleaseHandle() => XGBoostNative.XGDMatrixFree(handle) == 0;
}
