"""Regular expressions built from the data files' word lists: alternations, lazily compiled
patterns, and the `_Gate` that skips a pattern when a text lacks its required characters
or words."""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace.

    Words are grouped by their first character, which each group writes once: the regex
    engine tries an alternation's branches one by one at every position, and a group whose
    first character fails there is passed in one try, not one per word ("k(?:ilo|m)"
    for "kilo|km"). The matches are the same: only words whose first character can match
    a position can match there, whatever the flags, and those keep their order (longest
    first), since a group holds every word whose first character matches what its own
    does under case folding (words whose first characters differ but fold alike, such as
    "K" and "k", are written out in one group without factoring).

    >>> _alt(["kilo", "km", "m"]), _alt(["kilo", "Km"])
    ('k(?:ilo|m)|m', 'kilo|Km')
    """
    parts = _alt_parts(words)
    if parts is None:
        ordered = sorted({w for w in words if w}, key=len, reverse=True)
        return "|".join(_escape_word(w) for w in ordered)
    return "|".join(re.escape(first) + rest for first, rest in parts) or "(?!)"


def _scale_alt(scales: Any) -> str:
    """`_alt` of scale words, those written in capitals ("M": "3,5 M") matched in capitals
    only: "800 m" is metres, "5 M" five million."""
    capitals = [w for w in scales if w.isupper()]
    rest = _alt([w for w in scales if not w.isupper()])
    if not capitals:
        return rest
    return f"(?-i:{_alt(capitals)})" + (f"|{rest}" if rest else "")


def _alt_parts(words: Any) -> list[tuple[str, str]] | None:
    """`_alt`'s branches, in order, each as its first character and the pattern of what
    follows it; None when a word opens with whitespace (whose pattern is no character)."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    if any(w[0].isspace() for w in ordered):
        return None
    groups: dict[int, list[str]] = {}
    for w in ordered:
        groups.setdefault(_fold_class(w[0]), []).append(w)
    parts = []
    for group in groups.values():
        if len(group) > 1 and len({w[0] for w in group}) == 1:
            rests = "|".join(_escape_word(w[1:]) for w in group)
            parts.append((group[0][0], f"(?:{rests})"))
        else:
            parts.extend((w[0], _escape_word(w[1:])) for w in group)
    return parts


def _led(words: Any, group: str | None = None) -> str:
    r"""``(?<!\w)(?:{_alt(words)})`` written to open with a class of the words' first
    characters, the word boundary looked for behind the character taken, and each branch
    checking its own first character behind it (with `group`, the words in a group of that
    name, ``(?<!\w)(?P<group>...)``): the regex engine tries a class at every
    position of a text at a fraction of the cost of a lookbehind and an alternation (which
    it then tries only where the class matches). The matches are the same: a branch
    matches from the class's character on exactly when it matched from before it.

    >>> _led(["one", "an", "a"])
    '[oa](?<!\\w.)(?:(?<=o)ne|(?<=a)(?:n|))'
    """
    opening = f"(?P<{group}>" if group else "(?:"
    parts = _alt_parts(words)
    if parts is None:
        return rf"(?<!\w){opening}{_alt(words)})"
    if not parts:
        return f"{opening}(?!))"
    firsts = "".join(re.escape(f) for f in dict.fromkeys(f for f, _ in parts))
    branches = "|".join(rf"(?<={re.escape(first)}){rest}" for first, rest in parts)
    if group:
        # The group opens with the class's character, as it opened with the word's.
        return rf"{opening}[{firsts}](?<!\w.)(?:{branches}))"
    return rf"[{firsts}](?<!\w.)(?:{branches})"


def _fill(template: str, words: Any) -> str:
    """A `_Gate.of_words` template with its words: `_LED_WORDS` as `_led` writes them,
    `_WORDS` as `_alt` does."""
    if _LED_WORDS in template:
        return template.replace(_LED_WORDS, _led(words))
    return template.replace(_WORDS, _alt(words))


def _escape_word(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


_SRE: Any = importlib.import_module("_sre")


_CASEFIX: Any = importlib.import_module("re._casefix")


def _fold_class(c: str) -> int:
    """The characters that match `c` under re.I, as the regex engine folds them: their
    least lowercase code point (its extra cases too: "s" and "ſ", "k" and the Kelvin sign)."""
    lower = _SRE.unicode_tolower(ord(c))
    return int(min((lower, *_CASEFIX._EXTRA_CASES.get(lower, ()))))


def _word_re(words: Any, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alt(words)})(?!\w)", flags)


