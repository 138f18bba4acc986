"""A generated answer streamed sentence by sentence, each checked against its citations, with one repair."""

from __future__ import annotations

import logging
from collections.abc import Generator as Generator_
from dataclasses import replace

from assistant.generation import GenerationError, Generator
from assistant.grounding import Grounding, SentenceGate
from assistant.prompts import Templates
from assistant.records import Answer, AnswerEvent, Citation, Delta, Restart

logger = logging.getLogger(__name__)

# Sources a generated answer may cite: the extractive answer's citations first, then retrieval's order.
MAX_GENERATION_SOURCES = 6


def generate_checked(generator: Generator, templates: Templates, extractive: Answer, deadline: float
                 ) -> Generator_[AnswerEvent, None, Answer]:
    """Stream a generated answer sentence by sentence, each checked against its citations.

    One repair attempt names what was unsupported; then, or on any fault, the extractive
    answer is shown with a notice. Nothing unchecked is ever streamed.
    """
    chunks = [c.chunk for c in extractive.citations]
    chunks += [s.chunk for s in extractive.sources if s.chunk not in chunks]
    chunks = chunks[:MAX_GENERATION_SOURCES]
    messages = generator.answer_messages(extractive.question, chunks)
    shown = False
    for mode in ("llm", "llm-repaired"):
        gate = SentenceGate(chunks)
        try:
            for sentence in gate.sentences(generator.stream(messages, deadline)):
                shown = True
                yield Delta(sentence)
        except GenerationError as exc:
            notice = templates.fill("llm_unavailable", reason=str(exc))
            return (yield from _fall_back(extractive, shown, notice, Grounding(False)))
        if gate.grounding.verified:
            return replace(extractive, answer=gate.text.strip(), mode=mode, grounding=gate.grounding,
                           citations=[Citation(n, chunks[n - 1]) for n in gate.cited()])
        logger.warning("generated answer failed its check on %d point(s)", len(gate.unsupported))
        if shown:
            yield Restart()
            shown = False
        messages = generator.repair_messages(messages, gate.text, gate.unsupported)
    notice = templates.raw("llm_fallback")
    return (yield from _fall_back(extractive, shown, notice, gate.grounding))

def _fall_back(extractive: Answer, shown: bool, notice: str, grounding: Grounding
           ) -> Generator_[AnswerEvent, None, Answer]:
    if shown:
        yield Restart()
    for line in extractive.answer.splitlines(keepends=True):
        yield Delta(line)
    return replace(extractive, mode="extractive-fallback", grounding=grounding,
                   notices=[*extractive.notices, notice])
