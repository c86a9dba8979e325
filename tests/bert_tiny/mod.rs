//! Tiny BERT token-classification models in rust-bert's format, for tests, the
//! `make_tiny_bert` example and the `bert` bench (each includes this file as a module).
//!
//! A model directory gets `config.json` (CoNLL labels in `id2label`), `vocab.txt` and
//! `rust_model.ot` (saved through `VarStore::save`). Two kinds:
//! - [`write_random`]: random weights (seeded); its entities are noise.
//! - [`write_hand_set`]: a zero encoder, so each hidden state is the layer-normalised word
//!   embedding, and a classifier keyed to the embeddings, so the chosen vocabulary entries come
//!   out `B-PER` / `I-PER` and everything else `O`, with probability ≈ 0.997.
#![allow(dead_code)]

use std::collections::HashSet;
use std::error::Error;
use std::path::Path;

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::Activation;
use tch::{nn, Device, Tensor};

/// The labels, in output order.
pub const LABELS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

/// Architecture and vocabulary of a model to write.
#[derive(Debug, Clone)]
pub struct Spec {
    pub layers: i64,
    pub hidden: i64,
    pub heads: i64,
    pub intermediate: i64,
    pub max_positions: i64,
    pub vocab: Vec<String>,
}

impl Spec {
    /// Two layers, hidden 32, 64 positions, [`basic_vocab`].
    pub fn tiny() -> Spec {
        Spec { layers: 2, hidden: 32, heads: 2, intermediate: 64, max_positions: 64, vocab: basic_vocab(&[]) }
    }

    /// bert-base's shape (12 layers, hidden 768, 12 heads, intermediate 3072, 512 positions) with a
    /// 28,996-entry vocabulary: [`basic_vocab`] plus `words`, padded with `[unusedN]`.
    pub fn bert_base(words: &[&str]) -> Spec {
        let mut vocab = basic_vocab(words);
        vocab.truncate(28_996);
        let mut n = 0;
        while vocab.len() < 28_996 {
            vocab.push(format!("[unused{n}]"));
            n += 1;
        }
        Spec { layers: 12, hidden: 768, heads: 12, intermediate: 3072, max_positions: 512, vocab }
    }

    fn config(&self) -> BertConfig {
        BertConfig {
            hidden_act: Activation::gelu,
            attention_probs_dropout_prob: 0.1,
            hidden_dropout_prob: 0.1,
            hidden_size: self.hidden,
            initializer_range: 0.02,
            intermediate_size: self.intermediate,
            max_position_embeddings: self.max_positions,
            num_attention_heads: self.heads,
            num_hidden_layers: self.layers,
            type_vocab_size: 2,
            vocab_size: self.vocab.len() as i64,
            output_attentions: None,
            output_hidden_states: None,
            is_decoder: None,
            id2label: Some(LABELS.iter().enumerate().map(|(i, l)| (i as i64, l.to_string())).collect()),
            label2id: Some(LABELS.iter().enumerate().map(|(i, l)| (l.to_string(), i as i64)).collect()),
        }
    }
}

/// Special tokens, punctuation, digits, letters (whole and `##`), a few common words, then
/// `words` (deduplicated). Any ASCII word can be split into these pieces.
pub fn basic_vocab(words: &[&str]) -> Vec<String> {
    let mut v: Vec<String> =
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].iter().map(|s| s.to_string()).collect();
    for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’—–…".chars() {
        v.push(c.to_string());
    }
    for c in ('0'..='9').chain('a'..='z').chain('A'..='Z') {
        v.push(c.to_string());
        v.push(format!("##{c}"));
    }
    for w in
        ["the", "The", "said", "and", "of", "to", "in", "a", "is", "was", "he", "she", "it", "that", "on"]
    {
        v.push(w.to_string());
    }
    let mut seen: HashSet<String> = v.iter().cloned().collect();
    for w in words {
        if !w.is_empty() && seen.insert(w.to_string()) {
            v.push(w.to_string());
        }
    }
    v
}