class _LazyPattern:
    """A regular expression compiled on first use: a language's rules hold some two hundred
    patterns, and a text needs few of them (compiling them all was most of `rules_for`'s
    cost, paid by every command that checks a claim). The first use of a method compiles
    the pattern and keeps the compiled pattern's bound methods in its slots, so later uses
    cost what the compiled pattern's do."""

    __slots__ = (
        "pattern",
        "flags",
        "groups",
        "groupindex",
        "search",
        "match",
        "fullmatch",
        "finditer",
        "findall",
        "sub",
        "subn",
        "split",
        "_given",
    )

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self._given = pattern, flags

    def __getattr__(self, name: str) -> Any:
        # Reached only while a slot is empty, that is before the first compilation.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._given)
        for slot in _LazyPattern.__slots__[1:-1]:
            setattr(self, slot, getattr(compiled, slot))
        return getattr(self, name)


def _lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the pattern's first use (see `_LazyPattern`): the rules'
    patterns and this module's own (many of which a text in English never needs, such as
    the CJK numerals')."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]


_TOKEN = _lazy(r"\w+")


#: Each ASCII byte that `_TOKEN` matches kept, any other a space: the words of an ASCII
#: text are the runs this leaves between spaces.
_ASCII_WORDS = bytes(c if re.fullmatch(r"\w", chr(c)) else 32 for c in range(256))


_ASCII_DIGITS = b"0123456789"


_ASCII_DIGIT_CHARS = tuple("0123456789")


#: Lowercase ASCII letters kept, every other byte a space: a text's runs of letters.
_ASCII_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


_CLOCK_DIGITS = _lazy(r"\d:\d\d")


_LETTER = _lazy(r"[^\W\d_]")


_DIGIT = _lazy(r"\d")


