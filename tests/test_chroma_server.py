"""Server mode on a real `chroma run`: the same answers as embedded, shared by processes, and outages handled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from gradio_client import Client

from assistant.pipeline import PolicyAssistant
from assistant.settings import PROJECT_ROOT, Settings
from benchmarks.chroma_server import ChromaServer
from index.errors import IndexNotReady

from .conftest import free_port, run_cli, serve_app

QUESTIONS = [json.loads(line) for line in (PROJECT_ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8")
             .splitlines()][:40]


@pytest.fixture(scope="module")
def chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path_factory.mktemp("chroma") / "data", free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def server_settings(chroma: ChromaServer, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(chroma_url=chroma.url, index_dir=tmp_path_factory.mktemp("server-lock"))


@pytest.fixture(scope="module")
def on_server(server_settings: Settings) -> PolicyAssistant:
    return PolicyAssistant.from_settings(server_settings)  # indexes the seed into the server


@pytest.mark.slow
def test_answers_and_citations_equal_those_of_embedded_mode(on_server: PolicyAssistant,
                                                            assistant: PolicyAssistant) -> None:
    assert len(on_server.retriever.chunks) == len(assistant.retriever.chunks)
    for record in QUESTIONS:
        question = record.get("q") or record["turns"][-1]
        served, embedded = on_server.ask(question), assistant.ask(question)
        assert served.answer == embedded.answer, question
        assert [c.chunk.id for c in served.citations] == [c.chunk.id for c in embedded.citations], question


@pytest.mark.slow
def test_another_process_shares_the_server_index_without_rebuilding(on_server: PolicyAssistant,
                                                                     server_settings: Settings) -> None:
    env = {**os.environ, "ASSISTANT_CHROMA_URL": str(server_settings.chroma_url),
           "ASSISTANT_INDEX_DIR": str(server_settings.index_dir)}
    status = run_cli("index", env=env)
    assert status.returncode == 0 and "索引已是最新" in status.stdout and on_server.retriever.index.build in status.stdout
    data = json.loads(run_cli("ask", "苏知贷风险谁担", "--json", env=env).stdout)
    assert data["citations"][0]["id"] == "jiangsu-ip-task-list:M05-P-01"


@pytest.mark.slow
def test_an_outage_gives_a_clear_message_and_the_app_recovers_when_the_server_returns(
    on_server: PolicyAssistant, server_settings: Settings, chroma: ChromaServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    env = {"ASSISTANT_CHROMA_URL": str(server_settings.chroma_url), "ASSISTANT_INDEX_DIR": str(server_settings.index_dir)}
    for url in serve_app(env, tmp_path_factory.mktemp("server-app")):
        client = Client(url, verbose=False)
        assert json.loads(client.predict("专利奖奖励多少", [], "全部", api_name="/ask"))["citations"]
        chroma.stop()
        try:
            with pytest.raises(IndexNotReady, match="无法连接 Chroma 服务器"):
                on_server.ask("专利奖奖励多少")
            with pytest.raises(Exception, match="无法连接 Chroma 服务器"):
                client.predict("专利奖奖励多少", [], "全部", api_name="/ask")
            request = urllib.request.Request(f"{url}v1/chat/completions", headers={"Content-Type": "application/json"},
                                             data=json.dumps({"model": "jiangsu-ip-policy", "messages": [
                                                 {"role": "user", "content": "专利奖奖励多少"}]}).encode())
            with pytest.raises(urllib.error.HTTPError) as caught:
                urllib.request.urlopen(request, timeout=60)
            assert caught.value.code == 503 and "无法连接 Chroma 服务器" in caught.value.read().decode("utf-8")
            down = run_cli("ask", "专利奖", env={**os.environ, **env})
            assert down.returncode == 3 and "无法连接 Chroma 服务器" in down.stderr and "Traceback" not in down.stderr
        finally:
            chroma.start()
        answer = json.loads(client.predict("专利奖奖励多少", [], "全部", api_name="/ask"))
        assert "30万元" in answer["answer"]
        assert "30万元" in on_server.ask("专利奖奖励多少").answer


def test_the_app_refuses_to_start_without_its_server_and_says_why(tmp_path: Path) -> None:
    env = {**os.environ, "ASSISTANT_CHROMA_URL": f"http://127.0.0.1:{free_port()}", "ASSISTANT_INDEX_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "app.py"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                         timeout=120, check=False)
    assert out.returncode == 3 and "错误：无法连接 Chroma 服务器" in out.stderr and "Traceback" not in out.stderr
