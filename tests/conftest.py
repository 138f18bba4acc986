"""Shared fixtures: the real seed corpus indexed once per session into a temporary Chroma.

The tests never read the live corpus/ folder (staff may have uploaded documents there): the
session copies the shipped seed into a temporary corpus and points ASSISTANT_CORPUS_DIR at it,
for this process and the CLI and app processes the tests start.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.pipeline import PolicyAssistant
from assistant.settings import PROJECT_ROOT, Settings
from index.chunking import chunk_document
from index.loading import Document, read_document
from index.records import Chunk

SEED = PROJECT_ROOT / "corpus" / "jiangsu-ip-task-list.txt"
DOC = "jiangsu-ip-task-list"
TEST_CORPUS = Path(tempfile.mkdtemp(prefix="test-corpus-"))


def pytest_configure(config: pytest.Config) -> None:
    for shipped in (SEED, SEED.with_suffix(".meta.json")):
        shutil.copy2(shipped, TEST_CORPUS / shipped.name)
    os.environ["ASSISTANT_CORPUS_DIR"] = str(TEST_CORPUS)
    # Nor do they use the project's index (a CLI started without an env of its own would rebuild .index
    # from the test corpus) or its data/ folder (a test that checks a log sets its own path).
    os.environ.setdefault("ASSISTANT_INDEX_DIR", str(TEST_CORPUS.parent / f"{TEST_CORPUS.name}-index"))
    os.environ.setdefault("ASSISTANT_FEEDBACK_PATH", str(TEST_CORPUS.parent / f"{TEST_CORPUS.name}-feedback.jsonl"))
    os.environ.setdefault("ASSISTANT_REFUSED_PATH", str(TEST_CORPUS.parent / f"{TEST_CORPUS.name}-refused.jsonl"))


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(TEST_CORPUS, ignore_errors=True)
    shutil.rmtree(TEST_CORPUS.parent / f"{TEST_CORPUS.name}-index", ignore_errors=True)


@pytest.fixture(scope="session")
def seed_document() -> Document:
    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_chunks(seed_document: Document) -> dict[str, Chunk]:
    return {c.id.split(":", 1)[1]: c for c in chunk_document(seed_document)}


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(index_dir=tmp_path_factory.mktemp("index"), corpus_dir=TEST_CORPUS)


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_app(env: dict[str, str], log_dir: Path) -> Iterator[str]:
    """`python app.py` as the README starts it, on a free port, until the test module ends."""
    port = free_port()
    log = (log_dir / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=PROJECT_ROOT,
                            env={**os.environ, "GRADIO_SERVER_PORT": str(port), **env}, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"app.py exited early; see {log.name}"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail(f"app.py did not serve {url} within 180 s; see {log.name}")
    yield url
    proc.terminate()
    proc.wait(timeout=30)