class _Gate:
    """A pattern run only when the text has one of its trigger tokens (and digits, if asked).

    Most quotes hold none of a table's words; testing a set of the text's tokens first
    keeps a long alternation from scanning every text.
    """

    __slots__ = (
        "pattern",
        "triggers",
        "digits",
        "pre",
        "needs",
        "template",
        "flags",
        "by_key",
        "subsets",
        "words",
    )

    def __init__(
        self,
        pattern: re.Pattern[str],
        triggers: frozenset[str] | None,
        digits: bool = False,
        pre: re.Pattern[str] | None = None,
    ) -> None:
        if isinstance(pattern, _LazyPattern):
            pattern = _lazy(_digit_led(pattern.pattern), pattern._given)
        self.pattern, self.triggers, self.digits, self.pre = pattern, triggers, digits, pre
        #: Characters every match holds ("-" of "2019-05-01"): a text without one of them
        #: is not scanned. Found on the gate's first scan (parsing the pattern costs).
        self.needs: tuple[str, ...] | None = None
        #: Lowercase runs of ASCII letters and digits every match holds (`_required_words`):
        #: a text whose lowercase lacks one is not scanned. Found with `needs`.
        self.words: tuple[str, ...] = ()
        self.template: str | None = None
        self.flags = 0
        self.by_key: dict[str, list[str]] = {}
        #: The alternations of word subsets, each with the characters its matches hold.
        self.subsets: dict[frozenset[str], tuple[re.Pattern[str], tuple[str, ...]]] = {}

    @classmethod
    def of_words(
        cls, template: str, words: Any, cjk: bool, flags: int = re.I, digits: bool = False
    ) -> _Gate:
        """A gate over `template` with `_WORDS` standing for the alternation of `words`
        (keyed as `_triggers` keys them). A text holding the keys of a few words only is
        scanned with the alternation of those words: a word matches only where its key is
        one of the text's tokens, and the alternation keeps its order (longest first), so
        the matches are the same as the whole list's, found without trying every word at
        every position."""
        gate = cls(
            _lazy(_fill(template, words), flags),
            _triggers(words, cjk),
            digits,
        )
        if gate.triggers is not None:
            gate.template, gate.flags = _digit_led(template), flags
            for word in words:
                if word:
                    gate.by_key.setdefault(_trigger_of(word, cjk), []).append(word)
        return gate

    def open(self, tokens: frozenset[str], has_digit: bool, text: str = "") -> bool:
        if self.digits and not has_digit:
            return False
        if self.triggers is not None and tokens.isdisjoint(self.triggers):
            return False
        return self.pre is None or self.pre.search(text) is not None

    def finditer(
        self, text: str, tokens: frozenset[str], has_digit: bool, pre_seen: bool = False
    ) -> Any:
        """The pattern's matches in `text`, or () when the gate is shut; `pre_seen`: the
        caller found `pre` in the text already (gates sharing one `pre` search it once)."""
        # `open`, inlined: this runs for every gate of every open reader.
        if self.digits and not has_digit:
            return ()
        triggers = self.triggers
        if triggers is not None and (not tokens or tokens.isdisjoint(triggers)):
            return ()
        if self.template is None or triggers is None:
            needs = self.needs
            if needs is None:
                needs = self.needs = _required_characters(self.pattern.pattern, self._flags())
                self.words = _required_words(self.pattern.pattern, self._flags())
            # A look for a character costs less than a search for `pre`: it comes first.
            for c in needs:
                if c not in text:
                    return ()
            if self.words and not _holds_folded(text):
                # The lowercase of a match holds each word (re.I matches an ASCII letter
                # with no other character but those of `_FOLDED_TO_ASCII` and the Kelvin
                # sign, which lowercases to "k"): so does the text's ("min" of "8min36s").
                # Lowered once for the gates that read one text in turn (`_lowered`).
                lowered = _lowered(text)
                for w in self.words:
                    if w not in lowered:
                        return ()
            if not pre_seen and self.pre is not None and self.pre.search(text) is None:
                return ()
            return self.pattern.finditer(text)
        if not pre_seen and self.pre is not None and self.pre.search(text) is None:
            return ()
        keys = triggers & tokens
        subset = self.subsets.get(keys)
        if subset is None:
            if len(self.subsets) >= _MAX_SUBSETS:
                self.subsets.clear()  # bounded: a new set of keys is compiled again
            words = [w for k in keys for w in self.by_key.get(k, ())]
            source = _fill(self.template, words)
            # The characters the subset's matches hold: a text without one has no match of
            # the subset, as of the whole list (its matches are the same).
            subset = _compiled_and_required(source, self.flags)
            self.subsets[keys] = subset
        for c in subset[1]:
            if c not in text:
                return ()
        return subset[0].finditer(text)

    def _flags(self) -> int:
        """The flags the gate's pattern was given (a `_LazyPattern` keeps them uncompiled)."""
        pattern = self.pattern
        if isinstance(pattern, _LazyPattern):
            return pattern._given
        return pattern.flags


_PARSER: Any = importlib.import_module("re._parser")  # the re module's own parser


_OPS: Any = importlib.import_module("re._constants")


_COMPILER: Any = importlib.import_module("re._compiler")


#: A pattern that opens with a lookbehind and then a group of digits only:
#: "(?<![\w.,])(?P<num>\d{1,2})" (the lookbehind holds no group).
_LEAD_BEHIND = re.compile(r"\(\?<([!=])((?:[^()\\]|\\.)+)\)\(\?P<(\w+)>\\d\{(\d+)(?:,(\d+))?\}\)")


def _digit_led(source: str) -> str:
    r"""A pattern that opens with a lookbehind and then a group of digits, written to open
    with the first digit and look behind from after it: the regex engine skips from digit
    to digit to a pattern that opens with one, but tries one that opens with a lookbehind
    at every position of a text. The matches and groups are the same: the lookbehind held
    before a digit exactly when it holds, one digit longer, after it. Other patterns are
    returned as they are.

    >>> _digit_led(r"(?<![\w.,])(?P<num>\d{1,2})\s+von")
    '(?P<num>\\d(?<!(?:[\\w.,])\\d)\\d{0,1})\\s+von'
    >>> _digit_led(r"(?<!\w)(?P<m>1[0-2])")
    '(?<!\\w)(?P<m>1[0-2])'
    """
    m = _LEAD_BEHIND.match(source)
    if m is None or int(m.group(4)) < 1:
        return source
    sign, behind, name, low, high = m.groups()
    more = f"{int(low) - 1},{int(high or low) - 1}"
    return rf"(?P<{name}>\d(?<{sign}(?:{behind})\d)\d{{{more}}})" + source[m.end() :]