fn write_common(dir: &Path, spec: &Spec) -> Result<BertConfig, Box<dyn Error>> {
    std::fs::create_dir_all(dir)?;
    let config = spec.config();
    // The Hugging Face form: string keys in id2label.
    let json = serde_json::json!({
        "architectures": ["BertForTokenClassification"],
        "model_type": "bert",
        "hidden_act": "gelu",
        "attention_probs_dropout_prob": 0.1,
        "hidden_dropout_prob": 0.1,
        "hidden_size": spec.hidden,
        "initializer_range": 0.02,
        "intermediate_size": spec.intermediate,
        "max_position_embeddings": spec.max_positions,
        "num_attention_heads": spec.heads,
        "num_hidden_layers": spec.layers,
        "type_vocab_size": 2,
        "vocab_size": spec.vocab.len(),
        "id2label": LABELS.iter().enumerate().map(|(i, l)| (i.to_string(), *l)).collect::<std::collections::BTreeMap<_, _>>(),
        "label2id": LABELS.iter().enumerate().map(|(i, l)| (*l, i)).collect::<std::collections::BTreeMap<_, _>>(),
    });
    std::fs::write(dir.join("config.json"), serde_json::to_string_pretty(&json)?)?;
    std::fs::write(dir.join("vocab.txt"), spec.vocab.join("\n") + "\n")?;
    Ok(config)
}

/// A model with random weights (`seed` makes them repeatable).
pub fn write_random(dir: &Path, spec: &Spec, seed: i64) -> Result<(), Box<dyn Error>> {
    let config = write_common(dir, spec)?;
    tch::manual_seed(seed);
    let vs = nn::VarStore::new(Device::Cpu);
    let _model = BertForTokenClassification::new(vs.root(), &config)?;
    vs.save(dir.join("rust_model.ot"))?;
    Ok(())
}

/// A model that tags the vocabulary entries `b_per` as `B-PER`, `i_per` as `I-PER` and
/// everything else `O`. The words are added to the vocabulary as whole pieces. Also writes the
/// same weights as `model.safetensors`.
pub fn write_hand_set(dir: &Path, spec: &Spec, b_per: &[&str], i_per: &[&str]) -> Result<(), Box<dyn Error>> {
    let mut spec = spec.clone();
    let mut extra: Vec<&str> = b_per.to_vec();
    extra.extend_from_slice(i_per);
    let mut seen: HashSet<String> = spec.vocab.iter().cloned().collect();
    for w in extra {
        if seen.insert(w.to_string()) {
            spec.vocab.push(w.to_string());
        }
    }
    let config = write_common(dir, &spec)?;
    let vs = nn::VarStore::new(Device::Cpu);
    let _model = BertForTokenClassification::new(vs.root(), &config)?;
    let (v, h, c) = (spec.vocab.len() as i64, spec.hidden, LABELS.len() as i64);
    assert!(h >= 2 * c, "hidden size must be at least twice the number of labels");
    let class_of = |token: &str| -> i64 {
        if b_per.contains(&token) {
            1
        } else if i_per.contains(&token) {
            2
        } else {
            0
        }
    };
    let mut embeddings = vec![0f32; (v * h) as usize];
    for (id, token) in spec.vocab.iter().enumerate() {
        let k = class_of(token);
        embeddings[id * h as usize + 2 * k as usize] = 1.0;
        embeddings[id * h as usize + 2 * k as usize + 1] = -1.0;
    }
    let mut classifier = vec![0f32; (c * h) as usize];
    for k in 0..c as usize {
        classifier[k * h as usize + 2 * k] = 1.0;
        classifier[k * h as usize + 2 * k + 1] = -1.0;
    }
    tch::no_grad(|| -> Result<(), Box<dyn Error>> {
        for (name, mut var) in vs.variables() {
            if name == "bert.embeddings.word_embeddings.weight" {
                var.f_copy_(&Tensor::from_slice(&embeddings).view([v, h]))?;
            } else if name == "classifier.weight" {
                var.f_copy_(&Tensor::from_slice(&classifier).view([c, h]))?;
            } else if name.ends_with("LayerNorm.weight") {
                let _ = var.f_fill_(1.0)?;
            } else {
                // Encoder, position and segment embeddings, biases: zero.
                let _ = var.f_zero_()?;
            }
        }
        Ok(())
    })?;
    vs.save(dir.join("rust_model.ot"))?;
    vs.save(dir.join("model.safetensors"))?;
    Ok(())
}
