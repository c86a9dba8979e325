//! Loading a BERT token-classification model: config, labels, vocabulary, weights. Every
//! failure is a typed [`Error`]; nothing here panics on bad files.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use tch::{nn, Device, Tensor};
use tokenizers::models::wordpiece::WordPiece;
use tokenizers::normalizers::BertNormalizer;
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::Tokenizer;

use super::decode::Tag;
use super::{BertRecognizer, BertRecognizerConfig, Net};
use crate::Error;

fn read(what: &'static str, path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|e| Error::ModelFile {
        what,
        path: path.into(),
        reason: e.to_string(),
    })
}

fn config_err(path: &Path, reason: impl Into<String>) -> Error {
    Error::ModelConfig { path: path.into(), reason: reason.into() }
}

fn vocab_err(path: &Path, reason: impl Into<String>) -> Error {
    Error::ModelVocabulary { path: path.into(), reason: reason.into() }
}

fn weights_err(path: &Path, reason: impl Into<String>) -> Error {
    Error::ModelWeights { path: path.into(), reason: reason.into() }
}

/// Parse and check `config.json`; returns the config and the tags in output order.
pub(crate) fn read_config(path: &Path) -> Result<(BertConfig, Vec<Tag>), Error> {
    let json = read("config", path)?;
    let config: BertConfig = serde_json::from_str(&json).map_err(|e| config_err(path, e.to_string()))?;
    let positive = [
        ("hidden_size", config.hidden_size),
        ("intermediate_size", config.intermediate_size),
        ("num_attention_heads", config.num_attention_heads),
        ("num_hidden_layers", config.num_hidden_layers),
        ("type_vocab_size", config.type_vocab_size),
        ("vocab_size", config.vocab_size),
    ];
    for (field, value) in positive {
        if value <= 0 {
            return Err(config_err(path, format!("{field} is {value}, it must be positive")));
        }
    }
    if config.hidden_size % config.num_attention_heads != 0 {
        return Err(config_err(
            path,
            format!(
                "hidden_size {} is not a multiple of num_attention_heads {}",
                config.hidden_size, config.num_attention_heads
            ),
        ));
    }
    if config.max_position_embeddings < 3 {
        return Err(config_err(
            path,
            format!("max_position_embeddings is {}, it must be at least 3", config.max_position_embeddings),
        ));
    }
    if config.is_decoder == Some(true) {
        return Err(config_err(path, "is_decoder is true; NER needs an encoder (set it to false)"));
    }
    let id2label = config.id2label.as_ref().ok_or_else(|| config_err(path, "id2label is missing"))?;
    if id2label.is_empty() {
        return Err(config_err(path, "id2label is empty"));
    }
    let mut tags = Vec::with_capacity(id2label.len());
    for id in 0..id2label.len() as i64 {
        let name = id2label.get(&id).ok_or_else(|| {
            config_err(
                path,
                format!("id2label has {} labels but no id {id}; ids must be 0..n", id2label.len()),
            )
        })?;
        let tag =
            Tag::parse(name).ok_or_else(|| Error::ModelLabel { path: path.into(), label: name.clone() })?;
        tags.push(tag);
    }
    Ok((config, tags))
}

