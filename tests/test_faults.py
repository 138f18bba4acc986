"""Faults on real parts: a damaged index under a running app, a build killed half-way, two builds at once."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from gradio_client import Client

from assistant.pipeline import PolicyAssistant
from assistant.settings import PROJECT_ROOT, Settings
from index.builds import ACTIVE_FILE, LocalBuilds

from .conftest import serve_app


def _copy_index(settings: Settings, to: Path) -> Path:
    shutil.copytree(settings.index_dir, to)
    return to


def _damage(index_dir: Path) -> None:
    """Overwrite the start of every Chroma file with garbage, as a bad disk or a stray script would."""
    for path in index_dir.rglob("*"):
        if path.is_file() and path.suffix in (".sqlite3", ".bin"):
            with path.open("r+b") as f:
                f.write(os.urandom(4096))


@pytest.fixture(scope="module")
def damaged_app(assistant, settings: Settings,  # type: ignore[no-untyped-def]
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("faults")
    index = _copy_index(settings, root / "index")
    for url in serve_app({"ASSISTANT_INDEX_DIR": str(index)}, root):
        yield url, index


@pytest.mark.slow
def test_a_damaged_index_under_a_running_app_is_rebuilt_and_the_app_stays_up(damaged_app: tuple[str, Path]) -> None:
    url, index = damaged_app
    client = Client(url, verbose=False)
    assert json.loads(client.predict("专利奖奖励多少", [], "全部", api_name="/ask"))["citations"]
    before = LocalBuilds(index, Settings().collection).active()
    _damage(index)
    answer = json.loads(client.predict("专利奖奖励多少", [], "全部", api_name="/ask"))
    assert any("已自动从文档重建" in n for n in answer["notices"]) and "30万元" in answer["answer"]
    assert LocalBuilds(index, Settings().collection).active() != before  # a fresh build, swapped in atomically
    request = urllib.request.Request(f"{url}v1/chat/completions", headers={"Content-Type": "application/json"},
                                     data=json.dumps({"model": "jiangsu-ip-policy", "messages": [
                                         {"role": "user", "content": "苏知贷风险谁担"}]}).encode())
    with urllib.request.urlopen(request, timeout=60) as response:
        assert "80%" in json.loads(response.read())["choices"][0]["message"]["content"]


@pytest.mark.slow
def test_a_build_killed_half_way_leaves_the_previous_index_intact(
    assistant: PolicyAssistant, settings: Settings, tmp_path: Path
) -> None:
    index = _copy_index(settings, tmp_path / "index")
    previous = LocalBuilds(index, settings.collection).active()
    assert previous is not None
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(index)}
    proc = subprocess.Popen([sys.executable, "-m", "assistant", "index", "--rebuild"], cwd=PROJECT_ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not [p for p in index.glob("build-*") if p.name != previous]:
        assert proc.poll() is None and time.monotonic() < deadline, "the build finished before it could be killed"
        time.sleep(0.05)
    time.sleep(1.0)  # well inside the embedding of 122 items
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert json.loads((index / ACTIVE_FILE).read_text(encoding="utf-8"))["build"] == previous
    reopened = PolicyAssistant.from_settings(settings.model_copy(update={"index_dir": index}))
    assert reopened.retriever.index.build == previous  # opened as it was, not rebuilt
    assert "30万元" in reopened.ask("我能拿到多少专利奖奖励").answer


@pytest.mark.slow
def test_two_builds_at_once_one_waits_for_the_other(assistant: PolicyAssistant, settings: Settings,
                                                    tmp_path: Path) -> None:
    index = _copy_index(settings, tmp_path / "index")
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(index)}
    procs = [subprocess.Popen([sys.executable, "-m", "assistant", "index", "--rebuild"], cwd=PROJECT_ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert any("另一个索引构建正在进行" in err for _, err in outputs)
    reopened = PolicyAssistant.from_settings(settings.model_copy(update={"index_dir": index}))
    assert len(reopened.retriever.chunks) == len(assistant.retriever.chunks)
    assert len(list(index.glob("build-*"))) <= 2  # the active build and at most the one before it


def test_an_index_folder_deleted_under_a_running_assistant_keeps_answering_then_rebuilds(
    assistant: PolicyAssistant, settings: Settings, tmp_path: Path
) -> None:
    index = _copy_index(settings, tmp_path / "index")
    running = PolicyAssistant.from_settings(settings.model_copy(update={"index_dir": index}))
    shutil.rmtree(index)
    answer = running.ask("我能拿到多少专利奖奖励")  # open files outlive their names, or the index is rebuilt
    assert "30万元" in answer.answer and answer.citations
    restarted = PolicyAssistant.from_settings(settings.model_copy(update={"index_dir": index}))
    assert (index / ACTIVE_FILE).exists() and "30万元" in restarted.ask("我能拿到多少专利奖奖励").answer
