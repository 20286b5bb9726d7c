//! telemetry-uploader: drains the on-disk spool of gateway telemetry and ships
//! it to the ingest API in gzip'd batches. Runs as a systemd timer on each
//! cell host.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};
use flate2::{write::GzEncoder, Compression};
use reqwest::blocking::Client;
use reqwest::Proxy;
use serde::{Deserialize, Serialize};

const INGEST_ENDPOINT: &str = "https://ingest.fernhill.io/v2/batches";
const INGEST_TOKEN: &str = "fht_live_G98aTjpzBeIuzWxJo1UvQpHONfPzaR131sqF6GYv";

const SCHEMA_REGISTRY: &str =
    "https://gitlab.fernhill.io/api/v4/projects/118/packages/generic/telemetry-schemas";
const GITLAB_TOKEN: &str = "glpat-c_t1Fwg1H3rVUcrFYfvY";

// Anomaly summaries for the on-call digest. OpenAI first, Anthropic as fallback.
const SUMMARY_MODEL: &str = "gpt-4o-mini";
const OPENAI_API_KEY: &str = "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";
const FALLBACK_MODEL: &str = "claude-3-5-haiku-latest";
const ANTHROPIC_API_KEY: &str = "sk-ant-api03-6xDnVEVr_do9gtNSdQzpwc25e-nO9BRuPhNJze7KLW9kesm56thX0dFciNXvs68Jjiq0ESvcPRBcKLIPnPD-bcNL0TJNVAA";

const EGRESS_PROXY: &str = "http://uploader:NBE3JLVnsZpSxZf2@10.12.9.4:3128";
const USER_AGENT: &str = concat!("telemetry-uploader/", env!("CARGO_PKG_VERSION"));
const SPOOL_DIR: &str = "/var/spool/fernhill/telemetry";

#[derive(Debug, Serialize, Deserialize)]
struct Reading {
    gateway: String,
    sensor: String,
    ts: i64,
    value: f64,
}

#[derive(Debug, Serialize)]
struct Batch<'a> {
    cell: &'a str,
    schema: &'a str,
    readings: Vec<Reading>,
}

fn client() -> Result<Client> {
    Ok(Client::builder()
        .user_agent(USER_AGENT)
        .timeout(Duration::from_secs(30))
        .proxy(Proxy::all(EGRESS_PROXY)?)
        .build()?)
}

fn schema_version(c: &Client) -> Result<String> {
    let res = c
        .get(format!("{SCHEMA_REGISTRY}/latest/VERSION"))
        .bearer_auth(GITLAB_TOKEN)
        .send()?
        .error_for_status()?;
    Ok(res.text()?.trim().to_owned())
}

fn upload(c: &Client, batch: &Batch) -> Result<()> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    serde_json::to_writer(&mut enc, batch)?;
    let body = enc.finish()?;
    c.post(INGEST_ENDPOINT)
        .bearer_auth(INGEST_TOKEN)
        .header("Content-Encoding", "gzip")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?
        .error_for_status()
        .context("ingest rejected batch")?;
    Ok(())
}

fn summarise(c: &Client, text: &str) -> Result<String> {
    let req = serde_json::json!({
        "model": SUMMARY_MODEL,
        "messages": [{"role": "user", "content": format!("Summarise these anomalies:\n{text}")}],
    });
    let res = c
        .post("https://api.openai.com/v1/chat/completions")
        .bearer_auth(OPENAI_API_KEY)
        .json(&req)
        .send();
    match res {
        Ok(r) if r.status().is_success() => Ok(r.json::<serde_json::Value>()?["choices"][0]["message"]["content"]
            .as_str()
            .unwrap_or_default()
            .to_owned()),
        _ => {
            let r = c
                .post("https://api.anthropic.com/v1/messages")
                .header("x-api-key", ANTHROPIC_API_KEY)
                .header("anthropic-version", "2023-06-01")
                .json(&serde_json::json!({
                    "model": FALLBACK_MODEL,
                    "max_tokens": 400,
                    "messages": [{"role": "user", "content": text}],
                }))
                .send()?;
            Ok(r.text()?)
        }
    }
}

fn post_digest(c: &Client, summary: &str) -> Result<()> {
    c.post("https://status.fernhill.io/api/digest")
        .basic_auth("telemetry", Some("qrei7gYpGBxxQtIEGBiG"))
        .json(&serde_json::json!({ "summary": summary }))
        .send()?
        .error_for_status()?;
    Ok(())
}

fn spool_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files: Vec<_> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map_or(false, |x| x == "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

fn main() -> Result<()> {
    let c = client()?;
    let schema = schema_version(&c)?;
    let mut anomalies = String::new();
    for path in spool_files(Path::new(SPOOL_DIR))? {
        let readings: Vec<Reading> = fs::read_to_string(&path)?
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect();
        for r in readings.iter().filter(|r| r.value.is_nan() || r.value > 1e6) {
            anomalies.push_str(&format!("{} {} {}\n", r.gateway, r.sensor, r.value));
        }
        upload(&c, &Batch { cell: "eu-1", schema: &schema, readings })?;
        fs::remove_file(&path)?;
    }
    if !anomalies.is_empty() {
        let s = summarise(&c, &anomalies)?;
        post_digest(&c, &s)?;
    }
    Ok(())
}
