"""The policy assistant: question → retrieval → grounded, cited answer. The CLI, UI and APIs all call ask()."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Literal

from assistant import decisions
from assistant.answer import Composer, Draft, graded_item, last_clauses, operand_item
from assistant.chat import Message, standalone
from assistant.decisions import Decision, Weights
from assistant.evidence import body, names_members, states_money
from assistant.evidence_model import Evidence, gather, load_model
from assistant.generated import generate_checked
from assistant.generation import GenerationError, Generator
from assistant.index_life import LiveIndex, open_retriever, references
from assistant.matching import Matcher
from assistant.matching_route import MatchingRoute
from assistant.plan import Part, Plan, read_question
from assistant.profile import Profile
from assistant.prompts import Templates
from assistant.question import LEVEL_WORD_RE, clean, key_terms, term_covered
from assistant.records import Answer, AnswerEvent, Delta, Source
from assistant.retrieval import Retrieved, Retriever
from assistant.settings import Settings
from assistant.spelling import Speller
from index.embedding import make_embedder
from index.figures import extract_figures, normalise
from index.records import Chunk
from index.store import BuildReport
from index.tokenization import names_a_thing

logger = logging.getLogger(__name__)


class PolicyAssistant:
    """Answers questions about the indexed policy documents, extractively and with citations."""

    def __init__(self, settings: Settings, retriever: Retriever) -> None:
        self.settings = settings
        self.composer = Composer(Templates(settings.prompts_dir))
        self.generator = Generator(settings, self.composer.t) if settings.llm_enabled else None
        self.index = LiveIndex(settings, retriever, self.composer.t, on_swap=self._use)
        self._use(retriever)

    @property
    def retriever(self) -> Retriever:
        return self.index.retriever

    def _use(self, retriever: Retriever) -> None:
        """What the engine derives from the index's items, made again when the index is replaced."""
        self.corpus_text = "\n".join(c.search_text for c in retriever.chunks)
        titles = [d.get("title", "") for d in retriever.index.manifest.get("documents", {}).values()]
        self.references = references(retriever.chunks, titles)
        self.titles = {c.doc: c.doc_title for c in retriever.chunks}  # each document's title, by its id
        self.route = MatchingRoute(Matcher(retriever.chunks, self.composer.t), self.composer.t)
        self.speller = Speller(self.corpus_text)
        self.weights = Weights(retriever.chunks)
        self.measures = decisions.measures_of(retriever.chunks)
        self.departments = frozenset(d for c in retriever.chunks for d in c.departments if d != "各设区市")

    def _search(self, plan: Plan, query: str, k: int, level: str | None,
                measure_no: int | None = None) -> tuple[Retrieved, list[str]]:
        dense = plan.dense_query if query == plan.query else None
        return self.index.retrieve(query, k, level, plan.expansions, dense or None, measure_no)

    @classmethod
    def from_settings(cls, settings: Settings | None = None, progress: bool = False) -> PolicyAssistant:
        settings = settings or Settings()
        retriever, _ = open_retriever(settings, make_embedder(settings.embed_model), progress)
        return cls(settings, retriever)

    def reloaded(self, progress: bool = False) -> tuple[PolicyAssistant, BuildReport | None]:
        """An assistant on the corpus as it is now (indexing what changed), sharing the loaded model."""
        retriever, report = open_retriever(self.settings, self.retriever.embedder, progress)
        return type(self)(self.settings, retriever), report

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
        matched = self.route.answer(text, history or [])
        if matched is not None:
            yield from (Delta(line) for line in matched.answer.splitlines(keepends=True))
            matched.notices = notices
            matched.timings_ms["total"] = (time.perf_counter() - started) * 1000
            yield matched
            return
        plan = self._read(text, self._standalone(text, history or [], deadline))
        trace = [Decision("plan", plan.query, "one reading of the question", plan.to_dict())]
        if plan.corrections:
            notices.append(self.composer.t.fill("corrected", terms="」「".join(c.term for c in plan.corrections)))
        t0 = time.perf_counter()
        evidence, sources, ranked, recovered = self._retrieve(plan, k, level)
        notices += recovered
        trace += ranked
        retrieve_ms = (time.perf_counter() - t0) * 1000
        answer = self._answer(plan, evidence, sources, k, level, trace)
        answer.trace = [d.to_dict() for d in trace]
        if self.generator is not None and not answer.refused:
            t1 = time.perf_counter()
            answer = yield from generate_checked(self.generator, self.composer.t, answer, deadline)
            answer.timings_ms["generate"] = (time.perf_counter() - t1) * 1000
        else:
            for line in answer.answer.splitlines(keepends=True):
                yield Delta(line)
        answer.notices = notices + answer.notices
        answer.standalone_question = plan.query
        answer.timings_ms.update(retrieve=retrieve_ms, total=(time.perf_counter() - started) * 1000)
        yield answer

    def match(self, profile: Profile, question: str = "") -> Answer:
        """政策匹配 for a profile: the CLI's `match`, the 我的情况 form and first-person questions."""
        return self.route.match(profile, question)

    def _standalone(self, text: str, history: list[Message], deadline: float) -> str:
        """The question to retrieve with: rewritten by the model when one is set, else by rule."""
        if self.generator is None or not history:
            return standalone(text, history)
        try:
            return self.generator.condense(text, history, deadline) or standalone(text, history)
        except GenerationError as exc:
            logger.warning("condensing the follow-up failed (%s); using the rule", exc)
            return standalone(text, history)

    def _answer(self, plan: Plan, evidence: Evidence, sources: list[Source], k: int | None, level: str | None,
                trace: list[Decision]) -> Answer:
        """Coverage, then the template and the citations of each part; every step goes into ``trace``."""
        text = plan.text
        reference = next((r for r in self.references if not r.in_corpus and r.title in plan.query), None)
        if reference and plan.about_content:
            trace.append(Decision("template", "reference_absent", f"asks about the content of 《{reference.title}》, "
                                  "which the corpus cites but does not hold"))
            cited = [self.retriever.chunk(i) for i in reference.cited_by]
            return self._from_draft(text, self.composer.reference_absent(plan, reference.title, cited), sources, True)
        structural = self._by_structure(plan, sources, trace)
        if structural is not None:
            return structural
        covered, decision = decisions.coverage(plan, sources, evidence, load_model(),
                                               self.settings.thresholds, self.corpus_text, self.weights)
        trace.append(decision)
        listing: list[Chunk] = []
        by_subject: list[Chunk] = []
        if covered.outcome == "answer":
            listing, listed = decisions.listed_measure(plan, sources, self.measures, self.settings.thresholds)
            trace += [listed] if listed else []
            if not listing:
                by_subject, listed = decisions.listed_subject(plan, self.measures, self.settings.thresholds)
                trace += [listed] if listed else []
        trace.append(decisions.choose_template(plan, covered.outcome, bool(listing or by_subject)))
        if covered.outcome == "out_of_scope":
            return Answer(question=text, answer=self.composer.not_covered(plan, sources), refused=True, sources=sources)
        if covered.outcome == "unstated":
            amount = covered.unstated == [plan.amount_word] and plan.asks_amount
            return Answer(question=text, answer=self.composer.unstated(plan, sources, covered.unstated, amount),
                          refused=True, sources=sources)
        if listing:  # the items listed lead the sources: they are what answered
            return self._from_draft(text, self.composer.measure_listing(plan, listing), _leading(listing, sources))
        if by_subject and listed:
            return self._from_draft(text, self.composer.subject_listing(plan, listed.inputs["terms"], by_subject),
                                    _leading(by_subject, sources))
        if plan.intent.both_levels and not plan.multipart and not level:
            sources = self._each_level(plan, sources, k, trace)
        found = [(part, self._part_sources(plan, part, k, level, sources, trace)) for part in plan.parts] \
            if plan.multipart else []
        same = len({f[1][0].chunk.id for f in found if f[1]}) == 1
        if same:  # every part found the same item: each part is answered from it alone
            trace.append(Decision("parts", "one item", "every part's best item is the same", {"parts": len(found)}))
        parts = []
        for part, part_sources in found or [(plan.parts[0], sources)]:
            # Of several parts, the one naming the group whose members are asked ("…，由哪两个城市配合") asks them.
            asked = replace(plan, intent=part.intent, members_of=plan.members_of if plan.members_of in part.text
                            else "") if plan.multipart else plan
            # A part asking both levels looks past the one item every part shares for the other level's.
            one = same and not part.intent.both_levels
            chunks, chosen = decisions.choose_citations(asked, part_sources[:1] if one else part_sources,
                                                        part.terms, self.weights, self.settings.thresholds)
            trace.append(replace(chosen, name=f"citations[{part.text}]") if plan.multipart else chosen)
            if plan.multipart and (plan.arithmetic or part.intent.figure):
                chunks = self._stating_operand(part, chunks, part_sources, trace)
            parts.append((part, chunks))
        if plan.arithmetic:
            parts = self._stating_asked_figures(plan, sources, parts, trace)
        if plan.arithmetic or plan.comparison:
            parts = self._stating_addends(plan, sources, parts, trace)
        draft, composed = self.composer.compose(plan, parts)
        trace += [Decision(name, "computed", why) for name, why in composed.items()]
        answer = self._from_draft(text, draft, sources)
        if reference:
            answer.notices.append(self.composer.t.fill("reference_absent", title=reference.title))
        return answer

    def _by_structure(self, plan: Plan, sources: list[Source], trace: list[Decision]) -> Answer | None:
        """Questions the task list's structure answers, whatever retrieval found: what a department does, the
        items naming a city, the items granting money, the measures of the document, an item or measure named
        by number. The items listed lead the sources: they are what answered."""
        text = plan.text
        duties, subject, by_department = decisions.department_duties(plan, self.measures, self.settings.thresholds)
        if by_department:
            trace.append(by_department)
            draft = self.composer.department_duties(duties, subject)
            listed = list({c.id: c for _, items in duties for c in items}.values())  # an item two share, once
            return self._from_draft(text, draft, _leading(listed, sources))
        # "南京市有哪些任务", "连云港出现在哪些地方": the items naming it
        if plan.intent.listing and not decisions.listing_terms(plan) or plan.place_located:
            by_city, listed_city = decisions.listed_subject(plan, self.measures, self.settings.thresholds)
            if by_city and listed_city:
                trace.append(listed_city)
                return self._from_draft(text, self.composer.subject_listing(plan, listed_city.inputs["terms"], by_city),
                                        _leading(by_city, sources))
        # "清单里提到保险的条目都找出来": every item writing it, each by its place, whatever retrieval ranks first;
        # not a measure named by number or by its title ("涉及自贸区的省级任务有哪几条"), nor a detail asked of it.
        if plan.intent.listing and plan.request == "location" and not plan.place_located and not plan.reference \
                and not (plan.asked or plan.asked_for or plan.asked_whether) \
                and not decisions.listed_measure(plan, sources, self.measures, self.settings.thresholds)[0]:
            by_text, listed_text = decisions.listed_subject(plan, self.measures, self.settings.thresholds)
            if by_text and listed_text:
                trace.append(listed_text)
                draft, _ = self.composer.compose(plan, [(plan.parts[0], by_text)])
                return self._from_draft(text, draft, _leading(by_text, sources))
        # "省里给钱的事项都有哪些": the items granting an amount
        grants, listed_grants = decisions.listed_grants(plan, self.measures)
        if grants and listed_grants:
            trace.append(listed_grants)
            return self._from_draft(text, self.composer.grants_listing(plan, grants), _leading(grants, sources))
        title, firsts, listed_all = decisions.overview(plan, self.measures, self.titles)
        if listed_all:
            trace.append(listed_all)
            lacking = plan.reference.measure_no if plan.reference and listed_all.reason.startswith("no measure") else None
            return Answer(question=text, answer=self.composer.overview(title, firsts, lacking), refused=False,
                          sources=sources)
        named, of_level, by_number = decisions.referenced(plan, self.measures, sources)
        trace += [by_number] if by_number else []
        if plan.reference and plan.reference.item and not named and of_level:  # "第二项措施各设区市第5条"
            missing = self.composer.reference_missing(plan.reference, of_level)
            return Answer(question=text, answer=missing, refused=True, sources=sources)
        if named:
            trace.append(Decision("template", "quote" if plan.reference and plan.reference.item else "measure_listing",
                                  "the items named by number, whole"))
            return self._from_draft(text, self.composer.referenced(plan, named), _leading(named, sources))
        return None

    def _stating_operand(self, part: Part, chunks: list[Chunk], part_sources: list[Source],
                         trace: list[Decision]) -> list[Chunk]:
        """A part of a sum whose amount an item among its top ones names word for word is computed from that
        item: "地理标志项目" is 地理标志项目 (200万元) of the brand item, not the …运用促进重点联系指导项目
        (50万元) of the item both parts ranked first; a part asking an amount by a bare grade of its own, from
        the one item grading its amounts by it."""
        candidates = chunks + [s.chunk for s in part_sources[:self.settings.top_k] if s.chunk not in chunks]
        best, why = operand_item(part.text, candidates), "an item names the part's amount word for word"
        if best is None and not any(graded_item(part.text, [c]) for c in chunks):
            # "示范中心立项最多多少？评优秀又奖多少": the part's own grade (优秀), which one item's amounts are graded by.
            best, why = graded_item(part.text.split(" ")[-1], candidates), "one item grades its amounts by the part's grade"
        if best is None or best in chunks:
            return chunks
        trace.append(Decision(f"citations[operand {part.text}]", best.id, why))
        return [best, *chunks]

    def _stating_asked_figures(self, plan: Plan, sources: list[Source], parts: list[tuple[Part, list[Chunk]]],
                               trace: list[Decision]) -> list[tuple[Part, list[Chunk]]]:
        """For a sum of figures the asker gives ("立项250万，优秀再奖50万，一共多少"), the top items stating them are
        cited too, so the arithmetic stands on cited figures."""
        cited = [c for _, chunks in parts for c in chunks]
        added: list[Chunk] = []
        totals = plan.premise.totals if plan.premise else []  # "…一共50万对吧": what they sum to, no addend
        for figure in extract_figures(plan.own):
            key = (figure.kind, figure.value)
            if figure.text in totals:
                continue
            if any(key in normalise(body(c)) for c in cited + added):
                continue
            stating = next((s.chunk for s in sources if key in normalise(body(s.chunk))), None)
            if stating:
                added.append(stating)
        return _cited_too(parts, added, trace, "citations[asked figures]", "items stating the figures the asker sums")

    def _stating_addends(self, plan: Plan, sources: list[Source], parts: list[tuple[Part, list[Chunk]]],
                         trace: list[Decision]) -> list[tuple[Part, list[Chunk]]]:
        """A side of a comparison (asked or asserted) or sum that no cited item is about ("示范中心立项支持是运营中心项目的几倍":
        运营中心 is not in the 示范中心 item) is computed from the best-ranked top item holding all its words and
        an amount, cited too; so is one a top item's amount label names word for word."""
        cited = [c for _, chunks in parts for c in chunks]
        added: list[Chunk] = []
        top = [s.chunk for s in sources[:self.settings.top_k]]
        # "中国专利优秀奖和江苏专利奖优秀奖一样多吧": the two sides of a comparison asserted, as a difference's.
        for addend in plan.addends or plan.comparison[:2]:
            # "一个示范中心从立项到运行期考核全拿顶格，立项的钱加上优秀奖励": a side running over a comma whose
            # item nothing tells is told by its own last clause (立项的钱), the clauses before setting the scene.
            sides = [addend, *last_clauses([addend])]
            stating = self._stating_any(sides, top, cited + added)
            if stating is False:
                # "…运行期考核拿了优秀，当初立项的支持加上优秀的奖励": the whole question ranks the 优秀 item
                # alone; the side, searched on its own, finds the 立项 item.
                retrieved, _ = self._search(plan, addend, self.settings.top_k, None)
                own_top = [s.chunk for s in retrieved.sources]
                stating = self._stating_any(sides, own_top, cited + added)
                trace.append(Decision("addend search", stating.id if stating else "none",
                                      f"no top item states the side {addend!r}; searched on its own"))
            if stating and stating not in added:
                added.append(stating)
        return _cited_too(parts, added, trace, "citations[addends]",
                          "items about a side of the arithmetic that no cited item is about")

    def _stating_any(self, sides: list[str], top: list[Chunk], cited: list[Chunk]) -> Chunk | None | Literal[False]:
        """What the first of ``sides`` (a side, then its last clause) that tells anything tells (see _stating_side)."""
        for side in sides:
            stating = self._stating_side(side, top, cited)
            if stating is not False:
                return stating
        return False

    def _stating_side(self, addend: str, top: list[Chunk], cited: list[Chunk]) -> Chunk | None | Literal[False]:
        """The item stating an amount for one side of a sum or comparison; None when a cited item already states
        it (or the side names nothing the corpus holds), False when no top item does."""
        # "地理标志项目的支持是示范区奖励的几倍": a top item whose amount's label the side writes whole.
        named = operand_item(addend, top)
        if named and named not in cited:
            return named
        # Not 如果, 评上, nor the asker's counts ("两年都评了优秀，两次奖励": how often, which 每两年 of
        # 江苏专利奖 does not make its item's).
        # Nor the unit the asker counts ("我们两个项目都拿了…银奖": 项目 are theirs, not the prize's).
        terms = [t for t in key_terms(addend) if term_covered(t, self.corpus_text) and not _COUNTED_RE.match(t)
                 and not re.search(_UNIT_COUNTED.format(re.escape(t)), addend)]
        # A cited item holding the side's words but no amount (the cities' 配套奖励办法) computes nothing.
        if not terms or any(all(term_covered(t, body(c)) for t in terms) and states_money(body(c)) for c in cited):
            return None
        # "…减去运营中心立项最高的钱": the side's words no cited item holds (运营) tell its item, which need
        # not hold the words it shares with the other side (立项).
        own = [t for t in terms if not any(term_covered(t, body(c)) for c in cited)] or terms
        return next((c for c in top if all(term_covered(t, body(c)) for t in terms) and states_money(body(c))), None) \
            or next((c for c in top if all(term_covered(t, body(c)) for t in own) and states_money(body(c))
                     and c not in cited), None) or False

    def _each_level(self, plan: Plan, sources: list[Source], k: int | None, trace: list[Decision]) -> list[Source]:
        """"省局和设区市各做什么": a level the top items miss is searched on its own, so its best item can be cited."""
        missing = [lv for lv in ("province", "city") if not any(s.chunk.level == lv for s in sources[:4])]
        for lv in missing:
            retrieved, _ = self._search(plan, plan.query, k or self.settings.top_k, lv)
            ranked = decisions.rerank(plan, retrieved.sources)[0]
            sources = sources + [s for s in ranked if s.chunk.id not in {x.chunk.id for x in sources}]
        if missing:
            trace.append(Decision("levels", ", ".join(missing), "both levels asked; searched on its own: "
                                  + ", ".join(missing)))
        return sources

    def _part_sources(self, plan: Plan, part: Part, k: int | None, level: str | None, sources: list[Source],
                      trace: list[Decision]) -> list[Source]:
        """One part of a multi-part question retrieves on its own (its level, if it names one). A part at a level
        none of whose items there names its subject ("苏知贷省里归哪个处，设区市这一级要做什么": no city item names
        苏知贷) is answered by that level's items of the measure the question's top item belongs to, as a
        follow-up naming a level is."""
        at = level or part.intent.level
        retrieved, _ = self._search(plan, part.text, k or self.settings.top_k, at)
        ranked = decisions.rerank(replace(plan, intent=part.intent, query=part.text), retrieved.sources)[0]
        top = sources[0].chunk if sources else None
        subject = [t for t in part.terms if any(t in p.terms for p in plan.parts if p is not part)]
        if at is None or top is None or not top.measure_no or top.level == at or not subject or \
                any(term_covered(t, s.chunk.search_text) for s in ranked[:4] for t in subject):
            return ranked
        found = self._of_measure(plan, part.text, k or self.settings.top_k, at, top)
        if found:
            trace.append(Decision(f"levels[{part.text}]", ", ".join(s.chunk.id for s in found),
                                  f"no item at that level names {'、'.join(subject)}: the items of "
                                  f"{top.measure_label or top.measure} at that level, whose subject {top.id} holds"))
        return found + [s for s in ranked if s not in found]

    def _read(self, text: str, standalone_text: str) -> Plan:
        return read_question(text, standalone_text, self.speller, self.departments)

    def _retrieve(self, plan: Plan, k: int | None, level: str | None
                  ) -> tuple[Evidence, list[Source], list[Decision], list[str]]:
        """The question's items, reranked, the evidence coverage weighs, the decisions taken and any recovery
        notice."""
        k = k or self.settings.top_k
        # "第五项措施里苏知贷银行承担多少": the measure named by number bounds the search.
        within = plan.reference.measure_no if plan.reference and plan.reference.terms else None
        retrieved, notices = self._search(plan, plan.query, k, level or plan.intent.level, within)
        if within and not retrieved.sources:  # no such measure: the whole index
            retrieved, notices = self._search(plan, plan.query, k, level or plan.intent.level)
        sources, ranked = decisions.rerank(plan, retrieved.sources)
        # The fusion's dense weight is part of why the items came in this order.
        taken = [replace(ranked, inputs={**ranked.inputs, "dense_weight": retrieved.dense_weight})]
        evidence = self._evidence(plan, retrieved, sources)
        if plan.quoted:
            sources, quoting = decisions.quoting_first(plan, sources, self.retriever.chunks)
            taken += [quoting] if quoting else []
        sources, naming_amount = decisions.amount_naming_first(plan, sources, self.retriever.chunks)
        taken += [naming_amount] if naming_amount else []
        if not level and (plan.level_switch or plan.intent.level and not plan.multipart
                          and self._subject_elsewhere(plan, sources[:k])):
            switched = self._same_measure(plan, k)
            if switched:
                evidence, measure_sources, decision = switched
                found = {s.chunk.id for s in measure_sources}  # scored by another search: compared by item
                sources = measure_sources + [s for s in sources if s.chunk.id not in found]
                taken.append(decision)
        naming = self._naming_members(plan, sources, k)
        if naming:
            sources = [naming] + [s for s in sources if s.chunk.id != naming.chunk.id]
            taken.append(Decision("members", naming.chunk.id, f"no top item names the {plan.members_of} asked for: "
                                  f"{naming.chunk.id} of {sources[1].chunk.id}'s measure does"))
        return evidence, sources, taken, notices

    def _naming_members(self, plan: Plan, sources: list[Source], k: int) -> Source | None:
        """"外国专利代理机构办事机构目标几家" → "哪两个市配合": members asked for that no top item names are looked for
        among the items of the top item's measure, at either level (the cities' item names 南京、苏州), when the
        item holds a word of the question that at most half the items hold (专利代理, not 知识产权)."""
        if not plan.members_of or plan.one_member or not sources or not sources[0].chunk.measure_no \
                or any(names_members(plan.members_of, body(s.chunk)) for s in sources[:k]):
            return None
        distinctive = [t for t in plan.terms if t != plan.members_of
                       and self.weights.frequency(t) * 2 <= len(self.weights.texts)]
        same = self._of_measure(plan, plan.query, k, None, sources[0].chunk)
        return next((s for s in same if names_members(plan.members_of, body(s.chunk))
                     and any(term_covered(t, s.chunk.search_text) for t in distinctive)), None)

    def _subject_elsewhere(self, plan: Plan, sources: list[Source]) -> bool:
        """"苏知贷这块市里要做啥": the things the question names that the corpus does (苏知贷) are named by no item
        found at the level it asks, whose items need not repeat them."""
        things = self._things(plan)
        return bool(things) and not any(term_covered(t, s.chunk.search_text) for s in sources for t in things)

    def _things(self, plan: Plan) -> list[str]:
        """The things the question names that the corpus does, less levels and the kind of members asked for
        ("哪些城市配合": 城市 says which, not what about)."""
        return [t for t in plan.terms if names_a_thing(t) and term_covered(t, self.corpus_text)
                and not LEVEL_WORD_RE.match(t) and not (plan.members_of and t in plan.members_of)]

    def _same_measure(self, plan: Plan, k: int) -> tuple[Evidence, list[Source], Decision] | None:
        """"苏知贷省里哪个处负责" → "市里要做什么": the subject is found at any level, and the items of its measure at
        the level the follow-up names answer, with the subject's evidence (the task list pairs each measure's
        provincial items with the cities' duties, which need not repeat the subject's words). So for a
        question naming a level whose items there do not name its subject ("苏知贷这块市里要做啥")."""
        anywhere, _ = self._search(plan, plan.query, k, None)
        ranked = decisions.rerank(plan, anywhere.sources)[0]
        # The subject's item is the best one naming a thing of the question ("苏知贷是省局哪个处室在负责 那各设区市这块
        # 要干些啥": the cities' item on 处室 ranks first by the asking words, the one on 苏知贷 names it).
        things = self._things(plan)
        naming = [s for s in ranked if any(term_covered(t, s.chunk.search_text) for t in things)]
        if things and not naming:  # the level's own words ranked its items first: the things alone find it
            anywhere, _ = self._search(plan, " ".join(things), k, None)
            ranked = decisions.rerank(plan, anywhere.sources)[0]
            naming = [s for s in ranked if any(term_covered(t, s.chunk.search_text) for t in things)]
        top = (naming or ranked)[0].chunk if ranked else None
        if top is None or not top.measure_no or top.level == plan.intent.level:
            return None
        found = self._of_measure(plan, plan.query, k, plan.intent.level, top)
        if not found:
            return None
        why = "the follow-up names the level only" if plan.level_switch else \
            "no item at the level asked names the subject"
        return self._evidence(plan, anywhere, ranked), found, Decision(
            "levels[follow-up]" if plan.level_switch else "levels[subject]", ", ".join(s.chunk.id for s in found),
            f"{why}: the items of {top.measure_label or top.measure} at that level, whose subject {top.id} holds")

    def _of_measure(self, plan: Plan, query: str, k: int, level: str | None, top: Chunk) -> list[Source]:
        """The items at ``level`` of the measure (and document) ``top`` belongs to, ranked for ``query``."""
        same, _ = self._search(plan, query, k, level, top.measure_no)
        return [s for s in same.sources if s.chunk.doc == top.doc]

    def _evidence(self, plan: Plan, retrieved: Retrieved, sources: list[Source]) -> Evidence:
        terms = plan.evidence_terms(self.corpus_text)
        return gather(sources, terms, self.corpus_text, retrieved.agreement, plan.language == "en")

    def evidence(self, question: str, history: list[Message] | None = None) -> Evidence:
        """The retrieval evidence the coverage decision weighs, read as ask() reads it, for ``eval.calibrate``."""
        text, _ = clean(question, self.settings.max_question_chars)
        plan = self._read(text, standalone(text, history or []))
        return self._retrieve(plan, None, None)[0]

    def _from_draft(self, text: str, draft: Draft, sources: list[Source], refused: bool = False) -> Answer:
        return Answer(question=text, answer=draft.text, refused=refused, citations=draft.citations, sources=sources)


