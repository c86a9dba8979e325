//! `claimex html FILE -o page.html`: one self-contained page (inline CSS and script, nothing
//! fetched) that shows the article with each claim's content, cue, speaker mention and source
//! highlighted, the claim's speaker and stance on hover, and a table of the claims grouped by
//! speaker. The highlighting is plain HTML and CSS; the script only links a highlight to its row.

mod marks;

use std::fmt::Write as _;
use std::path::PathBuf;

use claimex::{Claim, Extraction};

use crate::extract::{extract_document, Limits};
use crate::output::Output;
use crate::{CliError, Status};
use marks::{pieces, Mark, Role};

const CSS: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// `claimex html`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The article, UTF-8 text; - reads standard input
    #[arg(value_name = "FILE|-")]
    file: PathBuf,
    /// Write the page to OUT instead of standard output
    #[arg(short, long, value_name = "page.html")]
    output: Option<PathBuf>,
    /// The page's title [default: the file's name]
    #[arg(long)]
    title: Option<String>,
    #[command(flatten)]
    limits: Limits,
}

/// Run `claimex html`.
pub fn run(args: &Args) -> Result<Status, CliError> {
    let (text, extraction) = extract_document(&args.limits, &args.file)?;
    let title = args.title.clone().unwrap_or_else(|| {
        args.file.file_name().map_or_else(|| "standard input".into(), |n| n.to_string_lossy().into_owned())
    });
    let page = page(&title, &text, &extraction);
    let mut out = Output::open(args.output.as_deref())?;
    out.line(page.as_bytes())?;
    out.finish()?;
    Ok(Status::Success)
}

/// The whole page for `text` and its claims.
pub fn page(title: &str, text: &str, extraction: &Extraction) -> String {
    let claims = &extraction.claims;
    let mut html = String::with_capacity(text.len() * 2 + (16 << 10));
    let speakers = by_speaker(claims);
    html.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ =
        write!(html, "<title>claimex: {}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n", escape(title));
    let _ = write!(
        html,
        "<header>\n<h1>{}</h1>\n<p class=\"summary\">{} claims, {} speakers. Hover a highlight for its claim; \
         click a row to find it in the text.</p>\n<p class=\"legend\">",
        escape(title),
        claims.len(),
        speakers.iter().filter(|(id, _)| id.is_some()).count(),
    );
    for role in Role::ALL {
        let _ = write!(html, "<span class=\"hl {}\">{}</span> ", role.class(), role.class());
    }
    html.push_str("</p>\n</header>\n<main>\n<article id=\"article\">");
    article(&mut html, text, claims);
    html.push_str("</article>\n<aside id=\"claims\">\n<h2>Claims by speaker</h2>\n");
    table(&mut html, claims, &speakers);
    let _ = write!(html, "</aside>\n</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>");
    html
}

/// The article's text, every claim part wrapped in a highlight. Text outside the highlights is
/// written unchanged (escaped), so the article element's text is exactly `text`.
fn article(html: &mut String, text: &str, claims: &[Claim]) {
    let marks = marks::of(claims);
    for piece in pieces(text.len(), &marks) {
        let body = escape(&text[piece.start..piece.end]);
        if piece.marks.is_empty() {
            html.push_str(&body);
            continue;
        }
        let mut roles: Vec<Role> = piece.marks.iter().map(|&m| marks[m].role).collect();
        roles.sort();
        roles.dedup();
        let classes: Vec<&str> = roles.iter().map(|r| r.class()).collect();
        let parts: Vec<String> =
            piece.marks.iter().map(|&m| format!("{}:{}", marks[m].claim, marks[m].role.class())).collect();
        let mut tip = String::new();
        let mut seen = Vec::new();
        for &m in &piece.marks {
            let Mark { claim, role, .. } = marks[m];
            if !seen.contains(&(claim, role)) {
                seen.push((claim, role));
                let _ = writeln!(tip, "#{} {}: {}", claim + 1, role.class(), describe(&claims[claim]));
            }
        }
        let _ = write!(
            html,
            "<span class=\"hl {}\" data-hl=\"{}\" title=\"{}\">{body}</span>",
            classes.join(" "),
            parts.join(" "),
            escape(tip.trim_end()),
        );
    }
}

/// "Vladimir Putin (Russian President), reject, speech, mixed, via BBC".
fn describe(claim: &Claim) -> String {
    let mut s = match &claim.speaker {
        Some(sp) => match &sp.role {
            Some(role) => format!("{} ({role})", sp.name),
            None => sp.name.clone(),
        },
        None => "no speaker".to_string(),
    };
    let not = if claim.negated { "not " } else { "" };
    let _ = write!(s, ", {not}{}, {}, {}", claim.stance, claim.act, claim.kind);
    if let Some(source) = &claim.source {
        let _ = write!(s, ", via {}", source.name);
    }
    s
}

