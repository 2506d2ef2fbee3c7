using Microsoft.AspNetCore.Http.Features;
using Pathway.Runtime.Commands;

namespace Pathway.DesignerHost.Security;

/// <summary>Refuses oversize bodies with a 413 problem before anything reads them.</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static void UseRequestLimits(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxBodyBytes;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await ProblemMapper.Refuse(ApiErrors.RequestTooLarge, $"the body is {context.Request.ContentLength} bytes; the limit is {MaxBodyBytes} bytes: send less").ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