# A word opening on a number (两年, 两次, 三件): the asker's count of something, not what it is.
_COUNTED_RE = re.compile(r"^[一二两三四五六七八九十几每\d]")
# A word right after a count and its classifier (两个项目, 三件专利): the unit counted.
_UNIT_COUNTED = r"[一二两三四五六七八九十几\d][个件项家]{}"


def _leading(chunks: list[Chunk], sources: list[Source]) -> list[Source]:
    """``sources`` with ``chunks`` first, in their order: the items a question named by number, or the structure
    listed, are what answered it, whatever retrieval ranked (their scores are retrieval's where it found them,
    else none)."""
    found = {s.chunk.id: s for s in sources}
    ids = {c.id for c in chunks}
    return [found.get(c.id, Source(c, 0.0)) for c in chunks] + [s for s in sources if s.chunk.id not in ids]


def _cited_too(parts: list[tuple[Part, list[Chunk]]], added: list[Chunk], trace: list[Decision], name: str,
               why: str) -> list[tuple[Part, list[Chunk]]]:
    """``parts`` with ``added`` cited after the last part's items, and the decision traced; unchanged when none."""
    if not added:
        return parts
    trace.append(Decision(name, ", ".join(c.id for c in added), why))
    last, chunks = parts[-1]
    return [*parts[:-1], (last, chunks + added)]
