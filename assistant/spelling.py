"""Typos of the policy's own terms: a same- or near-sounding spelling read as the term it stands for.

"苏知袋" → 苏知贷, "专利导行" → 专利导航, "小居人" → 小巨人. A span of the question is corrected
only when the corpus never uses it, it starts and ends on the question's own word boundaries, a
term of the corpus sounds the same (pypinyin, heteronyms and the usual fuzzy initials and finals
allowed), and at most a third of its characters differ.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from pypinyin import Style, pinyin

from index.tokenization import domain_terms, guessed, is_verb, stopwords, word_frequency, words

_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,}")
# Southern speakers and pinyin typists mix these up: zh/z, ch/c, sh/s, n/l, -ng/-n.
_FUZZY = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("ang", "an"), ("eng", "en"), ("ing", "in"))
MAX_TERM_CHARS = 6
# A span that is an everyday word in jieba's dictionary ("一件", "地里") is what was meant, not a typo.
EVERYDAY_WORD_FREQ = 100
# Characters that ask or negate: typed, they are what was meant ("截止日期是哪天" is no 蓝天, "发不发" no 发布).
_ASKING_CHARS = frozenset("哪啥什几谁怎咋不没")
_LONG_TERM_CHARS = 4
# Adverbs and conjunctions of one character: typed, they are what was meant ("我们市既获批…又进了…" is no 市级).
_FUNCTION_CHARS = frozenset("既又也还就才都即")


@dataclass(frozen=True)
class Correction:
    """A span of the question read as a term of the corpus."""

    typed: str
    term: str


@cache
def _meant_as_typed() -> frozenset[str]:
    """Particles, adverbs and conjunctions: typed, they are what was meant."""
    return stopwords() | _FUNCTION_CHARS


def _fuzzy(syllable: str) -> str:
    for long, short in _FUZZY:
        if syllable.startswith(long) and long in ("zh", "ch", "sh"):
            syllable = short + syllable[len(long):]
        elif syllable.endswith(long) and long not in ("zh", "ch", "sh"):
            syllable = syllable[: -len(long)] + short
    return "l" + syllable[1:] if syllable.startswith("n") else syllable


def _boundaries(run: str) -> tuple[set[int], set[str]]:
    """Offsets where jieba's words of ``run`` start or end: a correction never cuts a word in two. A word jieba
    only guessed (none of its dictionary's: "苏知代出" of "苏知代出了坏账") may be cut anywhere; the Chinese ones
    are returned too."""
    offsets, at = {0}, 0
    guesses: set[str] = set()
    for word in words(run):
        start = run.find(word, at)
        at = start + len(word)
        if word_frequency(word):
            offsets.add(at)
        else:
            offsets |= set(range(start, at + 1))
            if guessed(word):
                guesses.add(word)
    return offsets | {len(run)}, guesses


def _sounds(text: str) -> list[set[str]]:
    """Each character's readings (every heteronym), fuzzily normalised."""
    return [{_fuzzy(s) for s in readings} for readings in pinyin(text, style=Style.NORMAL, heteronym=True)]


class Speller:
    """Corrects spans that sound like a term of the corpus; built once per index."""

    def __init__(self, corpus_text: str) -> None:
        self.corpus_text = corpus_text
        vocabulary = {w for w in words(corpus_text) if 2 <= len(w) <= MAX_TERM_CHARS and _HAN_RUN_RE.fullmatch(w)}
        vocabulary |= {t for t in domain_terms() if t in corpus_text and len(t) <= MAX_TERM_CHARS}
        self._by_sound: dict[tuple[str, ...], list[str]] = {}
        for term in sorted(vocabulary, key=lambda t: (-len(t), t)):
            for key in itertools.product(*_sounds(term)):
                self._by_sound.setdefault(key, []).append(term)

    def _term_for(self, span: str, sounds: list[set[str]], one_guessed_word: bool = False) -> str | None:
        # A character doubled ("年年都评", "天天") is a word of its own, whatever it sounds like (两年).
        if span in self.corpus_text or word_frequency(span) >= EVERYDAY_WORD_FREQ or len(set(span)) == 1 \
                or all(w in stopwords() for w in words(span)):
            return None
        for key in itertools.product(*sounds):
            for term in self._by_sound.get(key, ()):
                differing = [a for a, b in zip(span, term, strict=True) if a != b]
                # A particle, adverb or conjunction typed is one meant: "的收入" is not a typo of 低收入 (的 reads dí too), except
                # among four or more of a longer term's own ("江苏专利将" is 江苏专利奖); so is an asking or negating
                # character ("发不发"), except among three or more of a long term's own ("风险不偿基金" is 风险补偿基金).
                # Nor is a particle glued into one word no dictionary holds ("外观设计银将后": jieba's guess 银将,
                # whose 将 stands for no "will"; 苏之贷), which is typed for the term's character; a verb glued so
                # is still meant ("各是多少", "市想").
                typed_as_meant = _meant_as_typed() & set(differing)
                if 0 < len(differing) <= max(1, len(term) // 3) \
                        and (len(term) > _LONG_TERM_CHARS or not typed_as_meant
                             or one_guessed_word and not any(is_verb(c) for c in typed_as_meant)) \
                        and (len(term) >= _LONG_TERM_CHARS or not _ASKING_CHARS & set(differing)):
                    return term
        return None

    def correct(self, text: str) -> tuple[str, list[Correction]]:
        """The text with each mistyped term replaced (longest spans first), and what was replaced."""
        corrections: list[Correction] = []
        for run in _HAN_RUN_RE.findall(text):
            sounds, (cuts, guesses) = _sounds(run), _boundaries(run)
            start = 0
            while start < len(run) - 1:
                for length in range(min(MAX_TERM_CHARS, len(run) - start), 1, -1):
                    if start not in cuts or start + length not in cuts:
                        continue
                    span = run[start:start + length]
                    term = self._term_for(span, sounds[start:start + length], span in guesses)
                    if term:
                        corrections.append(Correction(span, term))
                        start += length
                        break
                else:
                    start += 1
        for c in corrections:
            text = text.replace(c.typed, c.term)
        return text, corrections
