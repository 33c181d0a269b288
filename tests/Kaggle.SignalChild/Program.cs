using Kaggle.Core.IO;

// A child process for the signal tests: stages a run folder and a submission under args[0], says "ready" and keeps writing
// until a signal stops it. The test checks that nothing staged survives and that the exit code and message are right.
using var interruption = new Interruption(Console.Out);
using var outputs = interruption.Protect(new StagedOutputs(args[0]));
var folder = outputs.Folder(Path.Combine(args[0], "runs", "r1"));
using var oof = File.CreateText(Path.Combine(folder, "oof.csv"));
Console.WriteLine("ready");
for (var i = 0; ; i++)
{
    oof.WriteLine(i);
    if (i % 1000 == 0) Thread.Sleep(1);
}
