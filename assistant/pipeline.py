"""The policy assistant: question → retrieval → grounded, cited answer. The CLI, UI and APIs all call ask()."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Generator as Generator_
from collections.abc import Iterator
from dataclasses import dataclass, replace

from langchain_core.embeddings import Embeddings

from assistant.answer import CONTENT_QUESTION_RE, Composer, Draft, select_citations
from assistant.chat import Message, standalone
from assistant.evidence import body, has_figure, term_share
from assistant.generation import GenerationError, Generator
from assistant.grounding import Grounding, SentenceGate
from assistant.matching import Matcher, MatchResult
from assistant.profile import Profile, profile_from_text, wants_matching
from assistant.prompts import CLARIFY_PHRASE, Templates
from assistant.question import (
    AskedAttribute,
    Intent,
    asked_attributes,
    clean,
    expansions,
    intent_of,
    key_terms,
    outside_places,
    strip_instructions,
    term_covered,
)
from assistant.records import Answer, AnswerEvent, Citation, Delta, Restart, Source
from assistant.retrieval import Retriever
from assistant.settings import Settings
from index.embedding import make_embedder
from index.errors import IndexNotReady
from index.records import Chunk
from index.store import BuildReport, PolicyIndex, build_index, corpus_changed, open_index

logger = logging.getLogger(__name__)

# Sources a generated answer may cite: the extractive answer's citations first, then retrieval's order.
MAX_GENERATION_SOURCES = 6


@dataclass(frozen=True)
class Reference:
    """A document the corpus cites as 《title》, and whether its own text is indexed."""

    title: str
    cited_by: list[str]
    in_corpus: bool


def references(chunks: list[Chunk], doc_titles: list[str]) -> list[Reference]:
    cited: dict[str, list[str]] = {}
    for chunk in chunks:
        for title in chunk.references:
            cited.setdefault(title, []).append(chunk.id)
    return [
        Reference(title, ids, any(title in t or t in title for t in doc_titles))
        for title, ids in cited.items()
    ]


def ensure_index(settings: Settings, embedder: Embeddings, embedder_id: str, progress: bool = False) -> tuple[PolicyIndex, BuildReport | None]:
    """Open the index, building or updating it first when it is missing, stale or behind the corpus."""
    try:
        index = open_index(settings.index_dir, embedder, embedder_id, settings.collection, settings.chroma_url)
        if not corpus_changed(settings.corpus_dir, index.manifest):
            return index, None
        rebuild = False
    except IndexNotReady as exc:  # missing, stale or damaged: an incremental update cannot be trusted
        logger.warning("%s", exc)
        rebuild = True
    report = build_index(settings.corpus_dir, settings.index_dir, embedder, embedder_id, settings.collection,
                         rebuild=rebuild, progress=progress, batch_size=settings.embed_batch_size,
                         chroma_url=settings.chroma_url)
    return open_index(settings.index_dir, embedder, embedder_id, settings.collection, settings.chroma_url), report


def rerank(sources: list[Source], intent: Intent, asked: list[AskedAttribute]) -> list[Source]:
    """Put first, keeping retrieval order otherwise, the items that can answer what is asked.

    "归哪个处室" (no level named): provincial items, the only ones naming a department;
    "多久": items stating a time; "多少钱": when the top item states no figure, the first item
    of the same measure that does (a city duty above its provincial amount).
    """
    def key(source: Source) -> tuple[bool, bool]:
        return (
            intent.department and intent.level is None and source.chunk.level != "province",
            any(not a.evidence.search(body(source.chunk)) for a in asked),
        )

    ranked = sorted(sources, key=key)
    if intent.figure and ranked and ranked[0].chunk.measure_no and not has_figure(body(ranked[0].chunk)):
        top = ranked[0].chunk
        same = next((s for s in ranked[1:] if (s.chunk.doc, s.chunk.measure_no) == (top.doc, top.measure_no)
                     and has_figure(body(s.chunk))), None)
        if same:
            ranked = [same] + [s for s in ranked if s is not same]
    return ranked


class PolicyAssistant:
    """Answers questions about the indexed policy documents, extractively and with citations."""

    def __init__(self, settings: Settings, retriever: Retriever) -> None:
        self.settings = settings
        self.composer = Composer(Templates(settings.prompts_dir))
        self.generator = Generator(settings, self.composer.t) if settings.llm_enabled else None
        self._recovering = threading.Lock()
        self._use(retriever)

    def _use(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self.corpus_text = "\n".join(c.search_text for c in retriever.chunks)
        titles = [d.get("title", "") for d in retriever.index.manifest.get("documents", {}).values()]
        self.references = references(retriever.chunks, titles)
        self.matcher = Matcher(retriever.chunks, self.composer.t)

    def _search(self, query: str, k: int, level: str | None, expansions: list[str]) -> tuple[list[Source], list[str]]:
        """Retrieve; an index lost, damaged or replaced under a running app is reopened (rebuilt if need be)."""
        try:
            return self.retriever.search(query, k, level=level, expansions=expansions), []
        except IndexNotReady as exc:
            logger.warning("%s; reopening the index", exc)
            notice = self._recover(self.retriever)
        try:
            return self.retriever.search(query, k, level=level, expansions=expansions), [notice]
        except IndexNotReady as exc:
            raise IndexNotReady(f"{exc}，自动重建后仍无法读取。请运行 `python -m assistant index --rebuild`。") from exc

    def _recover(self, broken: Retriever) -> str:
        """Reopen the active index, rebuilding it when it cannot be read; once for all requests that found it broken."""
        with self._recovering:
            if self.retriever is not broken:
                return self.composer.t.raw("index_reopened")
            embedder = broken.embedder
            index, report = ensure_index(self.settings, embedder, embedder.model_id)  # type: ignore[attr-defined]
            self._use(Retriever(index, embedder, self.settings.candidates, self.settings.rrf_k))
            return self.composer.t.raw("index_rebuilt" if report else "index_reopened")

    @classmethod
    def from_settings(cls, settings: Settings | None = None, progress: bool = False) -> PolicyAssistant:
        settings = settings or Settings()
        embedder = make_embedder(settings.embed_model)
        index, _ = ensure_index(settings, embedder, embedder.model_id, progress)
        return cls(settings, Retriever(index, embedder, settings.candidates, settings.rrf_k))

    def reloaded(self, progress: bool = False) -> tuple[PolicyAssistant, BuildReport | None]:
        """An assistant on the corpus as it is now (indexing what changed), sharing the loaded model."""
        embedder = self.retriever.embedder
        index, report = ensure_index(self.settings, embedder, embedder.model_id, progress)  # type: ignore[attr-defined]
        return type(self)(self.settings, Retriever(index, embedder, self.settings.candidates,
                                                   self.settings.rrf_k)), report

    def ask(self, question: str, history: list[Message] | None = None, k: int | None = None,
            level: str | None = None) -> Answer:
        """Answer one question (with the chat history before it, if any)."""
        *_, answer = self.ask_stream(question, history, k, level)
        assert isinstance(answer, Answer)
        return answer

    def ask_stream(self, question: str, history: list[Message] | None = None, k: int | None = None,
                   level: str | None = None) -> Iterator[AnswerEvent]:
        """The answer as it is made: Delta pieces (a Restart when they must be discarded), then the Answer."""
        started = time.perf_counter()
        deadline = self.generator.deadline() if self.generator else 0.0
        text, cut = clean(question, self.settings.max_question_chars)
        notices = [self.composer.t.fill("truncated", limit=self.settings.max_question_chars)] if cut else []
        matched = self._matching(text, history or [])
        if matched is not None:
            yield from (Delta(line) for line in matched.answer.splitlines(keepends=True))
            matched.notices = notices
            matched.timings_ms["total"] = (time.perf_counter() - started) * 1000
            yield matched
            return
        query = strip_instructions(self._standalone(text, history or [], deadline))
        intent = intent_of(query)
        if own_level := intent_of(text).level:  # "市里呢？" switches the level of the question it follows
            intent = replace(intent, level=own_level)
        terms = key_terms(query)
        focus_terms = key_terms(text) or terms
        t0 = time.perf_counter()
        sources, recovered = self._search(query, k or self.settings.top_k, level or intent.level, expansions(terms))
        notices += recovered
        asked = asked_attributes(text)
        sources = rerank(sources, intent, asked)
        retrieve_ms = (time.perf_counter() - t0) * 1000
        answer = self._answer(text, query, terms, focus_terms, intent, asked, sources)
        if self.generator is not None and not answer.refused:
            t1 = time.perf_counter()
            answer = yield from self._generate(answer, deadline)
            answer.timings_ms["generate"] = (time.perf_counter() - t1) * 1000
        else:
            for line in answer.answer.splitlines(keepends=True):
                yield Delta(line)
        answer.notices = notices + answer.notices
        answer.standalone_question = query
        answer.timings_ms.update(retrieve=retrieve_ms, total=(time.perf_counter() - started) * 1000)
        yield answer

    def match(self, profile: Profile, question: str = "") -> Answer:
        """政策匹配 for a profile: the CLI's `match`, the 我的情况 form and first-person questions."""
        return self._matched(self.matcher.match(profile), question)

    def _matched(self, result: MatchResult, question: str) -> Answer:
        """Citations in the answer's order; sources ranked by how specifically each item applies."""
        ranked = sorted(result.matches, key=lambda m: -m.weight)
        return Answer(question=question or result.profile.summary(), answer=self.matcher.compose(result),
                      refused=False, citations=[Citation(n, m.chunk) for n, m in enumerate(result.matches, start=1)],
                      sources=[Source(m.chunk, float(m.weight)) for m in ranked], match=result.to_dict())

    def _matching(self, text: str, history: list[Message]) -> Answer | None:
        """A first-person question about what applies to the asker: the matches, or one clarifying question.

        A reply to a clarifying question ("苏州") is read together with the turns it answers.
        """
        turns = [text]
        i = len(history) - 1
        while i >= 1 and history[i].get("role") == "assistant" and CLARIFY_PHRASE in history[i].get("content", "") \
                and history[i - 1].get("role") == "user":
            turns.insert(0, history[i - 1]["content"])
            i -= 2
        given = profile_from_text(text)
        if len(turns) == 1 or not (given.city or given.types):
            if not wants_matching(text):
                return None
            turns = [text]
        profile = profile_from_text("；".join(turns))
        if not profile.types:
            return self._clarify(text, profile, "types")
        result = self.matcher.match(profile)
        if result.depends_on_city:
            return self._clarify(text, profile, "city")
        return self._matched(result, text)

    def _clarify(self, text: str, profile: Profile, missing: str) -> Answer:
        return Answer(question=text, answer=self.composer.t.raw(f"match_clarify_{missing}"), refused=False,
                      match={"profile": profile.model_dump(), "clarify": missing, "groups": {}, "not_covered": []})

    def _standalone(self, text: str, history: list[Message], deadline: float) -> str:
        """The question to retrieve with: rewritten by the model when one is set, else by rule."""
        if self.generator is None or not history:
            return standalone(text, history)
        try:
            return self.generator.condense(text, history, deadline) or standalone(text, history)
        except GenerationError as exc:
            logger.warning("condensing the follow-up failed (%s); using the rule", exc)
            return standalone(text, history)

    def _generate(self, extractive: Answer, deadline: float) -> Generator_[AnswerEvent, None, Answer]:
        """Stream a generated answer sentence by sentence, each checked against its citations.

        One repair attempt names what was unsupported; then, or on any fault, the extractive
        answer is shown with a notice. Nothing unchecked is ever streamed.
        """
        assert self.generator is not None
        chunks = [c.chunk for c in extractive.citations]
        chunks += [s.chunk for s in extractive.sources if s.chunk not in chunks]
        chunks = chunks[:MAX_GENERATION_SOURCES]
        messages = self.generator.answer_messages(extractive.question, chunks)
        shown = False
        for mode in ("llm", "llm-repaired"):
            gate = SentenceGate(chunks)
            try:
                for sentence in gate.sentences(self.generator.stream(messages, deadline)):
                    shown = True
                    yield Delta(sentence)
            except GenerationError as exc:
                notice = self.composer.t.fill("llm_unavailable", reason=str(exc))
                return (yield from self._fall_back(extractive, shown, notice, Grounding(False)))
            if gate.grounding.verified:
                return replace(extractive, answer=gate.text.strip(), mode=mode, grounding=gate.grounding,
                               citations=[Citation(n, chunks[n - 1]) for n in gate.cited()])
            logger.warning("generated answer failed its check on %d point(s)", len(gate.unsupported))
            if shown:
                yield Restart()
                shown = False
            messages = self.generator.repair_messages(messages, gate.text, gate.unsupported)
        notice = self.composer.t.raw("llm_fallback")
        return (yield from self._fall_back(extractive, shown, notice, gate.grounding))

    def _fall_back(self, extractive: Answer, shown: bool, notice: str, grounding: Grounding
                   ) -> Generator_[AnswerEvent, None, Answer]:
        if shown:
            yield Restart()
        for line in extractive.answer.splitlines(keepends=True):
            yield Delta(line)
        return replace(extractive, mode="extractive-fallback", grounding=grounding,
                       notices=[*extractive.notices, notice])

    def _answer(self, text: str, query: str, terms: list[str], focus_terms: list[str], intent: Intent,
                asked: list[AskedAttribute], sources: list[Source]) -> Answer:
        reference = next((r for r in self.references if not r.in_corpus and r.title in query), None)
        if reference and CONTENT_QUESTION_RE.search(text):
            cited = [self.retriever.chunk(i) for i in reference.cited_by]
            return self._from_draft(text, self.composer.reference_absent(reference.title, cited, terms), sources, True)
        unstated = self._unstated(asked, terms, sources)
        if unstated or self._not_covered(query, terms, sources):
            return Answer(question=text, answer=self.composer.not_covered(sources, unstated), refused=True,
                          sources=sources)
        chunks = self._measure_items(terms, intent, sources)
        if chunks:
            return self._from_draft(text, self.composer.measure_listing(chunks, terms, intent), sources)
        stating = tuple(a.evidence for a in asked)
        chunks = select_citations(sources, terms, intent, self.settings.max_citations, stating)
        draft = self.composer.compose(chunks, terms, focus_terms, intent)
        answer = self._from_draft(text, draft, sources)
        if reference:
            answer.notices.append(self.composer.t.fill("reference_absent", title=reference.title))
        return answer

    def _from_draft(self, text: str, draft: Draft, sources: list[Source], refused: bool = False) -> Answer:
        return Answer(question=text, answer=draft.text, refused=refused, citations=draft.citations, sources=sources)

    def _not_covered(self, query: str, terms: list[str], sources: list[Source]) -> bool:
        """Refuse when the corpus lacks the question's key terms, names another region, or retrieval is weak."""
        if not sources or not terms:
            return True
        if any(place not in self.corpus_text for place in outside_places(query)):
            return True
        known = [term_covered(t, self.corpus_text) for t in terms]
        if sum(known) / len(terms) < self.settings.min_term_coverage:
            return True
        # A term the corpus never uses (个人, 驳回) is fatal when no single item answers most of the rest.
        if not all(known) and max(term_share(terms, s.chunk.search_text) for s in sources[:3]) < 0.5:
            return True
        top_text = "\n".join(s.chunk.search_text for s in sources[:3])
        if term_share(terms, top_text) == 0:
            return True
        # The best dense similarity among the sources: an item found by BM25 alone has no dense score.
        return max(s.dense for s in sources) < self.settings.min_dense_score

    def _unstated(self, asked: list[AskedAttribute], terms: list[str], sources: list[Source]) -> list[str]:
        """What the question asks (a fee, a deadline…) that none of the top items matching it states."""
        unstated = []
        for attribute in asked:
            subject = [t for t in terms if not attribute.question.search(t)]
            evidence = [s.chunk for s in sources[:3] if term_share(subject, s.chunk.search_text) > 0]
            if not any(attribute.evidence.search(body(c)) for c in evidence):
                unstated.append(attribute.label)
        return unstated

    def _measure_items(self, terms: list[str], intent: Intent, sources: list[Source]) -> list[Chunk]:
        """For "…有哪些支持" about one measure: all its items (of the asked level, if any)."""
        if not intent.listing or not sources:
            return []
        top = sources[0].chunk
        # Literal match on the measure's title: synonyms would let "维权" pick "…协同保护".
        if not terms or sum(t in top.measure for t in terms) / len(terms) < 0.5:
            return []
        return [c for c in self.retriever.siblings(top) if not intent.level or c.level == intent.level]
