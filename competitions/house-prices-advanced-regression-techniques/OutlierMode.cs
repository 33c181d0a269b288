namespace HousePrices;

/// <summary>What happens to the two documented outliers (huge, cheap partial sales) of the training file.</summary>
internal enum OutlierMode
{
    /// <summary>Removed: neither fitted nor scored.</summary>
    Drop,

    /// <summary>Fitted and scored like every row.</summary>
    Keep,

    /// <summary>Not fitted, but still scored (their own errors count).</summary>
    TrainOnly,

    /// <summary>Scored; not fitted by the linear models (which bend towards them), fitted by the trees (which isolate them).</summary>
    LinearOnly,
}
