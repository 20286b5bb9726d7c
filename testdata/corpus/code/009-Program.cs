using Microsoft.Data.SqlClient;
using Azure.Storage.Blobs;

var builder = WebApplication.CreateBuilder(args);

const string Sql = "Server=sqlserver;Initial Catalog=events;Persist Security Info=False;User ID=svc_billing;Password=hM03epv27n_noTkTPQnqEGlT;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;";
var blobs = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=webhooksjsri;AccountKey=xca0xEXi/6Tvi1JVXJ9hx9A1mPyTA37OhSkzbyG4cgeUX3D794mpoGUjEVTX3Uoxxx4gWSCfZan76wFc7LxshQ==;EndpointSuffix=core.usgovcloudapi.net");
builder.Services.AddSingleton(_ => new SqlConnection(Sql));
builder.Services.AddSingleton(blobs);
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.Run();
