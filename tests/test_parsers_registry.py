"""The parser registry: names, sniffing, forcing a parser, and entry-point discovery."""

from __future__ import annotations

import runpy
import sys
from importlib.metadata import EntryPoint
from pathlib import Path
from types import ModuleType

import pytest

import kdiplomacy
from kdiplomacy import UnknownParserError, available_parsers, get_parser, parse
from kdiplomacy.parsers import ParseOptions, _registry
from kdiplomacy.read import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_builtin_parsers_are_registered() -> None:
    assert {"generic", "wire", "broadcast", "aggregator"} <= set(available_parsers())


def test_unknown_parser_lists_the_known_ones() -> None:
    with pytest.raises(UnknownParserError, match=r"no parser named 'nope'; known parsers: .*generic"):
        get_parser("nope")


def test_sniffing_picks_the_family() -> None:
    wire = "SEOUL, Nov. 30 (Yonhap) -- Foreign Minister Kang Kyung-wha called Monday for talks."
    broadcast = "[Anchor]\nThe minister left.\n[Reporter]\nShe said so.\nThis is YTN Hong Seon-gi."
    assert _registry.choose_parser(wire).name == "wire"
    assert _registry.choose_parser(broadcast).name == "broadcast"
    assert _registry.choose_parser("Just some text about Seoul.").name == "generic"


def test_forcing_a_parser_by_name() -> None:
    article = parse("SEOUL, Nov. 30 (Yonhap) -- The minister spoke.", parser="generic")
    assert article.outlet == "Yonhap"


def test_register_rejects_what_is_not_a_parser() -> None:
    with pytest.raises(TypeError, match="is not a Parser"):
        kdiplomacy.register_parser(object())


def test_the_custom_parser_example_runs_and_is_chosen(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES / "custom_parser.py"), run_name="__main__")
    printed = capsys.readouterr().out
    assert printed.startswith("Peninsula Daily | Seoul, Tokyo agree to resume shuttle diplomacy | SEOUL")
    assert len((EXAMPLES / "custom_parser.py").read_text(encoding="utf-8").splitlines()) < 60


class _PluginParser:
    name = "plugin-test"

    def sniff(self, text: str) -> float:
        return 1.0 if "PLUGIN-MARK" in text else 0.0

    def parse(self, document: Document, options: ParseOptions) -> kdiplomacy.Article:
        return kdiplomacy.Article(body=document.text.replace("PLUGIN-MARK", "").strip(), outlet="Plugin Wire")


def test_entry_point_parsers_are_discovered(monkeypatch: pytest.MonkeyPatch) -> None:
    module = ModuleType("kdiplomacy_test_plugin")
    module.PluginParser = _PluginParser  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "kdiplomacy_test_plugin", module)
    point = EntryPoint(
        name="plugin-test", value="kdiplomacy_test_plugin:PluginParser", group=_registry.ENTRY_POINT_GROUP
    )

    def fake_entry_points(group: str) -> list[EntryPoint]:
        return [point] if group == _registry.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(_registry, "entry_points", fake_entry_points)
    _registry._load_entry_points.cache_clear()
    try:
        assert "plugin-test" in available_parsers()
        article = parse("PLUGIN-MARK A story from the plug-in.")
        assert article.outlet == "Plugin Wire"
    finally:
        _registry._REGISTRY.pop("plugin-test", None)
        _registry._load_entry_points.cache_clear()


def test_a_broken_entry_point_is_logged_not_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    point = EntryPoint(name="broken", value="no_such_module_here:Parser", group=_registry.ENTRY_POINT_GROUP)
    monkeypatch.setattr(_registry, "entry_points", lambda group: [point])
    _registry._load_entry_points.cache_clear()
    try:
        assert "generic" in available_parsers()
        assert "could not be loaded" in caplog.text
    finally:
        _registry._load_entry_points.cache_clear()
