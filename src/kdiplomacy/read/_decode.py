"""Bytes to text: byte-order marks, UTF-16, undecodable bytes, NUL bytes, line ends."""

from __future__ import annotations

import codecs
import re

from kdiplomacy.errors import UnsupportedInputError

# Signatures of binary formats that are never articles: images, archives, PDFs, executables.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"%PDF", "a PDF document"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"RIFF", "a RIFF media file"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, *, source: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data`` to text, returning the text and warnings about what was repaired.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read;
    bytes that are not valid UTF-8 are replaced (U+FFFD) and a warning says how many.

    Raises:
        UnsupportedInputError: ``data`` is a known binary format, or mostly not text.
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise UnsupportedInputError(f"this is {what}, not text", source=source)
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    else:
        text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    if replaced > 0:
        warnings.append(f"{replaced} undecodable byte sequence(s) replaced with U+FFFD")
    if _looks_binary(text):
        raise UnsupportedInputError("this looks like binary data, not text", source=source)
    return normalise_text(text, warnings), warnings


def normalise_text(text: str, warnings: list[str] | None = None) -> str:
    """Line ends to ``\\n``, NUL and other control characters dropped, a leading BOM dropped."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    cleaned = _CONTROL.sub("", text)
    if warnings is not None and len(cleaned) != len(text):
        warnings.append(f"{len(text) - len(cleaned)} control character(s) removed")
    return cleaned


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ch < " " and ch not in "\n\r\t\f\v"))
    return bad / len(sample) > 0.3
