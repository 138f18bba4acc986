"""Extractive, cited answers: which items to cite, and the answer text built from their own words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.evidence import body, figure_pairs, has_figure, relevant_sentences, term_share
from assistant.prompts import Templates
from assistant.question import Intent
from assistant.records import Citation, Source
from index.records import LEVEL_LABELS, Chunk

# Questions about a cited document's own content, as opposed to what the task list says about it.
# "《…》是什么层级的标准" is answered by the task list itself, so a bare "是什么" does not count.
CONTENT_QUESTION_RE = re.compile(r"内容|讲了|讲的|规定了|具体要求|要求是|条款|全文|原文|怎么写|有哪些要求|第.+条")


@dataclass(frozen=True)
class Draft:
    """An answer's text and the items it cites, in marker order."""

    text: str
    citations: list[Citation]


def select_citations(sources: list[Source], terms: list[str], intent: Intent, limit: int,
                     stating: tuple[re.Pattern[str], ...] = ()) -> list[Chunk]:
    """Among the top four, the items that match the question's key terms best, in rank order.

    For figure questions, an item without figures is dropped when another one has figures; an
    item that does not state what the question asks about (``stating``: "每两年" for "多久") is
    dropped when another one does.
    """
    candidates = [s.chunk for s in sources[:4]]
    if intent.department and intent.level is None and any(c.level == "province" for c in candidates):
        # Staff asking "找哪个处室" mean the provincial department that owns the work.
        candidates = [c for c in candidates if c.level == "province"]
    if not candidates:
        return []
    shares = [term_share(terms, c.search_text) for c in candidates]
    best = max(shares)
    chosen = [c for c, share in zip(candidates, shares, strict=True) if share == best] if best > 0 else candidates[:1]
    if intent.figure and any(has_figure(body(c)) for c in chosen):
        chosen = [c for c in chosen if has_figure(body(c))]
    for pattern in stating:
        if any(pattern.search(body(c)) for c in chosen):
            chosen = [c for c in chosen if pattern.search(body(c))]
    if intent.both_levels:
        # "省里奖多少，市里有没有配套": the best-ranked item of a level the choice lacks joins it.
        for level in ("province", "city"):
            if not any(c.level == level for c in chosen):
                chosen += [s.chunk for s in sources if s.chunk.level == level][:1]
    return chosen[:limit]


def _place(chunk: Chunk) -> str:
    return LEVEL_LABELS.get(chunk.level) or chunk.heading or chunk.doc_title


def departments_text(chunk: Chunk) -> str:
    """The item's departments for display, without the 各设区市 that marks a city duty."""
    return "、".join(d for d in chunk.departments if d != "各设区市")


def _focused_pairs(pairs: list[tuple[str, str]], focus_terms: list[str]) -> list[tuple[str, str]]:
    """The pairs a question singles out: "银奖" picks one tier; "专利奖", matching every tier, picks none."""
    chosen = []
    for term in focus_terms:
        hits = [p for p in pairs if term in p[0]]
        if 0 < len(hits) < len(pairs):
            chosen.extend(p for p in hits if p not in chosen)
    return chosen


class Composer:
    """Fills the templates in prompts/ with sentences and figures copied from the cited items."""

    def __init__(self, templates: Templates) -> None:
        self.t = templates

    def _lead(self, cited: list[Citation], focus_terms: list[str], intent: Intent) -> str:
        if intent.department:
            # Staff asking "哪个处室" mean the provincial department, unless they asked about the cities.
            province = [c for c in cited if c.chunk.level == "province" and c.chunk.departments]
            if province and intent.level != "city":
                return self.t.fill("lead_department", level=LEVEL_LABELS["province"],
                                   departments=departments_text(province[0].chunk), n=province[0].n)
            if cited[0].chunk.level == "city":
                return self.t.fill("lead_department", level="", departments=LEVEL_LABELS["city"], n=cited[0].n)
        if intent.figure:
            lines = [
                self.t.fill("lead_figure", label=label, value=value, n=c.n)
                for c in cited for label, value in _focused_pairs(figure_pairs(body(c.chunk)), focus_terms)
            ]
            if lines:
                return "；".join(lines) + "。"
        return ""

    def _basis(self, cited: list[Citation], terms: list[str], intent: Intent) -> str:
        limit = 1 if intent.listing and len(cited) > 3 else 2
        lines = [
            self.t.fill("basis_item", n=c.n, place=_place(c.chunk),
                        quote="".join(relevant_sentences(c.chunk, terms, intent.figure, limit)))
            for c in cited
        ]
        return "\n".join(lines)

    def _figures(self, cited: list[Citation], intent: Intent) -> str:
        if not intent.figure:
            return ""
        lines = [
            self.t.fill("figure_line", label=label, value=value, n=c.n)
            for c in cited for label, value in figure_pairs(body(c.chunk))
        ]
        return "\n".join([self.t.fill("figures_header")] + lines) if lines else ""

    def _responsibility(self, cited: list[Citation]) -> str:
        entries: dict[tuple[str, str], list[int]] = {}
        for c in cited:
            if c.chunk.level == "province" and c.chunk.departments:
                key = (departments_text(c.chunk), LEVEL_LABELS["province"])
            elif c.chunk.level == "city":
                key = ("各设区市", "市级")
            else:
                continue
            entries.setdefault(key, []).append(c.n)
        parts = [
            self.t.fill("responsibility_entry", departments=d, level=level, n="][".join(map(str, ns)))
            for (d, level), ns in entries.items()
        ]
        return self.t.fill("responsibility", entries="；".join(parts)) if parts else ""

    def compose(self, chunks: list[Chunk], terms: list[str], focus_terms: list[str], intent: Intent,
                header: str = "", notes: str = "") -> Draft:
        """An answer citing ``chunks`` as [1], [2], …; ``header`` replaces the computed lead."""
        cited = [Citation(n, chunk) for n, chunk in enumerate(chunks, start=1)]
        lead = header or self._lead(cited, focus_terms, intent)
        basis = self._basis(cited, terms, intent)
        if lead:
            basis = "\n".join([self.t.fill("basis_header"), basis])
        text = self.t.answer(lead=lead, basis=basis, figures=self._figures(cited, intent),
                             responsibility=self._responsibility(cited), notes=notes)
        return Draft(text=text, citations=cited)

    def measure_listing(self, chunks: list[Chunk], terms: list[str], intent: Intent) -> Draft:
        """Every item of one measure, for "…有哪些支持" questions."""
        header = self.t.fill("lead_measure", measure=chunks[0].measure_label or chunks[0].measure)
        return self.compose(chunks, terms, [], Intent(intent.figure, False, True, intent.level), header=header)

    def not_covered(self, sources: list[Source], unstated: list[str] | None = None) -> str:
        measures = list(dict.fromkeys(s.chunk.measure_label for s in sources[:3] if s.chunk.measure_label))
        closest = self.t.fill("closest", measures="、".join(measures)) if measures else ""
        what = self.t.fill("unstated", what="、".join(unstated)) if unstated else ""
        return self.t.fill("not_covered", unstated=what, closest=closest)

    def reference_absent(self, title: str, chunks: list[Chunk], terms: list[str]) -> Draft:
        header = self.t.fill("reference_absent", title=title) + self.t.fill("cited_by_header")
        return self.compose(chunks, terms, [], Intent(False, False, True, None), header=header)
