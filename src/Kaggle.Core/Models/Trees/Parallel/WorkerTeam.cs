using System.Runtime.ExceptionServices;

namespace Kaggle.Core.Models.Trees;

/// <summary>
/// A fixed team of threads for the many short parallel steps of growing a tree (thousands per fit, tens of
/// microseconds each), where waking thread-pool workers for every step would cost as much as the step. The caller
/// works too; the other members wait on an event that spins briefly before blocking, so back-to-back steps start
/// in about a microsecond while an idle team costs nothing. Tasks are taken in any order by any member: callers must
/// make each task write only its own outputs, which keeps results independent of the team size.
/// </summary>
internal sealed class WorkerTeam : IDisposable
{
    private readonly Thread[] _workers;
    private readonly ManualResetEventSlim _start = new(false, spinCount: 2000);
    private Action<int>? _body;
    private int _tasks;
    private int _next;
    private int _running;
    private int _generation;
    private Exception? _error;
    private volatile bool _disposed;

    /// <summary>A team of <paramref name="size"/> members: the calling thread and <paramref name="size"/> − 1 background threads.</summary>
    public WorkerTeam(int size)
    {
        Size = Math.Max(1, size);
        _workers = new Thread[Size - 1];
        for (var i = 0; i < _workers.Length; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"Kaggle tree worker {i + 1}" };
            _workers[i].Start();
        }
    }

    public int Size { get; }

    /// <summary>Runs <paramref name="body"/>(0 .. <paramref name="tasks"/> − 1) on the team and returns when all are done; rethrows the first error.</summary>
    public void Run(int tasks, Action<int> body)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (tasks <= 1 || _workers.Length == 0)
        {
            for (var i = 0; i < tasks; i++) body(i);
            return;
        }
        _body = body;
        _tasks = tasks;
        _next = 0;
        _error = null;
        Volatile.Write(ref _running, _workers.Length);
        Interlocked.Increment(ref _generation);
        _start.Set();
        Take();
        var spin = new SpinWait();
        while (Volatile.Read(ref _running) > 0) spin.SpinOnce(sleep1Threshold: -1);
        _start.Reset();
        _body = null;
        if (_error is { } error) ExceptionDispatchInfo.Capture(error).Throw();
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _start.Set();
        foreach (var worker in _workers) worker.Join();
        _start.Dispose();
    }

    private void Work()
    {
        var seen = 0;
        while (true)
        {
            _start.Wait();
            if (_disposed) return;
            var generation = Volatile.Read(ref _generation);
            if (generation == seen)
            {
                // The event is still set for a step this member already finished: let the caller reset it.
                Thread.Yield();
                continue;
            }
            seen = generation;
            Take();
            Interlocked.Decrement(ref _running);
        }
    }

    private void Take()
    {
        var body = _body!;
        int task;
        while ((task = Interlocked.Increment(ref _next) - 1) < _tasks)
        {
            try
            {
                body(task);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _error, e, null);
            }
        }
    }
}
