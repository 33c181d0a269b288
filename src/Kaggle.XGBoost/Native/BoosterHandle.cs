using Microsoft.Win32.SafeHandles;

namespace Kaggle.XGBoost.Native;

/// <summary>Owns an XGBoost <c>BoosterHandle</c>; freed exactly once, by <c>Dispose</c> or the finalizer.</summary>
internal sealed class BoosterHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BoosterHandle()
        : base(ownsHandle: true)
    {
    }

    // Never throws: a finalizer-thread exception would kill the process, so a failed free is reported as false only.
    protected override bool ReleaseHandle() => XGBoostNative.XGBoosterFree(handle) == 0;
}
