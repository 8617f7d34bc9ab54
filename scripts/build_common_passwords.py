#!/usr/bin/env python3
"""Build resources/common_passwords.txt: common passwords that FIT the seed's policy
(8–32 printable ASCII 0x21–0x7E with at least one letter, one digit and one symbol), so that the
composition rule cannot be met by the usual tricks (docs/security.md C4, ASVS 6.2.4/6.2.11).

Sources, all offline:
  * zxcvbn's frequency lists (the PyPI package ``zxcvbn``, pinned below): the 30,000 most
    common leaked passwords, ranked, plus common first names and surnames.  The package is
    installed into a throw-away virtualenv only for the build: it is not a runtime dependency.
  * the curated words below: classics of corporate password lists, words about this service
    (hellowork, mypage, …) and Japanese romaji favourites.

Every base word goes through the mutations that cracking rule sets (hashcat best64, "Hob0Rules")
apply: symbol/digit suffixes ('!', '1!', '123!', '@123', '#1', …), year suffixes 1990–2026
with '!' or '@', and leetspeak (a->@, o->0, s->$, e->3, in every combination).  Capitalisation
is applied too but disappears in the output, which is lower-cased because the app compares
case-insensitively (services/common_passwords.py).  Only candidates that pass the policy are
kept.  The output is deterministic and sorted; commit it.

Usage:
  python scripts/build_common_passwords.py            # (re)build the file
  python scripts/build_common_passwords.py --check    # exit 1 if the committed file is stale
  python scripts/build_common_passwords.py --verify   # check the committed file's format only
                                                       # (no zxcvbn, no network)
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import venv
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "resources" / "common_passwords.txt"
ZXCVBN = "zxcvbn==4.5.0"

MIN_LENGTH, MAX_LENGTH = 8, 32

# How many entries of each zxcvbn list become base words, per tier.  The tiers keep the file
# to a few hundred KiB: tier Y (the most common words) also gets year suffixes, tier A every
# suffix and leet form, tier B the most common suffixes and leet forms.
TIER_Y_PASSWORDS = 80
TIER_A_PASSWORDS = 600
TIER_B_PASSWORDS = 2000
TIER_B_NAMES = 150
TIER_B_SURNAMES = 60

# Must be in the output (docs/security.md C4's test, README examples).
REQUIRED = (
    "Passw0rd!", "P@ssw0rd", "P@ssword1", "Qwerty123!", "Welcome1!", "Hellowork1!",
    "Password1!", "P@ssw0rd1", "Sakura123!", "Pikachu1!", "1qaz@WSX",
)

CLASSICS = """
password passw0rd p@ssword p@ssw0rd pa$$word pa$$w0rd welcome welcome1 letmein changeme
qwerty qwertyuiop qwerty123 qwer1234 asdf1234 zxcv1234 1qaz2wsx 1q2w3e4r 1q2w3e4r5t zaq12wsx
1qazxsw2 abc123 abcd1234 a1b2c3d4 admin administrator root guest user test tester secret
master login access default temp temporary trustno1 iloveyou sunshine princess football
baseball dragon monkey shadow superman batman starwars pokemon minecraft computer internet
summer winter spring autumn fall monday friday january february march april may june july
august september october november december company office work job jobs career hello
hellowork hallowork hello-work mypage my-page mhlw kosei koseirodo roudou rodo shigoto
kyujin kyushoku kyuushoku shuushoku shushoku tenshoku yamagata japan nippon nihon
""".split()

# Romaji favourites: anime/games, places, food, words, common surnames and given names.
ROMAJI = """
sakura doraemon pikachu tokyo osaka kyoto nagoya yokohama sapporo fukuoka kobe sendai
hokkaido okinawa shinjuku shibuya akihabara fujisan fuji yamato naruto sasuke goku gokuu
luffy onepiece dragonball sailormoon totoro ghibli anpanman ultraman gundam godzilla gojira
hellokitty kitty miku hatsune conan detectiveconan evangelion kamenrider pokemon mario
ramen sushi tempura tonkatsu udon soba matcha sake onigiri mochi
arigato arigatou sayonara konnichiwa ohayo ganbare ganbatte daisuki aishiteru kawaii sugoi
otaku anime manga ninja samurai shogun tanuki kitsune neko inu usagi kuma tora ryuu ryu
hikari yume hoshi sora umi tsuki taiyou hana haru natsu aki fuyu yuki kaze ai kokoro
nihongo nippon nihon japan sakurako tsubasa himawari momiji midori aoi akane
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada
sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto
taro hanako ichiro jiro saburo hiroshi takeshi kenji akira makoto satoshi takuya daisuke
shota haruto yuto sota ren riku kaito yuki yuko keiko yumi ayumi momoko megumi haruka
misaki nanami yui aoi mio rin hina sakura mai emi kumiko tomoko akiko naoko
""".split()

ALPHA_SUFFIXES = (
    "!", "1!", "123!", "@123", "#1", "!1", "12!", "1234!", "@1", "1@", "123@", "123#", "!123",
    "#123", "01!", "1!!", "123!@#", "@1234", "4649!",
)
SHORT_SUFFIXES = ("!", "1!", "123!", "@123", "#1")
ALNUM_SUFFIXES = ("!", "!!", "@", "#", ".", "*", "!@#")
ALNUM_PREFIXES = ("!", "@")
YEARS = range(1990, 2027)
YEAR_FORMS = ("{w}{y}!",)
RECENT_YEAR_FORMS = ("{w}@{y}", "{w}{y}#")
RECENT_YEARS = range(2015, 2027)
LEET = (("a", "@"), ("o", "0"), ("s", "$"), ("e", "3"))
LEET_SUFFIXES = ("", "1", "123", "!", "1!", "123!")
SHORT_LEET_SUFFIXES = ("", "1", "!")


def fits_policy(value: str) -> bool:
    return (
        MIN_LENGTH <= len(value) <= MAX_LENGTH
        and all(0x21 <= ord(ch) <= 0x7E for ch in value)
        and any(ch.isalpha() for ch in value)
        and any(ch.isdigit() for ch in value)
        and any(not ch.isalnum() for ch in value)
    )


def leet_variants(word: str) -> Iterator[str]:
    """Every non-empty combination of the substitutions that apply to ``word``."""
    rules = [rule for rule in LEET if rule[0] in word]
    for r in range(1, len(rules) + 1):
        for combo in itertools.combinations(rules, r):
            out = word
            for src, dst in combo:
                out = out.replace(src, dst)
            yield out


def cased(word: str) -> tuple[str, ...]:
    # capitalisation, as the rule sets do; lower-casing the output folds these together
    return (word, word.capitalize(), word.upper())


def with_years(word: str) -> Iterator[str]:
    for w in cased(word):
        for y, form in itertools.product(YEARS, YEAR_FORMS):
            yield form.format(w=w, y=y)
        for y, form in itertools.product(RECENT_YEARS, RECENT_YEAR_FORMS):
            yield form.format(w=w, y=y)


def mutate_alpha(word: str, full: bool) -> Iterator[str]:
    for w in cased(word):
        for suffix in ALPHA_SUFFIXES if full else SHORT_SUFFIXES:
            yield w + suffix
    for leet in leet_variants(word):
        for suffix in LEET_SUFFIXES if full else SHORT_LEET_SUFFIXES:
            yield leet + suffix


def mutate_alnum(word: str) -> Iterator[str]:
    yield word
    for suffix in ALNUM_SUFFIXES:
        yield word + suffix
    for prefix in ALNUM_PREFIXES:
        yield prefix + word
    for leet in leet_variants(word):
        yield leet
        yield leet + "!"


def mutate(word: str, full: bool) -> Iterator[str]:
    letters = any(ch.isalpha() for ch in word)
    digits = any(ch.isdigit() for ch in word)
    if not letters:
        return
    if not word.isalnum():
        yield word  # already has a symbol (p@ssw0rd, 1qaz@wsx, sasha_007)
        yield word + "1"
        yield word + "!"
        yield word + "123"
        return
    if digits:
        yield from mutate_alnum(word)
        if full:
            yield from (word + s for s in ("1!", "123!", "@123", "#1"))
    else:
        yield from mutate_alpha(word, full)


def ordered_unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def generate(lists: dict[str, list[str]]) -> list[str]:
    passwords = [p.lower() for p in lists["passwords"]]

    def usable(word: str) -> bool:
        return 3 <= len(word) <= MAX_LENGTH and all(0x21 <= ord(ch) <= 0x7E for ch in word)

    tier_y = ordered_unique(
        [w for w in passwords[:TIER_Y_PASSWORDS] if usable(w) and w.isalpha()] + CLASSICS + ROMAJI[:60]
    )
    tier_a = ordered_unique(
        [w for w in passwords[:TIER_A_PASSWORDS] if usable(w)] + CLASSICS + ROMAJI
    )
    tier_b = ordered_unique(
        [w for w in passwords[TIER_A_PASSWORDS:TIER_B_PASSWORDS] if usable(w)]
        + lists["female_names"][:TIER_B_NAMES]
        + lists["male_names"][:TIER_B_NAMES]
        + lists["surnames"][:TIER_B_SURNAMES]
    )
    tier_b = [w for w in tier_b if w not in set(tier_a)]

    found: set[str] = {w.lower() for w in passwords if fits_policy(w)}
    for word in tier_y:
        if word.isalpha():
            found.update(c.lower() for c in with_years(word) if fits_policy(c))
    for words, full in ((tier_a, True), (tier_b, False)):
        for word in words:
            found.update(c.lower() for c in mutate(word.lower(), full) if fits_policy(c))
    found.update(w.lower() for w in REQUIRED)
    return sorted(found)


def load_zxcvbn_lists() -> dict[str, list[str]]:
    names = ["passwords", "female_names", "male_names", "surnames"]
    dump = (
        "import json, sys, zxcvbn.frequency_lists as f; "
        f"json.dump({{k: f.FREQUENCY_LISTS[k] for k in {names!r}}}, sys.stdout)"
    )
    try:
        import zxcvbn.frequency_lists  # noqa: F401

        python = sys.executable
        out = subprocess.run([python, "-c", dump], check=True, capture_output=True, text=True).stdout
        return dict(json.loads(out))
    except ImportError:
        pass
    with tempfile.TemporaryDirectory(prefix="zxcvbn-build-") as tmp:
        print(f"installing {ZXCVBN} into a temporary virtualenv …", file=sys.stderr)
        venv.create(tmp, with_pip=True)
        python = str(Path(tmp) / "bin" / "python")
        subprocess.run(
            [python, "-m", "pip", "install", "-q", "--no-input", "--disable-pip-version-check", ZXCVBN],
            check=True,
            stdin=subprocess.DEVNULL,
        )
        out = subprocess.run([python, "-c", dump], check=True, capture_output=True, text=True).stdout
        return dict(json.loads(out))


def verify(lines: list[str]) -> list[str]:
    problems: list[str] = []
    if len(lines) < 3000:
        problems.append(f"only {len(lines)} entries (need >= 3000)")
    if lines != sorted(set(lines)):
        problems.append("not sorted and unique")
    bad = [w for w in lines if not fits_policy(w) or w != w.lower()]
    if bad:
        problems.append(f"{len(bad)} entries do not fit the policy or are not lower-case, e.g. {bad[:5]}")
    missing = [w for w in REQUIRED if w.lower() not in set(lines)]
    if missing:
        problems.append(f"required entries missing: {missing}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if the committed file is not what we build")
    mode.add_argument("--verify", action="store_true", help="check the committed file's format only")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    if args.verify:
        lines = args.output.read_text(encoding="ascii").splitlines()
        problems = verify(lines)
        for p in problems:
            print(f"{args.output}: {p}", file=sys.stderr)
        print(f"{args.output}: {len(lines)} entries, {'OK' if not problems else 'BAD'}")
        return 1 if problems else 0

    words = generate(load_zxcvbn_lists())
    problems = verify(words)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    text = "\n".join(words) + "\n"
    if args.check:
        current = args.output.read_text(encoding="ascii") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run scripts/build_common_passwords.py", file=sys.stderr)
            return 1
        print(f"{args.output}: up to date ({len(words)} entries)")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="ascii", newline="\n")
    print(f"wrote {args.output}: {len(words)} entries, {len(text.encode()) / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
