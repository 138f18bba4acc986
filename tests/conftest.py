"""Shared fixtures: the real seed corpus indexed once per session into a temporary Chroma."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.pipeline import PolicyAssistant
from assistant.settings import PROJECT_ROOT, Settings
from index.chunking import chunk_document
from index.loading import Document, read_document
from index.records import Chunk

SEED = PROJECT_ROOT / "corpus" / "jiangsu-ip-task-list.txt"
DOC = "jiangsu-ip-task-list"


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_chunks(seed_document: Document) -> dict[str, Chunk]:
    return {c.id.split(":", 1)[1]: c for c in chunk_document(seed_document)}


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(index_dir=tmp_path_factory.mktemp("index"), corpus_dir=PROJECT_ROOT / "corpus")


@pytest.fixture(scope="session")
def assistant(settings: Settings) -> PolicyAssistant:
    return PolicyAssistant.from_settings(settings)


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m assistant …` in a real child process."""
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        cwd=PROJECT_ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=300, check=False,
    )


def ids(answer_citations: list) -> list[str]:  # type: ignore[type-arg]
    return [c.chunk.id.split(":", 1)[1] for c in answer_citations]


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    path = tmp_path / "corpus"
    path.mkdir()
    return path
