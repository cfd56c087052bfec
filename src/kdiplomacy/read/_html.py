"""HTML pages to text with paragraph breaks, and the metadata the page declares."""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "nav",
        "template",
        "svg",
        "iframe",
        "form",
        "button",
        "select",
        "head",
        "aside",
        "footer",
        "header",
        "menu",
        "figcaption",
    }
)
# Elements that end a paragraph.
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "dd",
        "dt",
        "pre",
        "hr",
        "main",
        "figure",
        "time",
    }
)
_VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "param", "track"}
)
_DATE_META = (
    "article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "og:published_time",
    "sailthru.date",
    "publication_date",
    "article.published",
)
_PUBLISHER_META = ("og:site_name", "publisher", "article:publisher", "application-name", "dc.publisher", "twitter:site")
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author")
_MAX_DEPTH = 200


class PageMeta(dict[str, str]):
    """What a page's head declares: ``title``, ``published``, ``publisher``, ``author``, ``url``."""


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.meta = PageMeta()
        self._skip_depth = 0
        self._stack: list[str] = []
        self._in_title = False
        self._title: list[str] = []
        self._headline: list[str] = []
        self._in_h1 = False
        self._in_author = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag in _BLOCKS:
                self.chunks.append("\n")
            return
        if len(self._stack) < _MAX_DEPTH:
            self._stack.append(tag)
        if self._skip_depth or tag in _SKIPPED:
            self._skip_depth += 1
        if tag == "h1" and not self._headline:
            self._in_h1 = True
        classes = (dict(attrs).get("class") or "").casefold()
        if "author" not in self.meta and any(k in classes for k in ("author", "byline", "writer", "reporter")):
            self._in_author = len(self._stack)
        if tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        if tag == "h1":
            self._in_h1 = False
        if tag in self._stack:
            while self._stack:
                closed = self._stack.pop()
                if self._skip_depth:
                    self._skip_depth -= 1
                if closed == tag:
                    break
        if tag in _BLOCKS:
            self.chunks.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
            return
        if self._in_author and len(self._stack) >= self._in_author and data.strip():
            self.meta["author"] = " ".join(data.split())
            self._in_author = 0
        if self._in_h1:  # a page's h1 is its headline even inside a skipped <header>
            self._headline.append(data)
        if not self._skip_depth:
            self.chunks.append(data)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = (attrs.get("content") or "").strip()
        if not key or not content:
            return
        for field, keys in (("published", _DATE_META), ("publisher", _PUBLISHER_META), ("author", _AUTHOR_META)):
            if key in keys and field not in self.meta:
                self.meta[field] = content
        if key in ("og:title", "twitter:title") and "og_title" not in self.meta:
            self.meta["og_title"] = content
        if key == "og:url" and "url" not in self.meta:
            self.meta["url"] = content

    def result(self) -> tuple[str, PageMeta]:
        title = " ".join("".join(self._title).split())
        if title:
            self.meta.setdefault("title", title)
        headline = " ".join("".join(self._headline).split())
        if headline:
            self.meta["h1"] = headline
        return "".join(self.chunks), self.meta


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    return sum(head.count(tag) for tag in ("<p>", "<p ", "<div", "<br", "<body", "<head")) >= 2


def html_to_text(html: str) -> tuple[str, PageMeta]:
    """Text of the page's readable parts, paragraphs separated by blank lines, and its metadata.

    Scripts, styles, navigation, headers, footers and forms are dropped; entities are decoded.
    """
    extractor = _Extractor()
    extractor.feed(html)
    extractor.close()
    text, meta = extractor.result()
    lines = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs), meta
