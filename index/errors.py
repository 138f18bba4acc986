"""The index's exceptions; each message says what was expected and what to do."""


class PolicyIndexError(Exception):
    """Base of the index's errors."""


class DocumentError(PolicyIndexError):
    """A corpus file that cannot be read; the message names the file and the cause."""


class EmbedderError(PolicyIndexError):
    """The configured embedding model cannot be loaded."""


class IndexNotReady(PolicyIndexError):
    """The index is missing, unreadable or was built with another embedder or chunker."""
