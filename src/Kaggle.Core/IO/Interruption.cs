using System.Runtime.InteropServices;

namespace Kaggle.Core.IO;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into an orderly stop: the outputs registered with <see cref="Protect"/> are rolled back
/// (or, if their commit is under way, allowed to finish: <see cref="StagedOutputs.Dispose"/> waits for it), one line says what
/// happened, and the process exits with 130 (SIGINT) or 143 (SIGTERM), as a shell reports a signalled command.
/// </summary>
/// <remarks>
/// Exiting from the handler rather than cancelling a token: training loops do not poll for cancellation, and the user who
/// presses Ctrl-C wants the prompt back now, not after the current fold. Nothing is lost that could be kept, because nothing is
/// visible until it is committed.
/// </remarks>
public sealed class Interruption : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly List<IDisposable> _protected = [];
    private readonly Lock _gate = new();
    private readonly TextWriter _output;

    /// <summary>Handles SIGINT and SIGTERM until disposed; <paramref name="output"/> (default: standard error) gets the message.</summary>
    public Interruption(TextWriter? output = null)
    {
        _output = output ?? Console.Error;
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle));
        _registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle));
    }

    /// <summary>Rolls <paramref name="outputs"/> back if a signal arrives before it is disposed; returns it.</summary>
    public T Protect<T>(T outputs) where T : IDisposable
    {
        ArgumentNullException.ThrowIfNull(outputs);
        lock (_gate) _protected.Add(outputs);
        return outputs;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _registrations.Clear();
    }

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true; // we exit ourselves, after the rollback
        IDisposable[] rollback;
        lock (_gate) rollback = [.. _protected];
        foreach (var outputs in rollback) outputs.Dispose();
        var (name, code) = context.Signal == PosixSignal.SIGINT ? ("Ctrl-C", 130) : ("SIGTERM", 143);
        _output.WriteLine($"Interrupted ({name}): stopped before the results were complete; nothing partial was kept. Run the stage again.");
        _output.Flush();
        Environment.Exit(code);
    }
}
