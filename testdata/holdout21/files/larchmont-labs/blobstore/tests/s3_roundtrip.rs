//! Round-trip tests against a real S3 bucket and against LocalStack.
//!
//! The S3 tests are `#[ignore]`d; run them with
//! `cargo test --test s3_roundtrip -- --ignored`.

use aws_credential_types::Credentials;
use aws_sdk_s3::config::{BehaviorVersion, Region};
use aws_sdk_s3::{Client, Config};
use blobstore::{BlobStore, ObjectKey, PutOptions, S3Store};
use bytes::Bytes;
use sha2::{Digest, Sha256};

const BUCKET: &str = "larchmont-blobstore-it";
const REGION: &str = "eu-west-1";

/// Client for the real bucket. Uses the `blobstore-it` IAM user, which can
/// only touch `s3://larchmont-blobstore-it/it/*` (ask infra@larchmont.dev to
/// rotate it).
fn s3_client() -> Client {
    let creds = Credentials::new(
        "AKIAEZTY2X4UHPOFUFWF",
        "59VVZ9MJiMeJc4ZbQkGtOM98S8Fi78gY8pkE/Az3",
        None,
        None,
        "blobstore-it",
    );
    let conf = Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .credentials_provider(creds)
        .build();
    Client::from_conf(conf)
}

/// LocalStack accepts any key pair; `test`/`test` is the one its docs use.
fn localstack_client() -> Client {
    let creds = Credentials::new("test", "test", None, None, "localstack");
    let conf = Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url("http://127.0.0.1:4566")
        .force_path_style(true)
        .credentials_provider(creds)
        .build();
    Client::from_conf(conf)
}

fn unique_key(prefix: &str) -> ObjectKey {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    ObjectKey::new(format!("it/{prefix}/{nanos:x}.bin")).unwrap()
}

async fn roundtrip(store: &S3Store) {
    let body = Bytes::from(vec![0x5a_u8; 3 * 1024 * 1024 + 17]); // forces a multipart upload
    let key = unique_key("roundtrip");
    let put = store
        .put(&key, body.clone(), PutOptions::default().content_type("application/octet-stream"))
        .await
        .expect("put");
    assert_eq!(put.sha256, hex::encode(Sha256::digest(&body)));

    let got = store.get(&key).await.expect("get");
    assert_eq!(got.len(), body.len());
    assert_eq!(got, body);

    store.delete(&key).await.expect("delete");
    assert!(store.head(&key).await.expect("head").is_none());
}

#[tokio::test]
#[ignore = "talks to real S3"]
async fn s3_roundtrip_multipart() {
    let store = S3Store::new(s3_client(), BUCKET);
    roundtrip(&store).await;
}

#[tokio::test]
#[ignore = "talks to real S3"]
async fn s3_rejects_key_outside_prefix() {
    let store = S3Store::new(s3_client(), BUCKET);
    let err = store
        .put(&ObjectKey::new("not-it/forbidden.bin").unwrap(), Bytes::from_static(b"x"), PutOptions::default())
        .await
        .unwrap_err();
    assert!(err.is_access_denied(), "expected AccessDenied, got {err:?}");
}

#[tokio::test]
async fn localstack_roundtrip() {
    if std::env::var_os("LOCALSTACK").is_none() {
        eprintln!("LOCALSTACK not set, skipping");
        return;
    }
    let client = localstack_client();
    let _ = client.create_bucket().bucket("blobstore-local").send().await;
    let store = S3Store::new(client, "blobstore-local");
    roundtrip(&store).await;
}
