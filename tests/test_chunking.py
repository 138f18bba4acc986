from collections import Counter
from pathlib import Path

from index.chunking import chunk_document, departments_of
from index.figures import counts_in_digits, normalise
from index.loading import Document
from index.records import Chunk


def test_seed_parses_into_122_items_79_province_43_city_over_20_measures(seed_chunks: dict[str, Chunk]) -> None:
    chunks = list(seed_chunks.values())
    assert len(chunks) == 122
    assert Counter(c.level for c in chunks) == {"province": 79, "city": 43}
    assert sorted({c.measure_no for c in chunks}) == list(range(1, 21))
    assert all(c.id.startswith("jiangsu-ip-task-list:M") for c in chunks)


def test_ids_metadata_and_path_come_from_the_structure(seed_chunks: dict[str, Chunk]) -> None:
    item = seed_chunks["M05-P-01"]
    assert item.part == "二、促进知识产权高效益运用"
    assert (item.measure_no, item.measure, item.level, item.item) == (5, "强化知识产权金融支撑", "province", 1)
    assert item.path == "二、促进知识产权高效益运用 › （五）强化知识产权金融支撑 › 省知识产权局 · 第1条"
    assert item.departments == ["知识产权服务处"]
    assert item.embed_text.startswith("（五）强化知识产权金融支撑 省知识产权局\n推动省财政厅")
    assert "责任部门" not in item.embed_text and "责任部门" in item.search_text
    assert seed_chunks["M20-P-03"].measure_no == 20 and seed_chunks["M20-C-01"].level == "city"


def test_amounts_and_shares_of_the_su_zhi_dai_item_are_normalised(seed_chunks: dict[str, Chunk]) -> None:
    figures = seed_chunks["M05-P-01"].figures
    money = {f["value"] for f in figures if f["kind"] == "money"}
    shares = {f["value"] for f in figures if f["kind"] == "percent"}
    assert money == {10_000_000, 30_000_000}
    assert shares == {80, 20, 50}
    assert any(f["qualifier"] == "不超过" and f["value"] == 10_000_000 for f in figures)
    assert {"text": "250万元", "value": 2_500_000, "unit": "元", "kind": "money", "qualifier": "不超过"} in \
        seed_chunks["M01-P-01"].figures


def test_departments_are_split_into_a_list(seed_chunks: dict[str, Chunk]) -> None:
    assert seed_chunks["M03-P-03"].departments == ["知识产权保护处", "省知识产权保护中心"]
    assert seed_chunks["M18-P-01"].departments == ["规划发展处", "南京专利代办处"]
    assert seed_chunks["M03-C-01"].departments == ["各设区市"]
    assert departments_of("无责任部门的句子。") == []


def test_unnumbered_city_paragraph_is_item_one_and_cities_are_found(seed_chunks: dict[str, Chunk]) -> None:
    assert seed_chunks["M02-C-01"].text.startswith("结合地方产业特色")
    assert "M02-C-02" not in seed_chunks
    assert seed_chunks["M05-P-05"].cities == ["南京", "常州", "苏州", "南通", "盐城"]
    assert seed_chunks["M08-P-01"].references == ["江苏省地理标志条例", "淮安市地理标志保护条例"]


def test_document_without_measures_falls_back_to_heading_aware_paragraphs() -> None:
    long_para = "本办法所称专利资助，是指对发明专利申请给予的资金补助。" * 40
    text = f"某市专利资助办法\n\n第一章 总则\n{long_para}\n\n第二章 资助标准\n每件发明专利授权资助5000元。\n"
    doc = Document("city-rule", Path("city-rule.txt"), "某市专利资助办法", "", text, "x")
    chunks = chunk_document(doc)
    assert len(chunks) >= 3
    assert all(len(c.text) <= 500 for c in chunks)
    assert chunks[0].heading == "第一章 总则" and chunks[-1].heading == "第二章 资助标准"
    assert chunks[-1].id == "city-rule:S02-01"
    assert chunks[-1].figures[0]["value"] == 5000
    assert chunks[-1].level == "" and chunks[-1].path == "《某市专利资助办法》 › 第二章 资助标准"
    assert {c.kind for c in chunks} == {"note"}


def test_a_regulation_is_chunked_by_article_under_its_chapters() -> None:
    n = "一二三四五六七八九十"
    lines = ["江苏省示范企业管理办法"]
    for chapter in range(3):
        lines.append(f"第{n[chapter]}章 第{chapter + 1}章标题")
        for k in range(4):
            i = chapter * 4 + k + 1
            lines.append(f"第{n[i - 1] if i <= 10 else '十' + n[i - 11]}条 第{i}条的规定。")
    lines[8:8] = ["（一）具有自主知识产权；", "（二）近三年无失信行为。"]  # 款/项 of 第五条
    doc = Document("rule", Path("rule.txt"), "江苏省示范企业管理办法", "", "\n".join(lines), "x")
    chunks = chunk_document(doc)
    assert len(chunks) == 12 and {c.kind for c in chunks} == {"regulation"}
    fifth = chunks[4]
    assert fifth.id == "rule:A005" and fifth.path == "《江苏省示范企业管理办法》 › 第二章 第2章标题 › 第五条"
    assert fifth.text.endswith("（二）近三年无失信行为。") and chunks[11].heading.endswith("第十二条")


def test_counts_in_chinese_numerals_are_read_in_digits() -> None:
    assert counts_in_digits("是五家吧") == "是5家吧"
    assert counts_in_digits("网点铺到两百个") == "网点铺到200个"  # hundreds of anything
    assert counts_in_digits("一千五百名") == "1500名"
    # An article, a small count of the asker's own, an approximate count: left as written.
    assert counts_in_digits("一家企业来问，两个处都管") == "一家企业来问，两个处都管"
    assert counts_in_digits("三百多个") == "三百多个"


def test_figures_normalise_to_the_same_value() -> None:
    assert normalise("30万元") == normalise("30万") == normalise("300000元") == normalise("300,000元") == {("money", 300_000)}
    assert normalise("0.2亿") == normalise("2000万元") == {("money", 20_000_000)}  # an asker's bare 亿
    assert normalise("80%") == normalise("80％") == {("percent", 80)}
    assert normalise("争取1万家企业参与") == set()
    assert ("year", 2025) in normalise("力争到2025年")
