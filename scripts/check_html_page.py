#!/usr/bin/env python3
"""Check `claimex html` in a real browser: headless Chromium driven through chromedriver (W3C
WebDriver over HTTP, Python's standard library only).

    python3 scripts/check_html_page.py CLAIMEX_BINARY ARTICLE.txt SCREENSHOT.png

Makes the page for ARTICLE.txt, loads it, and reads the rendered DOM: the article element's text
is the file's text unchanged; every part (content, cue, speaker mention, source) of every claim
that `claimex extract` finds is highlighted, each role in its own colour, with the claim's speaker
and stance in the highlight's tooltip; the table has one row per claim under one heading per
speaker; hovering a highlight lights its row. Saves a screenshot. Exits non-zero on any failure.
"""
import base64
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CHROME_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--window-size=1280,860",
]

# What the page script-free DOM holds, read in the browser.
READ_DOM = """
const article = document.getElementById('article');
const highlights = [...article.querySelectorAll('[data-hl]')].map(el => ({
  hl: el.getAttribute('data-hl'), title: el.title, text: el.textContent,
  background: getComputedStyle(el).backgroundColor,
}));
const legend = {};
for (const el of document.querySelectorAll('.legend .hl')) {
  legend[el.textContent] = getComputedStyle(el).backgroundColor;
}
const groups = [...document.querySelectorAll('#claims tbody.speaker')].map(tb => ({
  speaker: tb.getAttribute('data-speaker'),
  claims: [...tb.querySelectorAll('tr[data-claim]')].map(tr => Number(tr.getAttribute('data-claim'))),
}));
return {text: article.textContent, highlights, legend, groups,
        external: document.querySelectorAll('[src], link[href]').length};
"""


class Driver:
    """The few WebDriver commands the check needs."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            "args": CHROME_ARGS + [f"--user-data-dir={tempfile.mkdtemp(prefix='claimex-chromium-')}"],
        }}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        if path != "/session" and not path.startswith("/status"):
            path = f"/session/{self.session}{path}"
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.loads(resp.read())["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"WebDriver {method} {path}: {e.read().decode(errors='replace')[:500]}") from None

    def run(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    binary, article_path, screenshot = sys.argv[1:4]
    text = open(article_path, encoding="utf-8", newline="").read()
    claims = json.loads(subprocess.run([binary, "extract", article_path], check=True,
                                       capture_output=True).stdout)["claims"]
    page = os.path.abspath(os.path.join(os.path.dirname(screenshot), "claimex-page.html"))
    subprocess.run([binary, "html", article_path, "-o", page], check=True)

    port = free_port()
    driver_proc = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    failures = []
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/status", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        driver = Driver(port)
        driver.call("POST", "/url", {"url": "file://" + page})
        dom = driver.run(READ_DOM)

        if dom["text"] != text:
            failures.append("the article's rendered text differs from the file")
        if dom["external"]:
            failures.append(f"{dom['external']} elements load something from elsewhere")
        roles = ["content", "cue", "speaker", "source"]
        colours = [dom["legend"].get(r) for r in roles]
        if None in colours or len(set(colours)) != len(roles):
            failures.append(f"roles do not have distinct colours: {dom['legend']}")
        for i, claim in enumerate(claims):
            # (A content in parts is highlighted part by part: their text end to end.)
            raw = text.encode()
            pieces = claim["content"].get("parts") or [claim["content"]]
            want = {"content": "".join(raw[p["start"]:p["end"]].decode() for p in pieces)}
            if claim.get("cue"):
                want["cue"] = claim["cue"]["text"]
            if claim.get("speaker"):
                want["speaker"] = claim["speaker"]["mention"]["text"]
            if claim.get("source"):
                want["source"] = claim["source"]["text"]
            for role, expected in want.items():
                tag = f"{i}:{role}"
                parts = [h for h in dom["highlights"] if tag in h["hl"].split(" ")]
                got = "".join(h["text"] for h in parts)
                if got != expected:
                    failures.append(f"claim {i + 1} {role}: highlighted {got!r}, expected {expected!r}")
                if role == "content" and parts:
                    title = parts[0]["title"]
                    speaker = claim["speaker"]["name"] if claim.get("speaker") else "no speaker"
                    if speaker not in title or claim["stance"] not in title:
                        failures.append(f"claim {i + 1}: tooltip {title!r} lacks {speaker!r} or {claim['stance']!r}")
        rows = sorted(c for g in dom["groups"] for c in g["claims"])
        if rows != list(range(len(claims))):
            failures.append(f"table rows {rows} are not one per claim ({len(claims)})")
        speakers = {str(c["speaker"]["id"]) if c.get("speaker") else "none" for c in claims}
        if sorted(g["speaker"] for g in dom["groups"]) != sorted(speakers):
            failures.append(f"table groups {[g['speaker'] for g in dom['groups']]} are not one per speaker")

        # Hover the first claim's content: its row lights up (the page's script ran).
        element = driver.call("POST", "/element", {"using": "css selector",
                                                   "value": '#article [data-hl~="0:content"]'})
        driver.call("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
            {"type": "pointerMove", "origin": element, "x": 0, "y": 0}]}]})
        if not driver.run("return document.querySelector('tr[data-claim=\"0\"]').classList.contains('active')"):
            failures.append("hovering claim 1's content does not light its row")
        driver.call("DELETE", "/actions")
        driver.run("window.scrollTo(0, 0)")

        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(driver.call("GET", "/screenshot")))
        driver.call("DELETE", "")
    finally:
        driver_proc.terminate()
        driver_proc.wait()

    n_highlights = len(dom["highlights"])
    if failures:
        print("browser check of claimex html FAILED:", *failures, sep="\n  ")
        sys.exit(1)
    print(f"browser check of claimex html: {len(claims)} claims, {n_highlights} highlighted pieces, "
          f"{len(dom['groups'])} speaker groups, text unchanged; screenshot {screenshot}")


if __name__ == "__main__":
    main()
