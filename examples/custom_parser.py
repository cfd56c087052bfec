"""A parser of your own, for an outlet the library does not know yet.

"Peninsula Daily" (a made-up outlet) prints "PENINSULA DAILY" on its first line and signs its
stories off with "-- pd". The parser claims such texts when sniffing, lets the built-in pipeline
do the work, and sets the outlet. Run it:  python examples/custom_parser.py
"""

from __future__ import annotations

import attrs

import kdiplomacy
from kdiplomacy.parsers import GenericParser, ParseOptions
from kdiplomacy.read import Document


@kdiplomacy.register_parser
class PeninsulaDailyParser:
    name = "peninsula-daily"

    def sniff(self, text: str) -> float:
        return 0.95 if text.lstrip().startswith("PENINSULA DAILY") else 0.0

    def parse(self, document: Document, options: ParseOptions) -> kdiplomacy.Article:
        lines = document.text.replace("-- pd", "").splitlines()[1:]  # drop masthead and sign-off
        article = GenericParser().parse(attrs.evolve(document, text="\n".join(lines)), options)
        return attrs.evolve(article, outlet="Peninsula Daily")


STORY = """PENINSULA DAILY
Seoul, Tokyo agree to resume shuttle diplomacy
SEOUL, March 16 -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed Thursday
to resume regular visits between their leaders.
-- pd
"""

if __name__ == "__main__":
    article = kdiplomacy.parse(STORY)
    print(article.outlet, "|", article.headline, "|", article.dateline.city if article.dateline else None)
