"""Japanese free-word search by bigrams (docs/tech-notes.md §japanese-search).

SQLite's trigram tokenizer silently finds nothing for 2-character words (介護, 事務), and
morphological analysers split 一般事務 differently from 事務. So text is NFKC-normalised and
lower-cased (ｶｲｺﾞ = カイゴ, ＡＢＣ = abc), cut into runs of letters/digits, and each run becomes
tokens: an ASCII run is one word; a non-ASCII run of one character is that character; a longer
one becomes its overlapping bigrams. The last character of every longer run is also kept, in a
separate ``tails`` list, so a one-character query finds it (社員寮 ∋ 寮).

A query word becomes a phrase of consecutive tokens, which equals substring search for
Japanese words. So that no phrase runs across a symbol or from one field into the next
(山形県（県内… must not match 山形県内; 職種 看護師 + 仕事の内容 師長… must not match 看護師長),
the token stream carries a marker where the text had symbols or spaces between two runs
(:data:`GAP`) and one between fields (:data:`FIELD_END`). Both are private-use characters:
never produced from typed text, yet tokens to FTS5's unicode61 tokenizer and to a tsvector.
A query word with symbols inside (山形県(県内) puts :data:`GAP` where they were, so it
matches the same runs with any symbols between them; a query never holds :data:`FIELD_END`.
Every token is quoted when the engine query is built, so user input can never become an
operator (``"``, ``*``, ``NEAR``, ``OR``, ``-``).

PostgreSQL keeps at most 256 positions per lexeme in a tsvector (and none above 16383), so a
long text's later occurrences of a common bigram would be dropped and a phrase there missed.
The tokens are therefore cut into overlapping segments of :data:`SEGMENT_TOKENS`, one
tsvector each (:func:`tsvector_segments`): inside one, no lexeme can have more positions than
that, and the overlap is longer than the longest query phrase, so every phrase lies whole in
some segment. SQLite's FTS5 has no such limits and keeps one row per posting."""

from __future__ import annotations

from dataclasses import dataclass

from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.text import has_control_chars, nfkc

MAX_QUERY_LENGTH = 100
MAX_WORDS = 10
FIELD = "free_words"


def normalize(text: str) -> str:
    return nfkc(text).lower()


GAP = "\ue000"
FIELD_END = "\ue001"
MARKERS = frozenset({GAP, FIELD_END})


def _runs(text: str) -> list[tuple[str, bool]]:
    """The runs of letters/digits, each with whether symbols or spaces separate it from the
    run before (an ASCII/non-ASCII switch alone splits runs without a gap: excel入力)."""
    runs: list[tuple[str, bool]] = []
    current: list[str] = []
    current_ascii: bool | None = None
    gap = False
    for ch in normalize(text):
        if not ch.isalnum():
            if current:
                runs.append(("".join(current), gap))
            current, current_ascii, gap = [], None, True
            continue
        is_ascii = ch.isascii()
        if current and is_ascii != current_ascii:
            runs.append(("".join(current), gap))
            current, gap = [], False
        current.append(ch)
        current_ascii = is_ascii
    if current:
        runs.append(("".join(current), gap))
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


def field_tokens(field: str) -> tuple[list[str], list[str]]:
    """(grams with :data:`GAP` between separated runs, tails) of one field."""
    grams: list[str] = []
    tails: list[str] = []
    for run, gap in _runs(field):
        if gap and grams:
            grams.append(GAP)
        grams += _run_tokens(run)
        if not run.isascii() and len(run) > 1:
            tails.append(run[-1])
    return grams, tails


def document_tokens(*fields: str) -> DocumentTokens:
    """The tokens of a posting's searchable fields, :data:`FIELD_END` between two fields."""
    grams: list[str] = []
    tails: list[str] = []
    for field in fields:
        field_grams, field_tails = field_tokens(field)
        if field_grams and grams:
            grams.append(FIELD_END)
        grams += field_grams
        tails += field_tails
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
        for index, (run, gap) in enumerate(runs):
            single = not run.isascii() and len(run) == 1
            if single and index < len(runs) - 1:
                # A lone character inside a mixed word can't sit inside a phrase of bigrams;
                # match it on its own instead (slightly wider than substring search).
                if current:
                    phrases.append(Phrase(tuple(current)))
                    current = []
                phrases.append(Phrase((run,)))
                continue
            if gap and current:
                current.append(GAP)  # symbols between runs: any symbols there (not another field)
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


PG_MAX_POSITIONS = 256  # per lexeme in one tsvector
PG_MAX_POSITION = 16383
SEGMENT_TOKENS = 256
SEGMENT_STEP = 128  # segments overlap by 128 tokens: a query phrase has at most 100 (MAX_QUERY_LENGTH)


def _tsvector(positions: dict[str, list[int]]) -> str:
    return " ".join(f"{_pg_lexeme(t)}:{','.join(map(str, sorted(set(p))[:PG_MAX_POSITIONS]))}"
                    for t, p in positions.items())


def segment_starts(count: int) -> range:
    """Where the segments of ``count`` tokens start: every token in one, every run of
    ``SEGMENT_TOKENS - SEGMENT_STEP + 1`` consecutive tokens whole in at least one."""
    last = max(count - SEGMENT_TOKENS, 0)
    return range(0, last + SEGMENT_STEP if last else 1, SEGMENT_STEP)


def tsvector_segments(tokens: DocumentTokens) -> list[str]:
    """PostgreSQL ``tsvector`` inputs with explicit positions (no text parser involved), one
    per segment of :data:`SEGMENT_TOKENS` grams; none when there is no token. Every gram keeps
    its every position (at most 256 in a segment). The tails go with the first segment, two
    positions apart after its grams, so no phrase can run into or across them, while a
    one-character prefix query still finds them (only their presence counts, so a very long
    text's last tails may share the highest position)."""
    if not tokens.grams and not tokens.tails:
        return []
    segments = []
    for start in segment_starts(len(tokens.grams)):
        positions: dict[str, list[int]] = {}
        window = tokens.grams[start:start + SEGMENT_TOKENS]
        for index, token in enumerate(window, start=1):
            positions.setdefault(token, []).append(index)
        if start == 0:
            first_tail = len(window) + 2
            for offset, token in enumerate(tokens.tails):
                positions.setdefault(token, []).append(min(first_tail + 2 * offset, PG_MAX_POSITION))
        segments.append(_tsvector(positions))
    return segments


def tsquery_literal(phrases: list[Phrase]) -> str:
    """A ``tsquery``: phrases as ``<->`` chains, AND between them."""
    parts = []
    for phrase in phrases:
        lexemes = [_pg_lexeme(t) for t in phrase.tokens]
        if phrase.prefix:
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)
