"""HTML pages to article text, so a saved web page is read like a plain-text article.

trafilatura finds the main text and drops navigation, footers and comments. It is imported only
when an HTML file is met: it pulls in lxml and friends, which plain-text runs never need.
"""

from __future__ import annotations

import re

#: trafilatura separates blocks with one newline; a blank line marks paragraphs for spaCy and
#: for the chunking of long texts.
_BLOCK_BREAK = re.compile(r"\n+")


def article_text(html: str) -> str:
    """The page's main text, paragraphs separated by blank lines; offsets refer to this text.

    Falls back to all the page's visible text when no article body is recognised, and to ""
    for a page with no text at all (an empty Document, like an empty .txt file).
    """
    import trafilatura

    text = trafilatura.extract(
        html,
        url=None,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
        with_metadata=False,
    )
    if not text:
        text = trafilatura.html2txt(html) or ""
    return _BLOCK_BREAK.sub("\n\n", text.strip())
