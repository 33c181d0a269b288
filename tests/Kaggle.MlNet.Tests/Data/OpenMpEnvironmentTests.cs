using Kaggle.MlNet.Data;
using Kaggle.Native;

namespace Kaggle.MlNet.Tests.Data;

public sealed class OpenMpEnvironmentTests
{
    [Fact]
    public void NativeValue_AfterKaggleMlNetLoads_IsSetBeforeMlNetStartsLibgomp()
    {
        // Touching a type loads the assembly and runs its module initializer.
        Assert.Equal("Features", MlNetColumns.Features);

        Assert.False(string.IsNullOrEmpty(OpenMpEnvironment.NativeValue()));
    }
}
