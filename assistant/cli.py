"""`python -m assistant`: ask, match, index, references and eval subcommands, each a short function.

Exit codes: 0 success, 1 some batch lines failed, 2 bad input, 3 index or model not available,
4 the evaluation fell below its gate.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from assistant.chat import Message, normalise_history, read_history
from assistant.pipeline import PolicyAssistant
from assistant.profile import read_profile
from assistant.question import QuestionError, clean
from assistant.records import Answer, Delta, Restart, explanation
from assistant.settings import Settings
from eval.questions import EvalInputError
from index.embedding import make_embedder
from index.errors import PolicyIndexError
from index.store import build_index

EXIT_BATCH_ERRORS, EXIT_BAD_INPUT, EXIT_UNAVAILABLE, EXIT_GATE = 1, 2, 3, 4


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="江苏知识产权政策助手")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="提问（默认输出文本，--json 输出结构化结果）")
    ask.add_argument("question", nargs="?", help="问题，例如「我能拿到多少专利奖奖励」")
    ask.add_argument("--json", action="store_true", help="输出 JSON")
    ask.add_argument("--explain", action="store_true", help="另外列出答案的每一步决定（读题、排序、覆盖、引用、模板）及其依据")
    ask.add_argument("--stream", action="store_true",
                     help="边生成边输出（逐句核对后输出）；与 --json 合用时每行一个事件，最后一行是完整结果")
    ask.add_argument("--k", type=int, default=None, help="返回的检索条目数（默认 5）")
    ask.add_argument("--level", choices=["province", "city"], help="只检索省级或市级条目")
    ask.add_argument("--history", type=Path, help="对话历史 JSON 文件（[{role, content}, …]）")
    ask.add_argument("--batch", type=Path, help="JSONL 文件，每行一个 {\"q\": …}（可带 \"history\"）")
    match = sub.add_parser("match", help="政策匹配：按单位画像列出适用的措施、金额、责任部门和出处")
    match.add_argument("--profile", type=Path, required=True,
                       help='画像 JSON 文件，例如 {"city": "苏州", "types": ["企业"], "needs": ["融资"], "facts": []}')
    match.add_argument("--json", action="store_true", help="输出 JSON（match 字段按支持方式分组）")
    index = sub.add_parser("index", help="构建或增量更新索引")
    index.add_argument("--rebuild", action="store_true", help="整体重建")
    sub.add_parser("references", help="列出政策文本引用的《…》文件及其是否在知识库中")
    evaluate = sub.add_parser("eval", help="在问题集上评测（检索、事实、引用、拒答、延迟），并按门槛判定")
    evaluate.add_argument("--questions", type=Path, help="问题集 JSONL（默认 eval/questions.jsonl）")
    evaluate.add_argument("--baseline", action="store_true", help="同时评测基线（500 字切块 + 纯向量检索）")
    evaluate.add_argument("--out", type=Path, help="报告输出目录（默认 eval/）")
    evaluate.add_argument("--gate", type=Path, help="门槛文件（默认 eval/gate.toml）")
    evaluate.add_argument("--split", choices=["dev", "test"],
                          help="只评测问题集的 dev（70%%，用于调参）或 test（30%%，调参时不看）部分")
    return parser


def _print_text(answer: Answer, out: TextIO) -> None:
    out.writelines(f"（提示）{notice}\n" for notice in answer.notices)
    out.write(answer.answer + "\n")
    _print_citations(answer, out)


def _print_citations(answer: Answer, out: TextIO) -> None:
    if answer.citations:
        out.write("\n引用：\n")
        out.writelines(f"[{c.n}] {c.chunk.id}  {c.chunk.path}\n" for c in answer.citations)


def _emit(answer: Answer, as_json: bool, out: TextIO, explain: bool = False) -> None:
    if as_json:
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
    else:
        _print_text(answer, out)
        if explain:
            out.write("\n为什么这样回答：\n")
            out.writelines(explanation(answer))



def _stream(assistant: PolicyAssistant, args: argparse.Namespace, history: list[Message], out: TextIO) -> None:
    """Pieces as they are checked; a Restart voids what came before; then the notices and citations."""
    for event in assistant.ask_stream(args.question, history=history, k=args.k, level=args.level):
        if isinstance(event, Delta):
            out.write(json.dumps({"delta": event.text}, ensure_ascii=False) + "\n" if args.json else event.text)
        elif isinstance(event, Restart):
            out.write('{"restart": true}\n' if args.json else f"\n{assistant.composer.t.raw('stream_restart')}\n")
        elif args.json:
            _emit(event, True, out)
        else:
            out.write("\n")
            out.writelines(f"（提示）{notice}\n" for notice in event.notices)
            _print_citations(event, out)
        out.flush()


def _batch_line(assistant: PolicyAssistant, line: str, lineno: int, args: argparse.Namespace) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise QuestionError(f"第 {lineno} 行不是有效的 JSON：{exc.msg}") from exc
    if not isinstance(record, dict) or not isinstance(record.get("q"), str):
        raise QuestionError(f"第 {lineno} 行应为 {{\"q\": \"问题\"}}")
    history = normalise_history(record.get("history", []))
    return assistant.ask(record["q"], history=history, k=args.k, level=args.level).to_dict()


def run_batch(assistant: PolicyAssistant, args: argparse.Namespace, out: TextIO) -> int:
    """One JSON object per input line, in order; a bad line gets an error object and the rest go on."""
    try:
        lines = args.batch.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionError(f"无法读取批量文件 {args.batch}：{exc}") from exc
    failed = 0
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            result = _batch_line(assistant, line, lineno, args)
        except QuestionError as exc:
            failed += 1
            result = {"line": lineno, "error": str(exc)}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return EXIT_BATCH_ERRORS if failed else 0


def cmd_ask(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    if args.batch is None and args.question is None:
        raise QuestionError("请给出问题，或用 --batch 指定 JSONL 文件。")
    history: list[Message] = read_history(args.history) if args.history else []
    if args.batch is None:
        clean(args.question, settings.max_question_chars)  # reject an empty question before loading the model
    assistant = PolicyAssistant.from_settings(settings, progress=True)
    if args.batch is not None:
        return run_batch(assistant, args, out)
    if args.stream:
        _stream(assistant, args, history, out)
        return 0
    _emit(assistant.ask(args.question, history=history, k=args.k, level=args.level), args.json, out, args.explain)
    return 0


def cmd_match(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    profile = read_profile(args.profile)  # a bad profile is rejected before the model loads
    assistant = PolicyAssistant.from_settings(settings, progress=True)
    _emit(assistant.match(profile), args.json, out)
    return 0


def cmd_index(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    embedder = make_embedder(settings.embed_model)
    report = build_index(settings.corpus_dir, settings.index_dir, embedder, embedder.model_id, settings.collection,
                         rebuild=args.rebuild, progress=True, batch_size=settings.embed_batch_size,
                         chroma_url=settings.chroma_url)
    out.writelines(f"跳过：{error}\n" for error in report.errors)
    if report.changed:
        out.write(f"索引已更新：新增/更新 {len(report.added)} 个文档，删除 {len(report.removed)} 个，"
                  f"共 {report.chunks} 个条目，用时 {report.seconds:.1f} 秒（{report.build}）\n")
    else:
        out.write(f"索引已是最新：{report.chunks} 个条目（{report.build}）\n")
    return 0


def cmd_references(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    assistant = PolicyAssistant.from_settings(settings, progress=True)
    for ref in assistant.references:
        status = "在知识库中" if ref.in_corpus else "未收录全文"
        out.write(f"《{ref.title}》\t{status}\t{', '.join(ref.cited_by)}\n")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from eval.harness import EvalOptions, evaluate

    given = {name: value for name in ("questions", "out", "gate", "split") if (value := getattr(args, name)) is not None}
    broken = evaluate(settings, EvalOptions(baseline=args.baseline, **given), out)
    return EXIT_GATE if broken else 0


COMMANDS = {"ask": cmd_ask, "match": cmd_match, "index": cmd_index, "references": cmd_references, "eval": cmd_eval}


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s", stream=sys.stderr)
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
        return COMMANDS[args.command](args, settings, sys.stdout)
    except ValidationError as exc:  # names the variable and the rule, never the value (it may be a key)
        problems = "；".join(f"ASSISTANT_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        sys.stderr.write(f"错误：配置无效：{problems}\n")
        return EXIT_BAD_INPUT
    except (QuestionError, EvalInputError) as exc:
        sys.stderr.write(f"错误：{exc}\n")
        return EXIT_BAD_INPUT
    except PolicyIndexError as exc:
        sys.stderr.write(f"错误：{exc}\n")
        return EXIT_UNAVAILABLE
    except BrokenPipeError:  # the reader (e.g. `head`) stopped early; nothing is wrong
        sys.stderr.close()
        return 0