/// `do_lower_case` from a `tokenizer_config.json` next to `vocab`, if there is one.
fn lower_case_beside(vocab: &Path) -> Option<bool> {
    let path = vocab.parent()?.join("tokenizer_config.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    json.get("do_lower_case")?.as_bool()
}

/// Whether `path` is a Hugging Face `tokenizer.json` rather than a `vocab.txt`: by extension,
/// else by content (downloaded files lose their names in the cache).
pub(crate) fn is_tokenizer_json(path: &Path) -> bool {
    if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
        if ext.eq_ignore_ascii_case("json") {
            return true;
        }
        if ext.eq_ignore_ascii_case("txt") {
            return false;
        }
    }
    let mut head = [0u8; 64];
    let n = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
    head[..n].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Whether `path` holds safetensors: by extension, else by its header (an 8-byte length, then JSON).
fn is_safetensors(path: &Path) -> bool {
    if let Some(ext) = path.extension().and_then(|e| e.to_str()) {
        return ext.eq_ignore_ascii_case("safetensors");
    }
    let mut head = [0u8; 9];
    let n = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
    n == 9 && head[8] == b'{'
}

/// Build the tokenizer from `vocab.txt` (WordPiece with BERT's normaliser and pre-tokenizer)
/// or from a `tokenizer.json`, with truncation, padding and special tokens off.
pub(crate) fn read_tokenizer(path: &Path, lower_case: Option<bool>) -> Result<Tokenizer, Error> {
    let is_json = is_tokenizer_json(path);
    let mut tokenizer = if is_json {
        let json = read("vocabulary", path)?;
        json.parse::<Tokenizer>().map_err(|e| vocab_err(path, format!("not a tokenizer.json: {e}")))?
    } else {
        if !path.is_file() {
            return Err(Error::ModelFile {
                what: "vocabulary",
                path: path.into(),
                reason: "no such file".into(),
            });
        }
        let file = path.to_str().ok_or_else(|| vocab_err(path, "the path is not valid UTF-8"))?;
        let model = WordPiece::from_file(file)
            .unk_token("[UNK]".into())
            .build()
            .map_err(|e| vocab_err(path, format!("not a WordPiece vocab.txt: {e}")))?;
        let lower = lower_case.or_else(|| lower_case_beside(path)).unwrap_or(false);
        let mut t = Tokenizer::new(model);
        t.with_normalizer(Some(BertNormalizer::new(true, true, None, lower)));
        t.with_pre_tokenizer(Some(BertPreTokenizer));
        t
    };
    tokenizer.with_truncation(None).map_err(|e| vocab_err(path, e.to_string()))?;
    tokenizer.with_padding(None);
    Ok(tokenizer)
}

/// Read named tensors from `path` by its extension, on the CPU.
fn read_tensors(path: &Path) -> Result<HashMap<String, Tensor>, Error> {
    if !path.is_file() {
        return Err(Error::ModelFile { what: "weights", path: path.into(), reason: "no such file".into() });
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let tensors = match ext.as_str() {
        _ if is_safetensors(path) => Tensor::read_safetensors(path),
        "bin" | "pt" | "pth" => Tensor::loadz_multi_with_device(path, Device::Cpu),
        _ => Tensor::load_multi_with_device(path, Device::Cpu),
    };
    let tensors = tensors.map_err(|e| weights_err(path, format!("cannot read the file: {e}")))?;
    Ok(tensors.into_iter().collect())
}

/// The name a variable may have in older checkpoints (`LayerNorm.gamma` / `beta`).
fn legacy_name(name: &str) -> Option<String> {
    if let Some(stem) = name.strip_suffix("LayerNorm.weight") {
        Some(format!("{stem}LayerNorm.gamma"))
    } else {
        name.strip_suffix("LayerNorm.bias").map(|stem| format!("{stem}LayerNorm.beta"))
    }
}

/// Copy the checkpoint into the var store after checking every name and shape.
fn load_weights(vs: &nn::VarStore, path: &Path) -> Result<(), Error> {
    let file = read_tensors(path)?;
    let mut vars: Vec<(String, Tensor)> = vs.variables().into_iter().collect();
    vars.sort_by(|a, b| a.0.cmp(&b.0));
    let mut missing = Vec::new();
    let mut misfit = Vec::new();
    let mut pairs = Vec::with_capacity(vars.len());
    for (name, var) in vars {
        let src = file.get(&name).or_else(|| legacy_name(&name).and_then(|n| file.get(&n)));
        match src {
            None => missing.push(name),
            Some(src) if src.size() != var.size() => misfit.push(format!(
                "{name} is {:?} in the file, the config needs {:?}",
                src.size(),
                var.size()
            )),
            Some(src) => pairs.push((var, src)),
        }
    }
    if !missing.is_empty() || !misfit.is_empty() {
        let mut reason = Vec::new();
        if !missing.is_empty() {
            let shown: Vec<_> = missing.iter().take(4).map(String::as_str).collect();
            reason.push(format!(
                "{} tensors missing (e.g. {}){}",
                missing.len(),
                shown.join(", "),
                if file.keys().any(|k| k.starts_with("bert.")) {
                    ""
                } else {
                    "; names must start with bert. / classifier. as in BertForTokenClassification"
                }
            ));
        }
        if !misfit.is_empty() {
            let shown: Vec<_> = misfit.iter().take(4).map(String::as_str).collect();
            reason.push(format!("{} tensors of the wrong shape ({})", misfit.len(), shown.join("; ")));
        }
        return Err(weights_err(path, reason.join("; ")));
    }
    tch::no_grad(|| -> Result<(), Error> {
        for (mut var, src) in pairs {
            var.f_copy_(src).map_err(|e| weights_err(path, format!("cannot copy a tensor: {e}")))?;
        }
        Ok(())
    })
}

/// Refuse a device libtorch does not have, before anything panics on it.
fn check_device(c: &BertRecognizerConfig) -> Result<(), Error> {
    let available = match c.device {
        Device::Cpu => true,
        Device::Cuda(i) => tch::Cuda::is_available() && i < tch::Cuda::device_count() as usize,
        Device::Mps => tch::utils::has_mps(),
        Device::Vulkan => tch::utils::has_vulkan(),
    };
    if available {
        Ok(())
    } else {
        Err(Error::Torch {
            recognizer: c.name.clone(),
            reason: format!("device {:?} is not available to this libtorch; use Device::Cpu", c.device),
        })
    }
}

pub(crate) fn load(c: BertRecognizerConfig) -> Result<BertRecognizer, Error> {
    let (config, tags) = read_config(&c.config)?;
    let tokenizer = read_tokenizer(&c.vocab, c.lower_case)?;
    let vocab = tokenizer.get_vocab(true);
    let special = |token: &str| -> Result<i64, Error> {
        vocab
            .get(token)
            .map(|&i| i64::from(i))
            .ok_or_else(|| vocab_err(&c.vocab, format!("it has no {token} token")))
    };
    let cls = special("[CLS]")?;
    let sep = special("[SEP]")?;
    let pad = special("[PAD]").unwrap_or(0);
    if !is_tokenizer_json(&c.vocab) {
        special("[UNK]")?;
    }
    if let Some((token, &id)) = vocab.iter().max_by_key(|(_, &id)| id) {
        if i64::from(id) >= config.vocab_size {
            return Err(vocab_err(
                &c.vocab,
                format!("token {token:?} has id {id} but config.json's vocab_size is {}", config.vocab_size),
            ));
        }
    }

    let max_positions = usize::try_from(config.max_position_embeddings).unwrap_or(3);
    let max_len = c.max_len.unwrap_or(max_positions);
    if max_len < 3 || max_len > max_positions {
        return Err(config_err(
            &c.config,
            format!(
                "max_len {max_len} is outside 3..={max_positions} (the model's max_position_embeddings); \
                 set BertRecognizerConfig::max_len inside it"
            ),
        ));
    }
    let window = max_len - 2;
    let overlap = c.window_overlap.unwrap_or(window / 4).min(window / 2);
    if c.batch_size == 0 {
        return Err(config_err(
            &c.config,
            "batch_size is 0; set BertRecognizerConfig::batch_size to 1 or more",
        ));
    }

    if let Some(threads) = c.threads {
        if threads == 0 {
            return Err(config_err(
                &c.config,
                "threads is 0; set BertRecognizerConfig::threads to 1 or more",
            ));
        }
        tch::set_num_threads(i32::try_from(threads).unwrap_or(i32::MAX));
    }
    let mut vs = nn::VarStore::new(Device::Cpu);
    let model = BertForTokenClassification::new(vs.root(), &config)
        .map_err(|e| config_err(&c.config, e.to_string()))?;
    load_weights(&vs, &c.weights)?;
    if c.device != Device::Cpu {
        check_device(&c)?;
        // `set_device` panics on a libtorch failure; see the module docs on catch_unwind.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| vs.set_device(c.device))).map_err(|_| {
            Error::Torch {
                recognizer: c.name.clone(),
                reason: format!("cannot move the model to {:?}", c.device),
            }
        })?;
    }
    vs.freeze();
    Ok(BertRecognizer {
        net: Mutex::new(Net { _vs: vs, model }),
        tokenizer,
        tags,
        cls,
        sep,
        pad,
        window,
        overlap,
        batch_size: c.batch_size,
        device: c.device,
        name: c.name,
    })
}
