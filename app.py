"""Start the chat: builds the index on first start (with progress), then serves on 127.0.0.1:7860.

The chat is at /, the OpenAI-compatible API at /v1. GRADIO_SERVER_NAME / GRADIO_SERVER_PORT
choose another address.
"""

import logging
import sys

from assistant.server import main

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(main())