/// Claim indices grouped by speaker id, groups in order of first appearance; claims without a
/// speaker form the last group (`None`).
fn by_speaker(claims: &[Claim]) -> Vec<(Option<usize>, Vec<usize>)> {
    let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        let id = claim.speaker.as_ref().map(|s| s.id);
        match groups.iter_mut().find(|(g, _)| *g == id) {
            Some((_, members)) => members.push(i),
            None => groups.push((id, vec![i])),
        }
    }
    groups.sort_by_key(|(id, _)| id.is_none());
    groups
}

/// The table of claims, one `tbody` per speaker.
fn table(html: &mut String, claims: &[Claim], groups: &[(Option<usize>, Vec<usize>)]) {
    html.push_str(
        "<table>\n<thead><tr><th>#</th><th>kind</th><th>act</th><th>stance</th><th>cue</th><th>content</th><th>source</th></tr></thead>\n",
    );
    for (id, members) in groups {
        let head = match claims[members[0]].speaker.as_ref() {
            Some(sp) => {
                let role = sp.role.as_deref().map(|r| format!(", {}", escape(r))).unwrap_or_default();
                format!("{}{role} <span class=\"kind\">{}</span>", escape(&sp.name), sp.kind)
            }
            None => "No speaker named (an outlet's report, or a quote nobody was found for)".to_string(),
        };
        let _ = write!(
            html,
            "<tbody class=\"speaker\" data-speaker=\"{}\">\n<tr class=\"speaker-row\"><th colspan=\"7\">{head} \
             <span class=\"count\">{} claims</span></th></tr>\n",
            id.map_or_else(|| "none".to_string(), |i| i.to_string()),
            members.len(),
        );
        for &i in members {
            let c = &claims[i];
            let _ = writeln!(
                html,
                "<tr class=\"claim-row\" data-claim=\"{i}\"><td>{}</td><td>{}</td><td>{}</td><td class=\"stance\">{}{}</td>\
                 <td>{}</td><td class=\"content\">{}</td><td>{}</td></tr>",
                i + 1,
                c.kind,
                c.act,
                if c.negated { "not " } else { "" },
                c.stance,
                c.cue.as_ref().map(|cue| escape(&cue.text)).unwrap_or_default(),
                escape(&c.content.text),
                c.source.as_ref().map(|s| escape(&s.name)).unwrap_or_default(),
            );
        }
        html.push_str("</tbody>\n");
    }
    html.push_str("</table>\n");
}

/// Escape text for HTML content and double-quoted attributes. A carriage return is written as a
/// character reference, since the HTML parser would turn a literal CR LF into LF.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            '\n' => out.push('\n'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Undo [`escape`] and drop the tags: the text a browser shows for `html`.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            out.push_str(&rest[..lt]);
            rest = &rest[rest[lt..].find('>').map_or(rest.len(), |gt| lt + gt + 1)..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#13;", "\r")
            .replace("&amp;", "&")
    }

    #[test]
    fn the_article_keeps_its_text_and_marks_every_claim() {
        let text = "Officials <b>denied</b> that the talks had failed, Reuters reported.\r\n\r\n\
                    \"We will win & more,\" Jane Smith said. The plan, Mr Bell said, was never costed.";
        let extraction = claimex::Extractor::new().extract(text).unwrap();
        assert!(extraction.claims.len() >= 3);
        assert!(extraction.claims.iter().any(|c| c.content.is_interrupted()));
        let mut html = String::new();
        article(&mut html, text, &extraction.claims);
        assert_eq!(text_of(&html), text);
        for (i, claim) in extraction.claims.iter().enumerate() {
            let tag = format!("{i}:content");
            let marked: String = html
                .split("<span ")
                .filter(|s| s.split('"').nth(3).is_some_and(|hl| hl.split(' ').any(|p| p == tag)))
                .map(|s| text_of(&s[s.find('>').unwrap() + 1..s.find("</span>").unwrap()]))
                .collect();
            // (Every part marked, and nothing between them: the parts end to end.)
            let parts: String = claim.content.parts.iter().map(|p| p.as_str(text)).collect();
            assert_eq!(marked, parts, "claim {i}");
        }
    }

    #[test]
    fn the_page_is_self_contained() {
        let text = include_str!("../../tests/data/idlib-summit.txt");
        let extraction = claimex::Extractor::new().extract(text).unwrap();
        let html = page("sample", text, &extraction);
        for external in ["src=", "href=", "@import", "url(", "http://", "https://"] {
            assert!(!html.contains(external), "{external}");
        }
        assert_eq!(html.matches("class=\"claim-row\"").count(), extraction.claims.len());
    }

    #[test]
    fn groups_follow_first_appearance_and_speakerless_claims_come_last() {
        let text = "The talks failed, Reuters reported. Smith said it was over. \
                    Jones said it was not. Smith added that he was tired.";
        let claims = claimex::Extractor::new().extract(text).unwrap().claims;
        let groups = by_speaker(&claims);
        let names: Vec<Option<&str>> =
            groups.iter().map(|(_, m)| claims[m[0]].speaker.as_ref().map(|s| s.name.as_str())).collect();
        assert_eq!(names, [Some("Smith"), Some("Jones"), None]);
        assert_eq!(groups[0].1.len(), 2);
    }
}
