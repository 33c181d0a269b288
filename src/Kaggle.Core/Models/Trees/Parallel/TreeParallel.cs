using System.Runtime.ExceptionServices;

namespace Kaggle.Core.Models.Trees;

/// <summary><see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> on at most a given number of threads, rethrowing the first error as itself rather than wrapped.</summary>
internal static class TreeParallel
{
    public static void For(int count, int threads, Action<int> body)
    {
        if (threads <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
