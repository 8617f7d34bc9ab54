"""Japanese free-word search by bigrams (TECH-NOTES §4).

SQLite's trigram tokenizer silently finds nothing for 2-character words (介護, 事務), and
morphological analysers split 一般事務 differently from 事務. So text is NFKC-normalised and
lower-cased (ｶｲｺﾞ = カイゴ, ＡＢＣ = abc), cut into runs of letters/digits, and each run becomes
tokens: an ASCII run is one word; a non-ASCII run of one character is that character; a longer
one becomes its overlapping bigrams. The last character of every longer run is also kept, in a
separate ``tails`` list, so a one-character query finds it (社員寮 ∋ 寮).

A query word becomes a phrase of consecutive tokens, which equals substring search for
Japanese words. Every token is quoted when the engine query is built, so user input can never
become an operator (``"``, ``*``, ``NEAR``, ``OR``, ``-``)."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import FieldError, ValidationFailed
from .text import has_control_chars, nfkc

MAX_QUERY_LENGTH = 100
MAX_WORDS = 10
FIELD = "free_words"


def normalize(text: str) -> str:
    return nfkc(text).lower()


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    current: list[str] = []
    current_ascii: bool | None = None
    for ch in normalize(text):
        if not ch.isalnum():
            if current:
                runs.append("".join(current))
            current, current_ascii = [], None
            continue
        is_ascii = ch.isascii()
        if current and is_ascii != current_ascii:
            runs.append("".join(current))
            current = []
        current.append(ch)
        current_ascii = is_ascii
    if current:
        runs.append("".join(current))
    return runs


def _run_tokens(run: str) -> list[str]:
    if run.isascii() or len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


@dataclass(frozen=True)
class DocumentTokens:
    grams: list[str]
    tails: list[str]

    def grams_text(self) -> str:
        return " ".join(self.grams)

    def tails_text(self) -> str:
        return " ".join(self.tails)


def document_tokens(*fields: str) -> DocumentTokens:
    grams: list[str] = []
    tails: list[str] = []
    for field in fields:
        for run in _runs(field):
            grams += _run_tokens(run)
            if not run.isascii() and len(run) > 1:
                tails.append(run[-1])
    return DocumentTokens(grams, tails)


@dataclass(frozen=True)
class Phrase:
    """Consecutive tokens; ``prefix`` marks the last one as a prefix (``excel`` finds
    ``excel2019``). ``single_char`` is a one-character word: matched as a prefix of grams or
    exactly among tails."""

    tokens: tuple[str, ...]

    @property
    def prefix(self) -> bool:
        # A bigram is matched whole (the `*` would only cost FTS5 a few milliseconds); an
        # ASCII word or a lone character is the start of a longer token.
        last = self.tokens[-1]
        return last.isascii() or len(last) == 1

    @property
    def single_char(self) -> bool:
        return len(self.tokens) == 1 and len(self.tokens[0]) == 1 and not self.tokens[0].isascii()


def parse_free_words(text: str) -> list[Phrase]:
    """Words separated by spaces (half- or full-width) must all match (AND)."""
    if len(text) > MAX_QUERY_LENGTH:
        raise ValidationFailed([FieldError(FIELD, "search.too_long", {"max": MAX_QUERY_LENGTH})])
    if has_control_chars(text.replace("\t", " ")):
        raise ValidationFailed([FieldError(FIELD, "search.control_chars")])
    words = normalize(text).split()
    if len(words) > MAX_WORDS:
        raise ValidationFailed([FieldError(FIELD, "search.too_many_words", {"max": MAX_WORDS})])
    phrases: list[Phrase] = []
    for word in words:
        runs = _runs(word)
        if not runs:
            continue  # only symbols or emoji: nothing searchable in this word
        current: list[str] = []
        for index, run in enumerate(runs):
            single = not run.isascii() and len(run) == 1
            if single and index < len(runs) - 1:
                # A lone character inside a mixed word can't sit inside a phrase of bigrams;
                # match it on its own instead (slightly wider than substring search).
                if current:
                    phrases.append(Phrase(tuple(current)))
                    current = []
                phrases.append(Phrase((run,)))
                continue
            current += _run_tokens(run)
        if current:
            phrases.append(Phrase(tuple(current)))
    if words and not phrases:
        raise ValidationFailed([FieldError(FIELD, "search.nothing_searchable")])
    return phrases


def _fts5_string(tokens: tuple[str, ...]) -> str:
    return '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'


def fts5_query(phrases: list[Phrase]) -> str:
    """An FTS5 MATCH expression over the columns ``grams`` and ``tails``."""
    parts = []
    for phrase in phrases:
        body = _fts5_string(phrase.tokens)
        if phrase.single_char:
            parts.append(f"(grams : {body} * OR tails : {body})")
        else:
            parts.append(f"grams : {body}{' *' if phrase.prefix else ''}")
    return " AND ".join(parts)


def _pg_lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


PG_MAX_POSITION = 16383


def tsvector_literal(tokens: DocumentTokens) -> str:
    """A PostgreSQL ``tsvector`` input with explicit positions (no text parser involved).
    Tails follow the grams two positions apart, so no phrase can run into or across them,
    while a one-character prefix query still finds them."""
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(tokens.grams, start=1):
        positions.setdefault(token, []).append(min(index, PG_MAX_POSITION))
    start = len(tokens.grams) + 2
    for offset, token in enumerate(tokens.tails):
        positions.setdefault(token, []).append(min(start + 2 * offset, PG_MAX_POSITION))
    return " ".join(
        f"{_pg_lexeme(t)}:{','.join(map(str, sorted(set(p))[:256]))}" for t, p in positions.items()
    )


def tsquery_literal(phrases: list[Phrase]) -> str:
    """A ``tsquery``: phrases as ``<->`` chains, AND between them."""
    parts = []
    for phrase in phrases:
        lexemes = [_pg_lexeme(t) for t in phrase.tokens]
        if phrase.prefix:
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)
