using Microsoft.Win32.SafeHandles;

namespace Kaggle.LightGbm.Native;

/// <summary>Owns a LightGBM <c>BoosterHandle</c>; freed exactly once, by <c>Dispose</c> or the finalizer.</summary>
internal sealed class BoosterHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public BoosterHandle()
        : base(ownsHandle: true)
    {
    }

    // Never throws: a finalizer-thread exception would kill the process, so a failed free is reported as false only.
    protected override bool ReleaseHandle() => LightGbmNative.LGBM_BoosterFree(handle) == 0;
}
