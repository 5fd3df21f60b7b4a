"""OpenDocument namespaces and the qualified tag and attribute names the loader reads."""

from __future__ import annotations

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def office(name: str) -> str:
    return f"{{{OFFICE}}}{name}"


def text(name: str) -> str:
    return f"{{{TEXT}}}{name}"


def table(name: str) -> str:
    return f"{{{TABLE}}}{name}"


def style(name: str) -> str:
    return f"{{{STYLE}}}{name}"


def draw(name: str) -> str:
    return f"{{{DRAW}}}{name}"


def fo(name: str) -> str:
    return f"{{{FO}}}{name}"
