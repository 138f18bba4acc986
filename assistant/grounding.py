"""Checking a generated answer against its sources: markers point somewhere, figures come from the cited item.

A sentence's figures (30万元 = 30万 = 三十万元 = 300,000元; percentages; counts) must each appear, by
value, in an item that the same sentence cites. A share in 成 (八成) must appear literally. Ordinal
references (第1条) are not figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field

from assistant.evidence import SENTENCE_ENDS
from index.figures import extract_figures, normalise
from index.records import Chunk

MARKER_RE = re.compile(r"\[(\d{1,3})\]")
_SENTENCE_RE = re.compile(rf"[^{SENTENCE_ENDS}\n]*(?:[{SENTENCE_ENDS}\n]|$)")
_LEADING_MARKERS_RE = re.compile(r"^\s*((?:\[\d{1,3}\])+)")
_ORDINAL_RE = re.compile(r"第\s*[（(]?[\d一二三四五六七八九十]+[）)]?\s*[条项款点批届]")
_TENTHS_RE = re.compile(r"[一二三四五六七八九]成")


@dataclass
class Grounding:
    """Whether every marker and figure of an answer is backed by the sources it cites."""

    verified: bool
    unsupported: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _parts(text: str) -> list[str]:
    """The answer cut into sentences, raw (joined they give ``text``); a marker after 。 stays with it."""
    merged: list[str] = []
    for part in _SENTENCE_RE.findall(text):
        lead = _LEADING_MARKERS_RE.match(part)
        if lead and merged:
            merged[-1] += part[:lead.end()]
            part = part[lead.end():]
        if merged and not part.strip():
            merged[-1] += part
        elif part:
            merged.append(part)
    return merged


def _figures_in(sentence: str) -> list[str]:
    """The figures a sentence states, as written; markers and ordinals removed first."""
    plain = _ORDINAL_RE.sub("", MARKER_RE.sub("", sentence))
    return [f.text for f in extract_figures(plain)] + _TENTHS_RE.findall(plain)


def _stated_by(figure: str, chunks: list[Chunk]) -> bool:
    wanted = normalise(figure)
    if not wanted:  # a share in 成: only a literal match counts
        return any(figure in c.text for c in chunks)
    return any(wanted <= normalise(c.text) for c in chunks)


def check_sentence(sentence: str, sources: Sequence[Chunk]) -> list[str]:
    """What in one sentence its own markers do not back: a marker with no source, a figure no cited item states."""
    sentence = sentence.strip()
    markers = [int(n) for n in MARKER_RE.findall(sentence)]
    problems = [f"[{n}] 没有对应的来源" for n in sorted({n for n in markers if not 1 <= n <= len(sources)})]
    cited = [sources[n - 1] for n in markers if 1 <= n <= len(sources)]
    for figure in _figures_in(sentence):
        if not cited:
            problems.append(f"{figure}（所在句子没有标注出处）：{sentence}")
        elif not _stated_by(figure, cited):
            problems.append(f"{figure}（引用的条目中没有）：{sentence}")
    return problems


class SentenceGate:
    """Lets a streamed answer through one checked sentence at a time, and stops at the first bad one.

    A sentence is released once the next one has begun, so a marker written after its 。 is
    still counted as its own. Nothing unverified is ever released.
    """

    def __init__(self, sources: Sequence[Chunk]) -> None:
        self.sources = sources
        self.text = ""
        self.unsupported: list[str] = []

    def sentences(self, pieces: Iterable[str]) -> Iterator[str]:
        released = 0
        for piece in pieces:
            self.text += piece
            parts = _parts(self.text)
            ready = len(parts) - 1 - int(bool(parts) and parts[-1].lstrip().startswith("["))
            for part in parts[released:ready]:
                if problems := check_sentence(part, self.sources):
                    self.unsupported += problems
                    return
                released += 1
                yield part
        for part in _parts(self.text)[released:]:
            if problems := check_sentence(part, self.sources):
                self.unsupported += problems
                return
            yield part
        if not MARKER_RE.search(self.text):
            self.unsupported.append("回答没有标注任何出处")

    @property
    def grounding(self) -> Grounding:
        return Grounding(verified=not self.unsupported, unsupported=list(self.unsupported))

    def cited(self) -> list[int]:
        """The valid marker numbers the text uses, in order."""
        return sorted({int(n) for n in MARKER_RE.findall(self.text) if 1 <= int(n) <= len(self.sources)})


def verify(text: str, sources: Sequence[Chunk]) -> Grounding:
    """Check a whole answer against ``sources`` numbered from 1, as the prompt gave them."""
    gate = SentenceGate(sources)
    for _ in gate.sentences([text]):
        pass
    return gate.grounding
