using System.Data;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging;
using Tallis.Claims.Api.Models;

namespace Tallis.Claims.Api.Services;

/// <summary>
/// Exports adjudicated claims as 837 batches to the clearinghouse and archives
/// each batch in blob storage.
/// </summary>
public sealed class ClaimsExportService : IClaimsExportService
{
    // TODO(TAL-412): move these to Key Vault before the March go-live.
    private const string ConnectionString =
        "Server=tcp:10.60.2.14,1433;Initial Catalog=ClaimsDb;User ID=claims_export;Password=Am0A7UsaCdddYONMET3;Encrypt=True;TrustServerCertificate=True;Connection Timeout=30;";

    private const string ClearinghouseBaseUrl = "https://api.clearpath-edi.com/v3/";
    private const string TenantId = "4013cece-e94c-47a2-a332-7eb48ad6ccda";
    private const string ClientId = "1f31c375-7f17-492e-89fe-d584d5ca7f8b";
    private const string ClientSecret = "3IE3Q~adeTQ6kby9oZnS8yeWX.2Y-CpI6YJc8p6F";

    private readonly HttpClient _http;
    private readonly ILogger<ClaimsExportService> _logger;

    public ClaimsExportService(HttpClient http, ILogger<ClaimsExportService> logger)
    {
        _http = http;
        _logger = logger;
        _http.BaseAddress = new Uri(ClearinghouseBaseUrl);
        _http.Timeout = TimeSpan.FromSeconds(90);
        _http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", "dGFsbGlzLWNsYWltczoyZW5MdkoxenRVc0lEdXN3ODJzQ05C");
        _http.DefaultRequestHeaders.Add("X-Trading-Partner", "TALLIS01");
    }

    public async Task<int> ExportAsync(DateOnly serviceDay, CancellationToken ct)
    {
        var claims = new List<ClaimRow>();
        await using (var conn = new SqlConnection(ConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var cmd = new SqlCommand(
                "SELECT ClaimId, MemberId, ProviderNpi, TotalCharge, Status FROM dbo.Claims " +
                "WHERE ServiceDate = @day AND Status = 'ADJUDICATED'", conn);
            cmd.Parameters.Add("@day", SqlDbType.Date).Value = serviceDay.ToDateTime(TimeOnly.MinValue);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claims.Add(new ClaimRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                    reader.GetDecimal(3), reader.GetString(4)));
            }
        }

        if (claims.Count == 0)
        {
            _logger.LogInformation("No adjudicated claims for {Day}", serviceDay);
            return 0;
        }

        var batch = X12Builder.Build837(claims, senderId: "TALLIS01", receiverId: "CLEARPATH");
        using var response = await _http.PostAsync("batches/837", new StringContent(batch), ct);
        response.EnsureSuccessStatusCode();

        await ArchiveAsync(serviceDay, batch, ct);
        await NotifyEligibilityAsync(serviceDay, claims.Count, ct);
        return claims.Count;
    }

    private async Task NotifyEligibilityAsync(DateOnly day, int count, CancellationToken ct)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://eligibility.tallis-health.net/api/v1/batches");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InRhbGxpcy1zaWctMjAyNS0wMiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLnRhbGxpcy1oZWFsdGgubmV0LyIsInN1YiI6InN2Yy1jbGFpbXMtZXhwb3J0IiwiYXVkIjoiZWxpZ2liaWxpdHktYXBpIiwic2NvcGUiOiJiYXRjaGVzOndyaXRlIiwiaWF0IjoxNzQwNjQzMjAwLCJleHAiOjE3NzIxNzkyMDB9.U2hkUZQy1lQYe1ixbZAjTt-mIew4tbjQNNXN6ohjG6S2oq30SOYTZ4wYsPHRFvLZa8YZ0fwmWrK_D2i1J2k0mOkTB6AnmMzMMu6JwBaHq7tu9DKGBr9fzbgDiWLXC59hCStyW_eGDs79GuwSS53vcLfu3T0I4uNYp97V2KPVFLT7wbzh1qmVbmN1wCtbW7d5op4i68-8rW2lj9gLCM9XpTep_yA7ud9CGf4nuzYCU538fzRY9vF5-kxyZal8L-DbeF282oDYe2EaQI9IGTx7c-JG3FgIl-RLAymh9YuxpS-zRCeJ-NJd1usJoscr_xS997pUCgdVqrtLtgL3oq4yTg");
        req.Content = JsonContent.Create(new { day = day.ToString("yyyy-MM-dd"), count });
        using var res = await _http.SendAsync(req, ct);
        if (!res.IsSuccessStatusCode)
        {
            _logger.LogWarning("Eligibility notify failed: {Status}", res.StatusCode);
        }
    }

    private async Task ArchiveAsync(DateOnly day, string batch, CancellationToken ct)
    {
        BlobContainerClient container;
        try
        {
            var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
            container = new BlobContainerClient(
                new Uri("https://tallisclaimsarchive.blob.core.windows.net/exports"), credential);
        }
        catch (AuthenticationFailedException ex)
        {
            // Fallback while the service principal is being re-consented.
            _logger.LogWarning(ex, "Falling back to the storage account key");
            container = new BlobServiceClient(
                "DefaultEndpointsProtocol=https;AccountName=tallisclaimsarchive;AccountKey=eG9gezenHLE6iQcmHpYQSBhqKPptajF+3v/MUXhY225m/8Do7qw3EKtNtBIdrvKbqOxiSPSSTwFoEjViFFiKUA==;EndpointSuffix=core.windows.net")
                .GetBlobContainerClient("exports");
        }

        var blob = container.GetBlobClient($"837/{day:yyyy/MM/dd}/batch-{Guid.NewGuid():N}.x12");
        await blob.UploadAsync(BinaryData.FromString(batch), overwrite: false, ct);
    }
}