def _required_characters(pattern: str, flags: int) -> tuple[str, ...]:
    r"""The characters every match of the pattern (compiled with `flags`) holds: the
    literals of its top-level sequence, of its groups and of what they repeat at least
    once; a literal with a case counts only when the pattern is case-sensitive (re.I
    matches "A" for "a").

    >>> _required_characters(r"(?<!\w)(?P<y>\d{4})-(?P<m>\d{2})(?:/x)?", re.I)
    ('-',)
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return ()
    return _required_of_parsed(parsed)


def _compiled_and_required(pattern: str, flags: int) -> tuple[re.Pattern[str], tuple[str, ...]]:
    r"""`re.compile(pattern, flags)` and `_required_characters(pattern, flags)`, the pattern
    parsed once for both (parsing is most of a compilation's cost, paid for each new subset
    of a gate's words); `re.compile` itself when the parsed pattern cannot be compiled here.

    >>> compiled, needs = _compiled_and_required(r"(?P<n>\d+)-(?:a|b)", re.I)
    >>> compiled == re.compile(r"(?P<n>\d+)-(?:a|b)", re.I), needs, compiled.findall("1-A 2-c")
    (True, ('-',), ['1'])
    """
    flags = int(flags)  # as re.compile passes them on
    try:
        parsed = _PARSER.parse(pattern, flags)
        needs = _required_of_parsed(parsed)
        state = parsed.state
        code = _COMPILER._code(parsed, flags)
        names = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        compiled = _SRE.compile(
            pattern, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(names)
        )
    except Exception:  # noqa: BLE001 - the parser or compiler of another Python: as re does
        return re.compile(pattern, flags), _required_characters(pattern, flags)
    return compiled, needs


def _required_of_parsed(parsed: Any) -> tuple[str, ...]:
    """`_required_characters` of a pattern parsed by the re module's parser."""
    # The flags as compiled: those given and those the pattern sets inline ("(?i)").
    ignore_case = bool(parsed.state.flags & re.I)
    out: list[str] = []

    def walk(items: Any) -> None:
        for op, av in items:
            if op is _OPS.LITERAL:
                c = chr(av)
                if not ignore_case or c.lower() == c == c.upper() == c.casefold():
                    if c not in out:
                        out.append(c)
            elif op is _OPS.SUBPATTERN:
                _, add_flags, del_flags, sub = av
                if not add_flags and not del_flags:
                    walk(sub.data if hasattr(sub, "data") else sub)
            elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1:
                walk(av[2].data if hasattr(av[2], "data") else av[2])

    try:
        walk(parsed.data)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return ()
    return tuple(out)


@lru_cache(maxsize=256)
def _needs_digit(pattern: str, flags: int) -> bool:
    r"""Whether every match of the pattern (compiled with `flags`) holds a digit (``\d``):
    then a text without one has no match, and is not scanned.

    >>> _needs_digit(r"(?<!\w)(?:in|by\s+(?:19|20)\d\d)\s+x", re.I), _needs_digit(r"a\d|\d+b", 0)
    (False, True)
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return False

    def needs(items: Any) -> bool:
        for op, av in items:
            if op is _OPS.IN and list(av) == [(_OPS.CATEGORY, _OPS.CATEGORY_DIGIT)]:
                return True
            if op is _OPS.SUBPATTERN and needs(av[3]):
                return True
            if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1 and needs(av[2]):
                return True
            if op is _OPS.BRANCH and all(needs(branch) for branch in av[1]):
                return True
        return False

    try:
        return needs(parsed)
    except Exception:  # noqa: BLE001 - a parse tree of another Python: no shortcut
        return False


@lru_cache(maxsize=256)
def _required_words(pattern: str, flags: int) -> tuple[str, ...]:
    r"""Runs of ASCII letters and digits (lowercase) that every match of the pattern
    (compiled with `flags`) holds, in any case: a text in ASCII whose lowercase lacks one
    has no match (with or without re.I, an ASCII letter of the pattern matches no other
    character of an ASCII text than itself in either case).

    >>> _required_words(r"(?<!\w)(?:in|by)\s+\d\d\s+(?:thousand)(?!\w)|\d+ Thousand", re.I)
    ('thousand',)
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return ()

    def runs(items: Any) -> set[str]:
        out: set[str] = set()
        word = ""
        for op, av in items:
            c = chr(av) if op is _OPS.LITERAL else ""
            if c.isascii() and c.isalnum():
                word += c.lower()
                continue
            if word:
                out.add(word)
                word = ""
            if op is _OPS.SUBPATTERN:
                out |= runs(av[3])
            elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1:
                out |= runs(av[2])
            elif op is _OPS.BRANCH:
                out |= set.intersection(*(runs(branch) for branch in av[1]))
        if word:
            out.add(word)
        return out

    try:
        return tuple(sorted(runs(parsed)))
    except Exception:  # noqa: BLE001 - a parse tree of another Python: no shortcut
        return ()


#: How many patterns `_may_match` and `_may_hold` each keep what they read of
#: (`_MATCH_GATES`, `_HOLD_GATES`); past that many a table is emptied, and a pattern is
#: read again when it comes back.
_MAX_GATES = 4096

#: What `_may_match` has read of each pattern it was given, by the pattern's id: the
#: pattern itself (kept, so that no other object takes its id while it stands here),
#: `_needs_digit` and `_required_words` of its source. Looked up by id, a check spares the
#: caches' keys (the source and flags, read through a lazy pattern's `__getattr__` before
#: its compilation) on each call.
_MATCH_GATES: dict[int, tuple[Any, bool, tuple[str, ...]]] = {}

#: What `_may_hold` has read of each pattern it was given, by the pattern's id: the
#: pattern itself and the `_any_required_words` of its source (as `_MATCH_GATES`).
_HOLD_GATES: dict[int, tuple[Any, tuple[str, ...] | None]] = {}


class _Text:
    """One text as the checks read it, each part read on its first use and kept for the
    checks after: its lowercase (`lowered`), whether it holds a digit (`has_digit`) or a
    Chinese or Japanese character (`has_cjk`), the tokens of its lowercase (`_TOKEN`, as a
    set: `lowered_tokens`) and its runs of letters (`letter_runs`). The checks of one pair
    ask these of its statement and quotes again and again; each read them anew before
    (`_text_of` keeps one per text for one `claim_supported` call). A window of a text
    read once is better read directly: its reading costs an entry in the table."""

    __slots__ = ("text", "_lowered", "_digit", "_cjk", "_lowered_tokens", "_letters")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._digit: bool | None = None
        self._cjk: bool | None = None
        self._lowered_tokens: frozenset[str] | None = None
        self._letters: frozenset[str] | None = None

    @property
    def lowered(self) -> str:
        """`text.lower()`."""
        lowered = self._lowered
        if lowered is None:
            lowered = self._lowered = self.text.lower()
        return lowered

    @property
    def has_digit(self) -> bool:
        """Whether the text holds a digit (`_DIGIT`: any Unicode decimal digit)."""
        digit = self._digit
        if digit is None:
            digit = self._digit = _DIGIT.search(self.text) is not None
        return digit

    @property
    def has_cjk(self) -> bool:
        """Whether the text holds a character of U+3040 to U+9FFF (`sentences._CJK_CHAR`);
        an ASCII text holds none."""
        cjk = self._cjk
        if cjk is None:
            text = self.text
            cjk = self._cjk = not text.isascii() and _CJK_RANGE.search(text) is not None
        return cjk

    @property
    def lowered_tokens(self) -> frozenset[str]:
        """`frozenset(_TOKEN.findall(text.lower()))`."""
        tokens = self._lowered_tokens
        if tokens is None:
            tokens = self._lowered_tokens = frozenset(_TOKEN.findall(self.lowered))
        return tokens

    @property
    def letter_runs(self) -> frozenset[str]:
        """`frozenset(_LETTER_RUN.findall(text.lower()))`: the runs of letters of its
        lowercase."""
        letters = self._letters
        if letters is None:
            letters = self._letters = frozenset(_LETTER_RUN.findall(self.lowered))
        return letters


#: A run of letters (`_Text.letter_runs`).
_LETTER_RUN = _lazy(r"[^\W\d_]+")

#: A Chinese or Japanese character (as `sentences._CJK_CHAR`, which reads from here).
_CJK_RANGE = _lazy("[\u3040-\u9fff]")

#: How many texts `_text_of` keeps: a pair's statement and quotes, and the windows of them
#: that checks read in turn; past that many the table is emptied and texts are read again.
_MAX_TEXTS = 256

#: The texts `_text_of` read, by text, for the checks of one `claim_supported` call:
#: emptied at the start of each (`_forget_texts`), so a text is never read from a reading
#: another call made (each part is a function of the text alone, but nothing is kept that
#: no later check will ask for).
_TEXTS: dict[str, _Text] = {}


def _text_of(text: str) -> _Text:
    """The reading of `text` (`_Text`) kept for this `claim_supported` call, or a new one."""
    found = _TEXTS.get(text)
    if found is None:
        if len(_TEXTS) >= _MAX_TEXTS:
            _TEXTS.clear()
        found = _TEXTS[text] = _Text(text)
    return found


def _forget_texts() -> None:
    """Empty `_text_of`'s table: a `claim_supported` call starts with no text read."""
    _TEXTS.clear()


def _lowered(text: str) -> str:
    """`text.lower()`, kept with the text's reading (`_text_of`) for the checks after."""
    # `_text_of(text).lowered`, with the table and the slot read here: this runs for
    # nearly every check of every text.
    found = _TEXTS.get(text)
    if found is None:
        found = _text_of(text)
    lowered = found._lowered
    if lowered is None:
        lowered = found.lowered
    return lowered


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when `pattern` surely has no match in `text`: every match needs a digit and
    the text has none, or (in an ASCII text) a word the text lacks (`_required_words`)."""
    gate = _MATCH_GATES.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        source, flags = pattern.pattern, pattern.flags
        gate = (pattern, _needs_digit(source, flags), _required_words(source, flags))
        if len(_MATCH_GATES) >= _MAX_GATES:
            _MATCH_GATES.clear()
        _MATCH_GATES[id(pattern)] = gate
    _, needs_digit, words = gate
    if needs_digit and not _text_of(text).has_digit:
        return False
    if words and text.isascii():
        lowered = _lowered(text)
        for w in words:
            if w not in lowered:
                return False
    return True


def _may_hold(pattern: re.Pattern[str], text: str) -> bool:
    """False when `pattern` surely has no match in `text`: its lowercase holds none of the
    pattern's `_any_required_words` and the text none of `_FOLDED_TO_ASCII` ("tausend" of
    "2008 tausend" or "eintausend", in a German text with or without "ü")."""
    gate = _HOLD_GATES.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        gate = (pattern, _any_required_words(pattern.pattern, pattern.flags))
        if len(_HOLD_GATES) >= _MAX_GATES:
            _HOLD_GATES.clear()
        _HOLD_GATES[id(pattern)] = gate
    words = gate[1]
    # `_holds_folded` and `_holds_any`, inlined: this runs for every gated pattern.
    if words is None or (not text.isascii() and _holds_any(text, _FOLDED_TO_ASCII)):
        return True
    lowered = _lowered(text)
    for w in words:
        if w in lowered:
            return True
    return False


def _run_character(c: str) -> str:
    """The lowercase of a pattern's literal character that `_any_required_words` may put
    in a word, else "": an ASCII character, one without case (re.I matches it alone:
    "有", "罪"), or a letter of Latin-1 or Latin Extended-A but for "ı", "İ" and "ſ",
    the three that re.I matches with an ASCII letter. Every character that re.I matches
    with such a letter has the letter's lowercase as its own (`str.lower` lowers every
    character but "İ" as re.I does)."""
    if c.isascii():
        return c.lower()
    if not _SRE.unicode_iscased(ord(c)):
        return c
    if "\u00c0" <= c <= "\u017e" and c not in "\u0130\u0131" and c.isalpha():
        lower = c.lower()
        return lower if len(lower) == 1 else ""
    return ""


#: The characters of a text that `_any_required_words`' test cannot lowercase alike:
#: re.I matches "ı" and "İ" with "i", and "ſ" with "s".
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f")


def _holds_folded(text: str) -> bool:
    """Whether `text` holds a character of `_FOLDED_TO_ASCII`: none is ASCII, so an ASCII
    text (most texts) holds none, known from one quick test rather than a scan for each."""
    return not text.isascii() and _holds_any(text, _FOLDED_TO_ASCII)


@lru_cache(maxsize=1024)
def _any_required_words(pattern: str, flags: int) -> tuple[str, ...] | None:
    r"""Lowercase words of which every match of the pattern (compiled with `flags`) holds
    one, in any case: runs of its literal characters (`_run_character`), the union of a
    branching's; None when some match may hold none. A text whose lowercase holds none of
    them has no match, if it holds none of `_FOLDED_TO_ASCII` (`_WordIndex`).

    >>> _any_required_words(r"(?<!\w)(?:won|wins|beat)\s+\w+|(?:lost)\s+to", re.I)
    ('beat', 'lost', 'wins', 'won')
    >>> _any_required_words(r"(?<!\w)(?:won|\w+)", re.I) is None
    True
    """
    try:
        parsed = _PARSER.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser reads otherwise: no shortcut
        return None

    def lead(items: Any) -> str:
        # The run of literal characters a sequence opens with.
        word = ""
        for op, av in items:
            c = _run_character(chr(av)) if op is _OPS.LITERAL else ""
            if not c:
                break
            word += c
        return word

    def best(items: Any) -> frozenset[str] | None:
        # The words a sequence's matches hold one of: of its parts' sets, the one whose
        # shortest word is longest (the fewest texts hold one), then the smallest.
        options: list[frozenset[str]] = []
        word = ""
        for op, av in items:
            c = _run_character(chr(av)) if op is _OPS.LITERAL else ""
            if c:
                word += c
                continue
            if word and op is _OPS.BRANCH:
                # The parser draws a prefix the branches share before them ("w(?:on|ins)"
                # for "won|wins"): the run goes on into each branch's.
                options.append(frozenset(word + lead(branch) for branch in av[1]))
            if word:
                options.append(frozenset([word]))
                word = ""
            sub = None
            if op is _OPS.SUBPATTERN:
                sub = best(av[3])
            elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and av[0] >= 1:
                sub = best(av[2])
            elif op is _OPS.BRANCH:
                subs = [best(branch) for branch in av[1]]
                if all(s is not None for s in subs):
                    sub = frozenset().union(*subs)  # type: ignore[arg-type]
            if sub is not None:
                options.append(sub)
        if word:
            options.append(frozenset([word]))
        return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None

    try:
        found = best(parsed)
    except Exception:  # noqa: BLE001 - a parse tree of another Python: no shortcut
        return None
    if found is None:
        return None
    # A word that holds another is held where that one is: the other is enough.
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


#: Stands for ``(?<!\w)(?:`` a word alternation ``)`` in a `_Gate.of_words` template (see
#: `_led`).
_LED_WORDS = "\x00LED\x00"


#: Stands for a word alternation in a `_Gate.of_words` template.
_WORDS = "\x00WORDS\x00"


#: Alternations of word subsets kept per gate (compiled on first use; cleared when full).
_MAX_SUBSETS = 512


def _trigger_of(word: str, cjk: bool) -> str:
    """The token `_triggers` keys a word or phrase on."""
    if cjk:
        return word[0].lower()
    return max(_TOKEN.findall(word.lower()), key=_rarity)


def _rarity(token: str) -> tuple[bool, int]:
    """How rare a token of a phrase is, to key the phrase on: a number ("1 in" keys on "1",
    not on "in", which nearly every English text holds), then the longest word."""
    return token.isdigit(), len(token)


class _Reader:
    """Whether any gate of a reader may open on a text: a reader whose gates are all shut
    is not called (most texts hold none of its words, and a call per gate adds up)."""

    __slots__ = ("always", "with_digits", "words", "digit_words")

    def __init__(self, gates: Sequence[_Gate]) -> None:
        #: A gate with no trigger opens on every text (given digits, if it needs them).
        self.always = any(g.triggers is None and not g.digits for g in gates)
        self.with_digits = any(g.triggers is None and g.digits for g in gates)
        words: set[str] = set()
        digit_words: set[str] = set()
        for g in gates:
            if g.triggers is not None:
                (digit_words if g.digits else words).update(g.triggers)
        self.words, self.digit_words = frozenset(words), frozenset(digit_words)

    def open(self, tokens: frozenset[str], has_digit: bool) -> bool:
        if self.always or not self.words.isdisjoint(tokens):
            return True
        return has_digit and (self.with_digits or not self.digit_words.isdisjoint(tokens))


def _triggers(words: Any, cjk: bool, extra: Any = ()) -> frozenset[str] | None:
    """One token of each word or phrase, its longest (lowercase; the first character in
    CJK); None (always run) when a phrase has no word character to key on."""
    out: set[str] = set(extra)
    for word in words:
        if cjk:
            if not word:
                return None
            out.add(word[0].lower())
            continue
        tokens = _TOKEN.findall(word.lower())
        if not tokens:
            return None
        # Any token of the phrase must be present; key on its rarest one.
        out.add(max(tokens, key=_rarity))
    return frozenset(out)


class _Tail:
    """A pattern searched for at the end of a window (``words\\s*$``), run only when the
    window's last character other than whitespace can end one of its words.

    Most windows before a number end with a word no list holds; a look at one character
    spares a search that tries every position of the window.
    """

    __slots__ = ("pattern", "ends", "reach")

    def __init__(
        self, pattern: re.Pattern[str], words: Any, flags: int = re.I, slack: int | None = None
    ) -> None:
        self.pattern = pattern
        #: The ASCII characters a word can end with under ``flags``; None: any character.
        self.ends: frozenset[str] | None = _last_characters(words, flags)
        #: The most characters a match spans, when its words hold no space and at most
        #: `slack` characters follow the word ("[ ]?$" is one, and "$" passes a final
        #: newline): the search starts that far from the end. None: from the start.
        self.reach: int | None = None
        listed = [w for w in words if w]
        if slack is not None and listed and not any(c.isspace() for w in listed for c in w):
            self.reach = max(len(w) for w in listed) + slack

    def search(self, window: str) -> re.Match[str] | None:
        return self.search_ending(window, window.rstrip()[-1:])

    def search_ending(self, window: str, last: str) -> re.Match[str] | None:
        """`search`, told the window's last character other than whitespace ("" if none):
        the caller found it once for several windows ending at one place."""
        ends = self.ends
        if ends is not None and (not last or (last.isascii() and last not in ends)):
            return None
        if self.reach is not None and len(window) > self.reach:
            # Every match starts within `reach` of the end, so the leftmost is found
            # there; a lookbehind still sees the characters before the start.
            return self.pattern.search(window, len(window) - self.reach)
        return self.pattern.search(window)


def _last_characters(words: Any, flags: int) -> frozenset[str] | None:
    """The ASCII characters that match the last character of one of the words (under the
    pattern's flags, so "K" for a word ending in "k" with re.I); None when a word ends in
    whitespace (``_alt`` makes its space match any run of whitespace)."""
    last = set()
    for word in words:
        if not word:
            continue
        if word[-1].isspace():
            return None
        last.add(word[-1])
    if not last:
        return frozenset()
    # One class of the last characters, tried on each ASCII character: under re.I a class
    # matches what each of its characters would ("k" and "K" for the Kelvin sign).
    ends = re.compile("[" + "".join(re.escape(c) for c in sorted(last)) + "]", flags)
    return frozenset(a for a in _ASCII if ends.fullmatch(a))


_ASCII = tuple(map(chr, range(128)))


def _ascii_keys(words: Sequence[str]) -> tuple[str, ...] | None:
    """The lowercase words (without spaces) that can match an ASCII text under re.I: those
    written in ASCII, since no other character matches an ASCII one, but for the four that
    re.I folds to ASCII ("ſ", the Kelvin sign, "ı", "İ"): None when a word holds one, or
    holds a space (which `_alt` makes match any whitespace)."""
    keys = []
    for word in words:
        if any(c.isspace() for c in word):
            return None
        if word.isascii():
            keys.append(word.lower())
        elif any(_ascii_equivalents(c) for c in word if not c.isascii()):
            return None
    return tuple(sorted(set(keys)))


def _ascii_equivalents(c: str) -> frozenset[str]:
    """The ASCII characters that match character `c` under re.I."""
    one = re.compile(re.escape(c), re.I)
    return frozenset(a for a in _ASCII if one.fullmatch(a))


def _holds_any(text: str, parts: Sequence[str]) -> bool:
    """`any(p in text for p in parts)`, without a generator (this runs for every text)."""
    for part in parts:
        if part in text:
            return True
    return False
