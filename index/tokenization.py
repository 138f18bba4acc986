"""Chinese tokenization with jieba, a user dictionary of the domain's terms, and stop words."""

from __future__ import annotations

import logging
import re
import threading
from functools import cache
from itertools import takewhile
from pathlib import Path

import jieba
import jieba.posseg

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
_WORD_RE = re.compile(r"[\w%％]")

logger = logging.getLogger(__name__)
_lock = threading.Lock()


@cache
def _jieba() -> jieba.Tokenizer:
    """A private jieba tokenizer with the domain dictionary (the global one is left alone)."""
    with _lock:
        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tokenizer.load_userdict(str(LEXICON_DIR / "userdict.txt"))
    return tokenizer


@cache
def stopwords() -> frozenset[str]:
    return frozenset((LEXICON_DIR / "stopwords.txt").read_text(encoding="utf-8").split())


def word_frequency(word: str) -> int:
    """How often jieba's dictionary (with the domain's terms) has seen ``word``; 0 for a word it does not know."""
    return int(_jieba().FREQ.get(word, 0))


def guessed(word: str) -> bool:
    """Whether ``word`` is Chinese characters no dictionary holds, which jieba's HMM guessed: a word the
    asker coined (高管), or two words' characters joined (集聚区能入驻 → 区能); not a Latin word (ISO9001)."""
    return not word_frequency(word) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", word))


@cache
def _tagger() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(_jieba())


# jieba's part-of-speech flags of words that name a thing: nouns (n, nr, ns, nt, nz), verbal nouns
# (vn: 培训, 补偿), fixed expressions (l: 劳动合同), abbreviations (j) and Latin words (eng).
_THING_FLAGS = ("n", "vn", "l", "j", "eng")


@cache
def names_a_thing(term: str, times: bool = False) -> bool:
    """Whether ``term`` holds a word of two or more characters that names a thing (地铁, 营业执照, PCT), or
    with ``times`` a time (周期).

    A question's topic is carried by such words; verbs, adverbs and particles carry the way it is
    asked (打包, 评得, 说法, 偷偷), which varies from speaker to speaker.
    """
    flags = (*_THING_FLAGS, "t") if times else _THING_FLAGS
    return any(len(p.word) >= 2 and p.flag.startswith(flags) for p in _tagger().lcut(term))


def names_an_act(term: str) -> bool:
    """Whether every word of two or more characters in ``term`` is a verb or verbal noun (监管, 挂靠): how the
    asker sees a subject rather than the subject itself; False for a term with none (挂)."""
    pieces = [p for p in _tagger().lcut(term) if len(p.word) >= 2]
    return bool(pieces) and all(p.flag.startswith("v") for p in pieces)


def is_noun(word: str) -> bool:
    """Whether jieba tags ``word`` as a noun (钱), not a verb or a bound morpheme (押, 告)."""
    return _tagger().lcut(word)[0].flag.startswith("n")


def describes(word: str) -> bool:
    """Whether jieba tags ``word`` as a verb, adjective or adverb (够用, 合适, 比较): what it says of a thing, not
    the thing, whatever other tags it gives nouns (层次 as a numeral)."""
    return _tagger().lcut(word)[0].flag.startswith(("v", "a", "d"))


def is_verb(word: str) -> bool:
    """Whether jieba tags ``word`` as a verb (是, 有, 想), not a particle, adverb or conjunction (之, 将, 和)."""
    return _tagger().lcut(word)[0].flag.startswith("v")


def tentative_verb(word: str) -> bool:
    """Whether ``word`` is a one-character verb doubled (管管, 看看, 帮帮: "do it a little"), alone, with its object
    (练练手, 帮帮忙) or as A一A (练一练), whose act is the character's; not a doubled noun or time (人人, 年年)."""
    doubled = len(word) in (2, 3) and word[0] == word[1] or len(word) == 3 and word[1] == "一" and word[0] == word[2]
    return doubled and _tagger().lcut(word[0])[0].flag.startswith("v")


def things_and_acts(text: str) -> list[str]:
    """The words of two or more characters in ``text`` that name a thing or an act (房产, 退钱, 申请), in order:
    not pronouns, places or adverbs (那边, 国外, 先), which say where or how rather than what."""
    return [p.word for p in _tagger().lcut(text) if len(p.word) >= 2 and p.flag.startswith((*_THING_FLAGS, "v"))]


_PASSIVE = frozenset("被让叫")
_WITH = frozenset("跟和同与")
_TOGETHER_WORDS = frozenset({"一道", "一起", "一块", "一块儿", "合伙", "联手"})


def others_acting(text: str) -> list[str]:
    """The nouns naming others who act in what ``text`` tells: the agent of a passive ("被同行仿了" → 同行, "让人
    抢先注册了" → 人) and those acting with the teller ("跟几家同行一道弄" → 同行); who did it, not what about."""
    tokens = _tagger().lcut(text)
    found: list[str] = []
    for i, p in enumerate(tokens):
        if p.word not in _PASSIVE and p.word not in _WITH:
            continue
        span = list(takewhile(lambda t: t.flag.startswith(("n", "j", "r", "m", "q", "s")) and t.word not in _TOGETHER_WORDS,
                              tokens[i + 1:]))
        end = tokens[i + 1 + len(span)] if i + 1 + len(span) < len(tokens) else None
        acted = end is not None and (end.word in _TOGETHER_WORDS if p.word in _WITH else end.flag.startswith("v"))
        if span and acted:
            found += [t.word for t in span if t.flag.startswith(("n", "j"))]
    return found


def place_names(text: str) -> list[str]:
    """The place names jieba tags in ``text`` (美国, 日本, 苏州), in order."""
    return [p.word for p in _tagger().lcut(text) if p.flag == "ns"]


@cache
def domain_terms() -> frozenset[str]:
    """The terms of the user dictionary (苏知贷, 专精特新, …), read once."""
    lines = (LEXICON_DIR / "userdict.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip())


def segments(text: str) -> list[str]:
    """jieba's precise segmentation, every character kept: "".join(segments(t)) == t."""
    return list(_jieba().lcut(text))


def words(text: str) -> list[str]:
    """jieba's precise segmentation, without punctuation or white space (stop words kept)."""
    return [w for w in segments(text) if _WORD_RE.search(w)]


def tokenize(text: str) -> list[str]:
    """Tokens for BM25: search-mode segmentation (whole terms and their parts), lower-cased,
    without stop words and punctuation."""
    stop = stopwords()
    return [
        w.lower() for w in _jieba().lcut_for_search(text)
        if _WORD_RE.search(w) and w not in stop
    ]
