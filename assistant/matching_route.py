"""政策匹配 in the chat: a first-person question about what applies to the asker is answered by matching."""

from __future__ import annotations

from assistant.chat import Message
from assistant.matching import Matcher, MatchResult
from assistant.profile import Profile, profile_from_text, wants_matching
from assistant.prompts import CLARIFY_PHRASE, Templates
from assistant.records import Answer, Citation, Source


class MatchingRoute:
    """Matches a profile to the items that apply, or asks one clarifying question."""

    def __init__(self, matcher: Matcher, templates: Templates) -> None:
        self.matcher = matcher
        self.t = templates

    def match(self, profile: Profile, question: str = "") -> Answer:
        """政策匹配 for a profile: the CLI's `match`, the 我的情况 form and first-person questions."""
        return self._matched(self.matcher.match(profile), question)

    def _matched(self, result: MatchResult, question: str) -> Answer:
        """Citations in the answer's order; sources ranked by how specifically each item applies."""
        ranked = sorted(result.matches, key=lambda m: -m.weight)
        return Answer(question=question or result.profile.summary(), answer=self.matcher.compose(result),
                      refused=False, citations=[Citation(n, m.chunk) for n, m in enumerate(result.matches, start=1)],
                      sources=[Source(m.chunk, float(m.weight)) for m in ranked], match=result.to_dict())

    def answer(self, text: str, history: list[Message]) -> Answer | None:
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
        return Answer(question=text, answer=self.t.raw(f"match_clarify_{missing}"), refused=False,
                      match={"profile": profile.model_dump(), "clarify": missing, "groups": {}, "not_covered": []})
