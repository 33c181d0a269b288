using Kaggle.Runner;

namespace Kaggle.Api;

/// <summary>
/// The entry point of a competition program that may talk to Kaggle: <see cref="CompetitionRunner.Run"/> with a
/// <see cref="KaggleApiService"/>, so <c>download</c> uses the API when no mirror is given and <c>submit</c> uploads when
/// credentials exist. A competition's Program.cs is one line:
/// <c>return KaggleCompetitionRunner.Run(args, new TitanicCompetition());</c>.
/// </summary>
public static class KaggleCompetitionRunner
{
    /// <summary>Runs the verb in <paramref name="args"/> (download, train, validate, submit, runs); returns the exit code.</summary>
    public static int Run(string[] args, Competition competition, KaggleClientOptions? options = null)
    {
        using var kaggle = new KaggleApiService(options);
        return CompetitionRunner.Run(args, competition, kaggle);
    }
}
