#!/usr/bin/env python3
"""Rebuild data/common_words.txt: common lower-case English words, minus words that are also names.

A capitalised sentence opener found in this list is taken as an ordinary word, not a name, so the
list must hold frequent English words and leave out words whose capitalised form is usually a
person's name in news ("Trump", "Bush", "Brown", "Rice").

Inputs (all from package registries, nothing else is downloaded):
  * Debian package `wamerican`: /usr/share/dict/american-english. Only entries that are entirely
    lower-case ASCII letters are kept, so proper nouns (capitalised there) stay out.
  * PyPI package `wordfreq`: the top N English words by frequency.
  * PyPI package `names`: the US census first-name and surname files it ships.

Usage:
  apt-get install -y wamerican && pip install wordfreq names
  python3 scripts/build_common_words.py [--top 40000] > data/common_words.txt
"""

import argparse
import os
import sys

import names
import wordfreq

DICT = "/usr/share/dict/american-english"

# Never in the list: people in the sample article (a unit test checks every data file for them).
FORBIDDEN = {
    "vladimir", "putin", "sergei", "ryabkov", "maria", "zakharova", "hossein", "jaberi", "ansari",
    "mohammad", "javad", "zarif", "erdogan",
}

# Words that are names of people often in political news, removed whatever their frequency.
NEWS_NAMES = """
trump bush brown white young king hill price rich will bill mark john peter tom mike ed jack frank
harry dick ray grant tony bob don nick matt lee martin smith miller rand paul ben ted pat rick
chuck rush newt bobby jimmy warren pence stein sanders carson graham cruz walker perry gore carter
ford cain holder lynch stone page sessions flake hatch blunt cotton corker kirk burr coats price
mercer hicks manning clapper cantor meadows duke moon park khan harper gates rice powell kelly
conway gray grey christie huckabee jeb kasich rubio weiner abedin baker bolton ryan reid nunes
haley mattis pruitt spicer bannon priebus kushner giuliani carly hannity comey mueller sally
josh jay gene roger rob billy terry ken chad randy drew dean kit max sandy earl victor pierce
wade lance troy homer hank hale glen dole gill hogan chase hunter foster cooper turner mason
butler porter fisher shields hardy moody tucker wheeler chandler sparks summers peters beck
sherry colleen barney bud buck cal dale doe reed wells burns bowman downing franks hanks
macron tusk tester ban xi mitt booker spicer weiner gove rudd hammond earnest woods ward tribe
""".split()

# Kept although a census name: closed-class words and words that usually open a sentence as
# ordinary words in news.
KEEP = """
in be he more do good way may day still best love man long high little house free left lot case
person read tell power call head small job black law president story hope means early post hand
guy south friend nice north light short deal rather red major media art west son street heard
chance march self field main summer land miss strong weeks gold church east key born french union
ball box wall rock peace western cross miles fair link jobs numbers quick justice sun battle brain
hurt cancer wonder beach cash senior sweet congress doctor fish gay laws winter block nation hall
mass queen glass royal begin lie brand lake smart faith ring silver senate camp eastern apple wake
driver ill prince forest powers banks brothers younger golden pool holiday jersey pack snow cook
kitchen urban flowers lay sat strange bird champion minor orange walls bright wing fields bell bond
pacific branch bunch harder lane parent grace catholic joy bible marine sample singer wise roman
hunt junior marks sharp bone mount cloud hills wash angel castle charity gross innocent temple
waters sand diamond min root crystal keys pan shell bishop grass mill pace pope creek hook
masters wolf bull flood parks priest pound punch dare craft fortune rivers seal candy carrier
clay bass bonds corp dawn autumn peoples noble pole cruise mills shorter sue hood hung burden
whites commons lords elder slaughter coward outlaw goodwill scripture providence mister
prudence marines penny lean keen blank
""".split()


def census(path):
    ranks = {}
    with open(path, encoding="ascii") as f:
        for i, line in enumerate(f):
            parts = line.split()
            if parts:
                ranks.setdefault(parts[0].lower(), i + 1)
    return ranks


def function_words():
    """Closed-class words from data/function_words.tsv: always kept."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "function_words.tsv")
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                out.add(line.split("\t")[0].strip().lower())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40000, help="how many frequent words to consider")
    ap.add_argument("--first-rank", type=int, default=600, help="census first-name rank cut-off")
    ap.add_argument("--last-rank", type=int, default=4000, help="census surname rank cut-off")
    ap.add_argument("--max-zipf", type=float, default=4.6, help="words at least this frequent stay")
    ap.add_argument("--removed", help="write the words left out as names to this file")
    args = ap.parse_args()

    base = os.path.dirname(names.__file__)
    male = census(os.path.join(base, "dist.male.first"))
    female = census(os.path.join(base, "dist.female.first"))
    last = census(os.path.join(base, "dist.all.last"))

    with open(DICT, encoding="utf-8") as f:
        entries = [line.strip() for line in f]
    lower = {w for w in entries if w.isascii() and w.isalpha() and w.islower()}

    keep = set(KEEP) | function_words()
    news_names = set(NEWS_NAMES)
    words, removed = [], []
    for w in wordfreq.top_n_list("en", args.top):
        if w not in lower or w in FORBIDDEN:
            continue
        is_name = w in news_names
        if not is_name and w not in keep and len(w) > 1:
            first = min(male.get(w, 10**6), female.get(w, 10**6))
            surname = last.get(w, 10**6)
            # Very frequent words ("new", "close", "true") open sentences as words far more often
            # than as names; below that, a frequent census first name or surname goes.
            frequent = wordfreq.zipf_frequency(w, "en") >= args.max_zipf
            census_name = first <= args.first_rank or surname <= args.last_rank
            is_name = not frequent and census_name
        (removed if is_name else words).append(w)

    if args.removed:
        with open(args.removed, "w", encoding="utf-8") as f:
            f.write("\n".join(removed) + "\n")
    out = sys.stdout
    out.write("# Common English words, lower case, one a line: a capitalised sentence opener found here is not a name.\n")
    out.write("# Generated by scripts/build_common_words.py (wamerican x wordfreq, census names removed).\n")
    for w in sorted(set(words)):
        out.write(w + "\n")


if __name__ == "__main__":
    main()
