using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Storage;

namespace Pathway.Bench;

/// <summary>The runtime on a SQLite file without Quartz, as a benchmark drives it: commands through Mediator, one scope each.</summary>
internal static class BenchRuntime
{
    public static ServiceProvider Build(string database) => EngineBenchmark.Build(DatabaseProvider.Sqlite, $"Data Source={database}");

    public static async Task<T> SendAsync<T>(ServiceProvider services, Func<IMediator, ValueTask<T>> send)
    {
        await using var scope = services.CreateAsyncScope();
        return await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    public static async Task<T> UseAsync<T>(ServiceProvider services, Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public static async Task UseAsync(ServiceProvider services, Func<IServiceProvider, Task> use)
    {
        await using var scope = services.CreateAsyncScope();
        await use(scope.ServiceProvider);
    }
}
