import pytest

from assistant.prompts import NOT_COVERED_PHRASE, TEMPLATE_FIELDS, Templates, placeholders
from assistant.settings import PROJECT_ROOT


@pytest.mark.parametrize("name", sorted(TEMPLATE_FIELDS))
def test_each_template_has_exactly_its_placeholders(name: str) -> None:
    assert placeholders(Templates().raw(name)) == TEMPLATE_FIELDS[name]


def test_every_template_file_is_known() -> None:
    assert {p.stem for p in (PROJECT_ROOT / "prompts").glob("*.txt")} == set(TEMPLATE_FIELDS)


def test_refusal_template_carries_the_sentinel() -> None:
    assert NOT_COVERED_PHRASE in Templates().fill("not_covered", unstated="", closest="")
