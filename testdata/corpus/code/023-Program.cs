using Microsoft.Data.SqlClient;
using Azure.Storage.Blobs;

var builder = WebApplication.CreateBuilder(args);

const string Sql = "Server=sqlserver-dev;Initial Catalog=inventory;Persist Security Info=False;User ID=svc_billing;Password=@W0Pjr^Zilz=blnL6DDbu0fp;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;";
var blobs = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=scheduler31vw;AccountKey=VIAWjT24R69AxjCHQnUmKT7jMgyEduw5XaWDWIXlzOc9qRBIZWj/r6q4r5dUvCaMc6DiiFGrCigZVfS1MZt88A==;EndpointSuffix=core.chinacloudapi.cn");
builder.Services.AddSingleton(_ => new SqlConnection(Sql));
builder.Services.AddSingleton(blobs);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
