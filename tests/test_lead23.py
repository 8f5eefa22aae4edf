"""Session 23, the lead's own: `import --check` keeps a text in Chinese, Japanese or Korean
characters (two terminal cells each) within the terminal's width, as it does Latin text.
(Seen in a real 150-column tmux pane: a Japanese entry's line ran one cell past the edge and
wrapped.)"""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from tests.import_support import check_tables


def test_the_check_table_fits_a_narrow_terminal_with_wide_characters(tmp_path: Path) -> None:
    events, tables = check_tables(
        tmp_path / "kanbo.txt",
        "2016-07-19: 菅義偉官房長官は19日の記者会見で、北朝鮮の弾道ミサイル発射について述べた。"
        "関係国と緊密に連携しながら警戒・監視を続ける。\n\n"
        "2018-05-26: 김정은 북한 국무위원장은 판문점 북측지역 통일각에서 문재인 대통령과 두 번째 "
        "정상회담을 가졌다고 보도했다.\n",
        (60, 80, 101),
    )
    assert events == 2
    for width, table in tables.items():
        lines = table.splitlines()
        assert max(cell_len(line) for line in lines) <= width, width
        entries = [line for line in lines if " entry " in line]
        assert len(entries) == 2 and all(line.endswith("…") for line in entries)


def test_a_short_line_of_wide_characters_is_not_cut(tmp_path: Path) -> None:
    _, tables = check_tables(tmp_path / "short.txt", "2018-05-26: 남북정상회담.\n", (80,))
    assert "남북정상회담." in tables[80] and "…" not in tables[80]
