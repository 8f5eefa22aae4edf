"""Markup read as the page shows it.

MediaWiki source and rendered wiki text, Markdown links, references and images, a page's
HTML source kept as text, a timeline tool's marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import _is_bulleted
from ktimeline.importing.entries.pattern import DocumentPattern
from ktimeline.importing.entries.results import SkippedLine
from ktimeline.model import MONTH_NAMES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ktimeline.importing.entries.results import Split


# "<p class="bodytext"><strong>September 18:</strong> The US …</p>.<p>": a page's source
# kept as text (a copy of its HTML), its block tags the lines a reader sees
PAGE_SOURCE_BLOCK = re.compile(
    r"<(?:/?(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|dd|dt|dl|section|article|blockquote)"
    r"|br)\b[^<>]*>",
    re.IGNORECASE,
)


PAGE_SOURCE_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")


# "<!-- 21st Century Events -->": a comment in a page's source, which no reader sees
PAGE_SOURCE_COMMENT = re.compile(r"<!--.*?-->")


PAGE_SOURCE_IMAGE_REASON = "a picture in the page's source (its tag; no words shown)"
PAGE_SOURCE_COMMENT_REASON = "a comment in the page's source (not shown on the page)"


def _page_source_text(
    text: str, comments: list[SkippedLine] | None = None
) -> tuple[str, list[int]]:
    """The text a reader sees in a page's source kept as text ("<p><em>- 2015 -</em></p>.<p>
    <strong>September 18:</strong> The US …</p>"), and the source line of each of its lines:
    a line at each block tag (a paragraph, a list item, a heading, a line break: what a
    browser shows as a line of its own), the other tags (emphasis, links) taken out, as an
    HTML file's import reads it. Only where the text holds at least MIN_LINES block tags: the
    document is markup. Pieces with no letter or digit (the "." between two paragraphs) are
    dropped. Else the text unchanged and no lines (a chronology that quotes "<br>" once is
    text). A comment ("<!-- … -->", on one line) is taken out and added to ``comments``, by its
    source line: never a line of an entry's text."""
    if len(PAGE_SOURCE_BLOCK.findall(text)) < DocumentPattern.MIN_LINES:
        return text, []
    shown: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(text.split("\n"), 1):
        if "<" not in line:
            shown.append(line.rstrip())
            numbers.append(number)
            continue
        if comments is not None and "<!--" in line:
            for comment in PAGE_SOURCE_COMMENT.findall(line):
                comments.append(SkippedLine(number, comment, PAGE_SOURCE_COMMENT_REASON))
            line = PAGE_SOURCE_COMMENT.sub(" ", line)
        before = len(shown)
        for piece in PAGE_SOURCE_BLOCK.split(line):
            words = " ".join(PAGE_SOURCE_TAG.sub(" ", piece).split())
            if any(char.isalnum() for char in words):
                shown.append(words)
                numbers.append(number)
        if comments is not None and len(shown) == before and "<img" in line.lower():
            # ('<img class="…" title="Players at the spring tournament." src="…">': a
            # picture a line of its own shows, no words: listed, never lost)
            comments.append(SkippedLine(number, line.strip(), PAGE_SOURCE_IMAGE_REASON))
    return "\n".join(shown), numbers


def _on_source_lines(split: Split, numbers: list[int]) -> Split:
    """The split of a page source's shown text (see _page_source_text) with its line numbers
    those of the source, the lines an editor shows (several entries may share one)."""

    def source(line: int) -> int:
        return numbers[line - 1] if 0 < line <= len(numbers) else line

    for entry in split.entries:
        entry.line = source(entry.line)
        entry.lines = list(dict.fromkeys(source(line) for line in entry.lines))
    for group in (split.unplaced, split.layout, split.notes, split.before):
        group[:] = [
            replace(
                skipped,
                line=source(skipped.line),
                repeats=None if skipped.repeats is None else source(skipped.repeats),
            )
            for skipped in group
        ]
    return split


# --- wiki markup (MediaWiki source) ----------------------------------------------------------
# "==1994==", "===February===", "* [[June 25]] – [[North Korea]] invades.<ref>…</ref>": an
# encyclopedia's chronology as its editors write it. The entries' text is what a reader of the
# page sees: a link's text ("[[Seoul|the capital]]" → "the capital", "[[Seoul]]" → "Seoul"),
# no bold or italic quotes (entities, "&ndash;", are read in any text: split_entries);
# references, comments, templates (but for the few whose text a reader sees) and file or
# category links are left out and reported, never silently dropped; a table's markup lines
# are layout, its rows "| date || text" are written "| date | text |".

WIKI_HEADING = re.compile(r"^(?P<level>={1,6})\s*(?P<title>[^=].*?)\s*(?P=level)\s*$")


WIKI_LINK = re.compile(r"\[\[:?(?P<target>[^\[\]|]*)(?:\|(?P<text>[^\[\]]*))?\]\](?P<tail>[a-z]*)")


WIKI_MEDIA_LINK = re.compile(
    r"\[\[:?(?:File|Image|Category|Media):[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]",
    re.IGNORECASE,
)


WIKI_EXTERNAL_LINK = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+(?P<text>[^\]]*))?\]")


# what opens a block the page does not show as text, and may close lines below: a reference,
# a comment, a gallery of images, the list of references, a graphical timeline, a formula
WIKI_BLOCK_OPEN = re.compile(
    r"<!--|<(?P<tag>ref|gallery|references|timeline|math|imagemap|score|syntaxhighlight)\b"
    r"[^>]*?(?P<closed>/)?>",
    re.IGNORECASE,
)


WIKI_BLOCK_REASONS = {"ref": "wiki reference (a footnote)", "": "wiki comment"}


WIKI_TEMPLATE = re.compile(r"\{\{(?P<body>[^{}]*)\}\}")


WIKI_TAG = re.compile(r"</?(?:small|big|sup|sub|span|div|center|nowiki|br|u|s|b|i|em|strong|"
                      r"abbr|poem|blockquote)\b[^>]*>", re.IGNORECASE)  # fmt: skip


# 'style="white-space:nowrap" | 27 June 1950': a table cell's attributes before its text
WIKI_CELL_ATTRIBUTES = re.compile(r"^\s*(?:[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s|]+)\s*)+\|")


WIKI_QUOTES = re.compile(r"'{2,5}")


WIKI_LIST = re.compile(r"^(?P<signs>[*#:;]+)\s*")


WIKI_TABLE_LINE = re.compile(r"^\s*(?:\{\||\|\}|\|-|\|\+|!)")


ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")


# the templates whose text a reader sees: {{nowrap|9 May}} → "9 May", {{lang|ko|…}} → "…"
WIKI_TEXT_TEMPLATES = frozenset(
    ("nowrap", "nobr", "small", "big", "lang", "flag", "flagcountry", "flagu", "sortname")
)


WIKI_DATE_TEMPLATES = frozenset(("dts", "date", "start date", "end date", "start and end dates"))


WIKI_SIGNS = ("[[", "'''", "<ref")  # (not "{{": a web page's templates are written so too)


def _is_wiki_source(lines: Sequence[str]) -> bool:
    """Whether a text is MediaWiki source: at least MIN_LINES lines with a "== heading ==",
    a "[[link]]", bold quotes, a reference or a table's start, one of them a sign only wiki
    source writes (a Markdown note's "[[links]]" alone, as Obsidian writes them, make no
    wiki page: its "#" lines are headings, not numbered items)."""
    count = 0
    wiki_only = False
    for line in lines:
        heading = line[:1] == "=" and WIKI_HEADING.match(line) is not None
        heading = heading or line.startswith("{|")  # (a table's start: wiki's own too)
        if heading or any(s in line for s in WIKI_SIGNS):
            count += 1
            wiki_only = wiki_only or heading or "'''" in line or "<ref" in line
            if count >= DocumentPattern.MIN_LINES and wiki_only:
                return True
    return False


def _wiki_template(found: re.Match[str], removed: list[tuple[str, str]]) -> str:
    parts = [part.strip() for part in found["body"].split("|")]
    name = parts[0].lower()
    values = [part for part in parts[1:] if "=" not in part]
    if name in WIKI_TEXT_TEMPLATES and values:
        return values[-1] if name in ("lang", "sortname") else " ".join(values)
    if name in WIKI_DATE_TEMPLATES and values:  # {{dts|1950|6|25}}: "25 June 1950"
        numbers = values[:3]
        if all(value.isdigit() for value in numbers) and 1 <= len(numbers[0]) <= 4:
            year, *rest = (int(value) for value in numbers)
            if rest and 1 <= rest[0] <= 12:
                month = MONTH_NAMES[rest[0] - 1]
                return f"{rest[1]} {month} {year}" if len(rest) > 1 else f"{month} {year}"
            return str(year)
        return values[0]  # ({{dts|25 June 1950}}, {{date|1950-06-25}}: as written)
    removed.append((found.group(), "wiki template"))
    return ""


def _wiki_blocks(
    line: str, closing: re.Pattern[str] | None, removed: list[tuple[str, str]], reason: str
) -> tuple[str, re.Pattern[str] | None, str]:
    """A line with the blocks the page does not show taken out (see WIKI_BLOCK_OPEN) and
    added to ``removed``: (what is left, the end of a block still open at the line's end,
    or None, and that block's reason). ``closing`` is the end of a block opened above."""
    kept: list[str] = []
    at = 0
    while True:
        if closing is not None:
            end = closing.search(line, at)
            stop = end.end() if end else len(line)
            if line[at:stop].strip():
                removed.append((line[at:stop].strip(), reason))
            if end is None:
                return "".join(kept), closing, reason
            closing, at = None, stop
        opened = WIKI_BLOCK_OPEN.search(line, at) if "<" in line[at:] else None
        if opened is None:
            kept.append(line[at:])
            return "".join(kept), None, reason
        kept.append(line[at : opened.start()])
        tag = (opened["tag"] or "").lower()
        reason = WIKI_BLOCK_REASONS.get(tag, f"wiki <{tag}> block")
        if opened["closed"]:  # "<ref name="a" />", "<references />"
            removed.append((opened.group(), reason))
            at = opened.end()
            continue
        closing = re.compile(rf"</{tag}\s*>" if tag else "-->", re.IGNORECASE)
        at = opened.start()
        end = closing.search(line, opened.end())
        if end is None:
            removed.append((line[at:].strip(), reason))
            return "".join(kept), closing, reason
        removed.append((line[at : end.end()], reason))
        closing, at = None, end.end()


def _wiki_links(line: str) -> str:
    """A line with its "[[target|text]]" and "[[target]]" links as the words they show."""
    return WIKI_LINK.sub(
        lambda f: (f["text"] if f["text"] is not None else f["target"].split("#")[0] or
                   f["target"].lstrip("#")) + f["tail"],
        line,
    )  # fmt: skip


def _wiki_line(line: str, removed: list[tuple[str, str]]) -> str:
    """One line of wiki source as a reader sees it; what was left out goes to ``removed``."""
    while "{{" in line and WIKI_TEMPLATE.search(line):  # (innermost first: nested templates)
        line = WIKI_TEMPLATE.sub(lambda found: _wiki_template(found, removed), line)
    if "[[" in line:
        removed.extend((f.group(), "wiki file or category link") for f in
                       WIKI_MEDIA_LINK.finditer(line))  # fmt: skip
        line = _wiki_links(WIKI_MEDIA_LINK.sub("", line))
    if "[" in line:
        line = WIKI_EXTERNAL_LINK.sub(lambda found: found["text"] or "", line)
    if "<" in line:
        line = WIKI_TAG.sub(" ", line)
    if "''" in line:
        line = WIKI_QUOTES.sub("", line)
    return line


def _wiki_markup(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines of MediaWiki source as a reader sees them (see WIKI_HEADING), one line for
    one line, and what was left out: (index, piece, reason). Other texts are returned as
    they are. A heading "==1994==" is written as the Markdown heading "## 1994" (the same
    rules then read it); a "*" or "#" list item as a bulleted line."""
    if not _is_wiki_source(lines):
        # a Markdown note's "[[North Korea]]" still shows as its words
        return [_wiki_links(line) if "[[" in line else line for line in lines], []
    written: list[str] = []
    removed_at: list[tuple[int, str, str]] = []
    open_templates = 0  # the depth of a template written over several lines (an infobox)
    open_block: re.Pattern[str] | None = None  # the end of a block opened above ("</ref>")
    block_reason = ""
    row: list[tuple[int, str]] = []  # a table row's cells so far, with their lines
    for index, line in enumerate(lines):
        removed: list[tuple[str, str]] = []
        if open_block is not None or "<" in line:
            line, open_block, block_reason = _wiki_blocks(line, open_block, removed, block_reason)
            if not line.strip() and removed:
                removed_at.extend((index, piece, reason) for piece, reason in removed)
                written.append("")
                continue
        opens = line.lstrip().startswith("{{") and line.count("{{") > line.count("}}")
        if open_templates or opens:
            open_templates += line.count("{{") - line.count("}}")
            open_templates = max(open_templates, 0)
            written.append("")
            removed_at.extend((index, piece, reason) for piece, reason in removed)
            if line.strip():
                removed_at.append((index, line.strip(), "wiki template"))
            continue
        if WIKI_TABLE_LINE.match(line):
            if row:  # a row ends: its cells on the line of its first cell
                _write_row(row, written, removed_at)
                row = []
            written.append("")
            removed_at.extend((index, piece, reason) for piece, reason in removed)
            removed_at.append((index, line.strip(), "wiki table markup"))
            continue
        heading = WIKI_HEADING.match(line) if line[:1] == "=" else None
        if heading is not None:
            title = _wiki_line(heading["title"], removed).strip()
            line = f"{'#' * min(len(heading['level']), 6)} {title}" if title else ""
        else:
            line = _wiki_line(line, removed)
            listed = WIKI_LIST.match(line)
            if listed is not None:
                bulleted = listed["signs"][-1] in "*#"
                line = ("• " if bulleted else "") + line[listed.end() :]
            elif line.startswith("|"):  # a table's cells: "| 1950 || text", "| text"
                cells = [WIKI_CELL_ATTRIBUTES.sub("", cell).strip() for cell in
                         line[1:].split("||")]  # fmt: skip
                row.extend((index, cell) for cell in cells if cell)
                line = ""
        removed_at.extend((index, piece, reason) for piece, reason in removed)
        written.append(line)
    if row:
        _write_row(row, written, removed_at)
    return written, removed_at


def _write_row(
    row: list[tuple[int, str]], written: list[str], removed_at: list[tuple[int, str, str]]
) -> None:
    """A wiki table's row, its cells on several lines, written on the line of its first cell
    ("| 25 June 1950 | text |"); each other line listed as read with that line."""
    first = row[0][0]
    written[first] = "| " + " | ".join(cell for _, cell in row) + " |"
    for index, cell in row:
        if index != first:
            removed_at.append((index, cell, f"a table cell, read with line {first + 1}"))


# A wiki page's text as a browser shows it: "1950[edit]" / "June[edit]" section headings,
# "… the South.[1][2]" citation marks, "^ Smith, p. 4." references at the end.
EDIT_HEADING = re.compile(r"^\s*(?P<title>\S.{0,80}?)\s*\[\s*edit(?: source)?\s*\]\s*$", re.I)


# "[edit] 1840s": the same heading as an older wiki's copy shows it, the mark before the title;
# or "[edit]" alone on its line below the title ("1647" / "" / "[edit]"), as a reader's view of
# a newer page shows it
EDIT_MARK_FIRST = re.compile(r"^\s*\[\s*edit(?: source)?\s*\]\s*(?P<title>\S.{0,80}?)?\s*$", re.I)


EDIT_TITLE_LENGTH = 80  # (a heading's title: as long as EDIT_HEADING's)


EDIT_TITLE_LINES = 2  # (the lines a lone "[edit]" looks up for its title: the title, a blank)


WIKI_BACKLINK = re.compile(r"^\s*\^\s+\S")  # "^ a b Jones, p. 5.": a reference's text


CITATION_MARK = re.compile(
    r"\[(?:\d{1,3}|[a-z]{1,2}|note \d{1,3}|citation needed|clarification needed|"
    r"better source needed|when\?|who\?|by whom\?)\]"
)


# "1821" / "editar- 15 de septiembre: …", "editar1853": a wiki page's mobile view, the edit
# link of a section (its word in lower case, no brackets) glued to the line below its heading:
# the section's first item, or the next heading where the section is empty
GLUED_EDIT_LINK = re.compile(
    r"(?P<link>edit|editar|modifier|modifica|bearbeiten|bewerken|edytuj|redigera|rediger|"
    r"muokkaa|upravit)(?=[\d(•–—-]|[ \t]*$)"
)


GLUED_EDIT_LINK_HINT = re.compile(rf"^(?:{GLUED_EDIT_LINK.pattern})", re.MULTILINE)  # (a text's)


GLUED_EDIT_LINKS = 2  # (the lines so opened that show a page's edit links, not a word)


def _glued_edit_links(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines with a wiki section's edit link glued to their start taken off ("editar-
    15 de septiembre: …" as "- 15 de septiembre: …", "editar1853" as "1853"), where at least
    GLUED_EDIT_LINKS lines open so with one word; the links listed: (index, link, reason)."""
    found = [
        (index, match)
        for index, line in enumerate(lines)
        if line[:1].islower() and (match := GLUED_EDIT_LINK.match(line)) is not None
    ]
    links = {match["link"] for _, match in found}
    if len(found) < GLUED_EDIT_LINKS or len(links) != 1:
        return lines, []
    written = list(lines)
    removed: list[tuple[int, str, str]] = []
    for index, match in found:
        written[index] = lines[index][match.end() :]
        removed.append((index, match["link"], "a wiki section's edit link"))
    return written, removed


def _rendered_wiki(lines: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The lines of a wiki page's shown text (at least one "Title[edit]" heading) with its
    section headings written as Markdown headings ("## 1950", read as the same rules read
    them), its references ("^ …") and citation marks ("[1]", "[citation needed]") taken out
    and listed: (index, piece, reason). Else unchanged."""
    headings = [index for index, line in enumerate(lines) if line.endswith("]") and
                EDIT_HEADING.match(line)]  # fmt: skip
    written = list(lines)
    removed: list[tuple[int, str, str]] = []
    for index in headings:
        found = EDIT_HEADING.match(lines[index])
        assert found is not None
        written[index] = f"## {found['title']}"
    headings += _edit_marks_first(lines, written, removed)
    if not headings:
        return lines, []
    for index, line in enumerate(written):
        if line[:3].lstrip()[:1] == "^" and WIKI_BACKLINK.match(line):
            removed.append((index, line.strip(), "a reference (the page's footnote)"))
            written[index] = ""
        elif "[" in line and CITATION_MARK.search(line):
            marks = " ".join(found.group() for found in CITATION_MARK.finditer(line))
            removed.append((index, marks, "citation marks"))
            written[index] = CITATION_MARK.sub("", line)
    return written, removed


def _edit_marks_first(
    lines: list[str], written: list[str], removed: list[tuple[int, str, str]]
) -> list[int]:
    """The wiki headings written with their edit mark first ("[edit] 1840s") or alone below
    their title ("1647" / "[edit]"), written as Markdown headings in ``written`` ("## 1840s",
    "## 1647"), the lone marks taken out (listed in ``removed``): the headings' indexes. A
    lone mark under no short line without a sentence's end names no heading: left as it is."""
    headings: list[int] = []
    for index, line in enumerate(lines):
        if line[:8].lstrip()[:1] != "[" or (found := EDIT_MARK_FIRST.match(line)) is None:
            continue
        if found["title"] is not None:
            written[index] = f"## {found['title']}"
            headings.append(index)
            continue
        above = next(
            (at for at in range(index - 1, max(index - 1 - EDIT_TITLE_LINES, -1), -1)
             if lines[at].strip()),
            None,
        )  # fmt: skip
        if above is None:
            continue
        title = lines[above].strip()
        if len(title) > EDIT_TITLE_LENGTH or title[-1] in ".!?" or title[:2] == "##":
            continue
        written[above] = f"## {title}"
        written[index] = ""
        removed.append((index, line.strip(), "a wiki section's edit link"))
        headings.append(index)
    lone = [index for index in headings if not written[index]]
    if any(index + 1 < len(lines) and _is_bulleted(lines[index + 1]) for index in lone):
        _captions_under_edit_marks(lines, lone, written, removed)
    return headings


CAPTION_WORDS = 12  # (a picture's caption is a few words)


def _captions_under_edit_marks(
    lines: list[str], marks: list[int], written: list[str], removed: list[tuple[int, str, str]]
) -> None:
    """The lines directly below a lone "[edit]" mark that are a section's pictures' captions
    ("1400" / "[edit]" / "The São Cristóvão and the São Pantaleão …"), where the sections'
    items are bulleted ("  • text"): unbulleted, a few words, no sentence's end, no date in
    them. Taken out and listed; an unbulleted sentence ("Jan van Riebeeck lands.") stays."""
    for mark in marks:
        for index in range(mark + 1, min(mark + 1 + EDIT_TITLE_LINES, len(lines))):
            line = lines[index].strip()
            if (
                not line
                or _is_bulleted(lines[index])
                or line[-1] in ".!?:;"
                or (len(line.split()) > CAPTION_WORDS or dates.find_date(line) is not None)
            ):
                break
            written[index] = ""
            removed.append((index, line, "a picture's caption under a wiki section's heading"))


# "[20250524]: https://…/releases/tag/20250524": a Markdown link's definition (its address)
LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\[\]]{1,80})\]:[ \t]+\S+(?:[ \t]+\"[^\"]*\")?\s*$"
)


LINK_DEFINITION_HINT = re.compile(r"^ {0,3}\[[^\[\]\n]{1,80}\]:[ \t]", re.MULTILINE)


REFERENCE_LINK = re.compile(r"\[(?P<text>\d[^\[\]]{0,80})\]\[(?P<label>[^\[\]]{0,80})\]")


def _markdown_references(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """A Markdown text's dates written as reference links ("[20250524][20250524]",
    "[1950][]") written as their text, and its link definitions ("[20250524]: https://…")
    taken out (by line index: layout). Only labels the text defines are links: "[1][2]" in
    another text stays as it is; a link on words ("[CHANGELOG][CHANGELOG]") stays as written
    (the line is read or reported as the reader sees it in the source)."""
    defined: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line[:4].lstrip()[:1] == "[" and (found := LINK_DEFINITION.match(line)):
            defined[index] = found["label"].strip().lower()
    if not defined:
        return lines, {}
    labels = set(defined.values())

    def link_text(found: re.Match[str]) -> str:
        label = (found["label"] or found["text"]).strip().lower()
        return found["text"] if label in labels else found[0]

    written = [
        "" if index in defined else REFERENCE_LINK.sub(link_text, line) if "][" in line else line
        for index, line in enumerate(lines)
    ]
    return written, {index: lines[index].strip() for index in defined}


# "![1871 Image](/img/timeline/1871.jpg)": a Markdown image, a picture and its address
MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\[\]\n]{0,120})\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")


def _markdown_images(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with their Markdown images taken out ("![1871 Image](/img/…) **1871 Great
    Chicago Fire** …": the picture a page shows, whose alternative text names its year but
    is no text a reader reads), and the images by line index (reported). A line that was an
    image alone is then blank, as a picture sets its neighbours apart."""
    written = lines
    images: dict[int, str] = {}
    for index, line in enumerate(lines):
        if "![" not in line:
            continue
        found = MARKDOWN_IMAGE.findall(line)
        if not found:
            continue
        if written is lines:
            written = list(lines)
        images[index] = " ".join(image.group() for image in MARKDOWN_IMAGE.finditer(line))
        rest = MARKDOWN_IMAGE.sub("", line)
        written[index] = rest if rest.strip() else ""
    return written, images


# "## [1765-1783: american revolution](https://…)", "- [1969: apollo 11](…)": a heading or an
# item that is one Markdown link, its text opening with a date (after its marks, and "~")
LINKED_ITEM = re.compile(
    r"^(?P<head>\s*(?:#{1,6}|[-*+])?\s*~?\s*)\[(?P<text>(?=\d)[^\[\]\n]+)\]"
    r"\((?P<address>[^()\s]+)\)\s*$"
)


def _markdown_linked_items(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines that are one Markdown link whose text opens with a date ("## [1765-1783:
    american revolution](https://…)", a note-taking app's export) written as the link's
    text ("## 1765-1783: american revolution"), and the link addresses by line index
    (reported as layout: an address is no text of the event). Else the lines unchanged."""
    written = lines
    addresses: dict[int, str] = {}
    for index, line in enumerate(lines):
        if "](" not in line:
            continue
        found = LINKED_ITEM.match(line)
        if found is None or dates.find_date(found["text"]) is None:
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{found['head']}{found['text']}"
        addresses[index] = found["address"]
    return written, addresses


# "endSection", "endGroup": a plain-text timeline tool's (Markwhen's) mark closing a section
# or group of its events, alone on its line; and "section Founding #early", "group Team": the
# mark opening one (read as a mark only where the document closes one: "section 3 of the
# Act …" or "group of soldiers …" in another text stay text)
TOOL_CLOSE_MARK = re.compile(
    r"^[ \t]*end(?P<kind>section|group)[ \t]*$", re.IGNORECASE | re.MULTILINE
)


TOOL_OPEN_MARK = re.compile(r"[ \t]*(?P<kind>section|group)[ \t]+\S.{0,80}")


# "---" / "title: Company history" / "---": a document's front matter (its settings, as
# Markdown and timeline tools write them at the top), never the chronology's text
FRONT_MATTER_FENCE = re.compile(r"[ \t]*---[ \t]*")


FRONT_MATTER_LINE = re.compile(r"[ \t]*(?:[^\W\d][\w-]*[ \t]*:(?:[ \t].*)?|-[ \t].*)?")


FRONT_MATTER_LINES = 30  # (its settings are a few lines; a longer run is no front matter)


# "now: text", "after !launch 2 weeks: text", "3 weeks: text", "2 years ago: text": an item
# dated from another (a timeline tool's relative date, Markwhen's): no date the text gives
# alone (the clock is never read), reported as unplaced, never joined to the entry above
_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?)"


RELATIVE_DATE_LINE = re.compile(
    rf"^[ \t]*(?:now|(?:after|before)[ \t]+!\w[\w-]*(?:[ \t]+\d+[ \t]+{_UNIT})?|"
    rf"\d+[ \t]+{_UNIT}(?:[ \t]+ago)?)[ \t]*:[ \t]+\S.*$",
    re.IGNORECASE | re.MULTILINE,
)


# (where _timeline_tool_marks is run: a closing mark or a relative date opening a line)
TOOL_MARK_HINT = re.compile(
    rf"{TOOL_CLOSE_MARK.pattern}|{RELATIVE_DATE_LINE.pattern}", re.IGNORECASE | re.MULTILINE
)


RELATIVE_DATE = "a relative date (counted from another date or from today): not read"


def _timeline_tool_marks(
    text: str, lines: list[str]
) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The lines with a timeline tool's layout blanked (see TOOL_CLOSE_MARK, FRONT_MATTER_FENCE,
    RELATIVE_DATE_LINE), and those lines by index with the reason each is left out (reported,
    never an entry's text)."""
    marks: dict[int, tuple[str, str]] = {}
    closed = {found["kind"].lower() for found in TOOL_CLOSE_MARK.finditer(text)}
    for index, line in enumerate(lines):
        close = TOOL_CLOSE_MARK.fullmatch(line)
        found = close if close is not None or not closed else TOOL_OPEN_MARK.fullmatch(line)
        # (an opening mark is in lower case, as the tool writes it)
        if found is not None and (found is close or found["kind"] in closed):
            marks[index] = (line.strip(), f"a timeline tool's {found['kind'].lower()} mark")
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is not None and FRONT_MATTER_FENCE.fullmatch(lines[first]):
        for index in range(first + 1, min(len(lines), first + FRONT_MATTER_LINES)):
            if FRONT_MATTER_FENCE.fullmatch(lines[index]):
                for inside in range(first, index + 1):
                    if lines[inside].strip():
                        marks[inside] = (lines[inside].strip(), "the document's front matter")
                break
            if FRONT_MATTER_LINE.fullmatch(lines[index]) is None:
                break
    if RELATIVE_DATE_LINE.search(text) is not None:
        for index, line in enumerate(lines):
            if index not in marks and RELATIVE_DATE_LINE.match(line) is not None:
                marks[index] = (line.strip(), RELATIVE_DATE)
    if not marks:
        return lines, marks
    return ["" if index in marks else line for index, line in enumerate(lines)], marks


# "```mermaid", "```", "~~~ text": a Markdown code fence (three or more backticks or tildes,
# an info string after the opening one), never an entry's text
CODE_FENCE = re.compile(r"[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[\w+#.-]*)[ \t]*")


CODE_FENCE_REASON = "a Markdown code fence"


UNDATED_BLOCK_REASON = "a fenced block with no dated line (code, or a diagram's source)"


# "    2004 : Facebook" / "         : Google": a line opening with the colon that separates
# the dated line above from its text (a diagram's second item of that date, Mermaid's)
SEPARATOR_CONTINUATION = re.compile(r"(?P<indent>[ \t]*):[ \t]+(?P<text>\S.*)")


DATED_COLON_LINE = re.compile(r"(?P<date>[ \t]*\S[^:]{0,40}?)[ \t]*:[ \t]+\S")


def _dated_line(line: str) -> bool:
    """Whether a line opens with a date the importer reads (cheap test first)."""
    stripped = line.lstrip()
    if dates.date_candidate().match(stripped) is None:
        return False
    found = dates.find_date(stripped)
    return found is not None and found.start() == 0


def _code_fences(lines: list[str]) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """The lines with Markdown's code fences blanked, and each fenced block that holds no
    line opening with a date (code, a diagram's settings: "```mermaid" / "timeline" / "title
    …" / "section 21st century" / "Industry 4.0 : Internet …" / "```") blanked whole: those
    lines by index with the reason each is left out (reported, never an entry's text). In a
    block that holds dated lines, a line opening with the colon that follows the dated line
    above it ("2004 : Facebook" / ": Google", as a Mermaid timeline writes a second event of
    a date) is written with that date. A fence never closed is one fence line, its lines kept."""
    marks: dict[int, tuple[str, str]] = {}
    written = list(lines)
    fences = {
        index: found
        for index, line in enumerate(lines)
        if line.lstrip()[:3] in ("```", "~~~") and (found := CODE_FENCE.fullmatch(line))
    }
    closers: dict[str, list[int]] = {"`": [], "~": []}  # (each sign's, in order)
    for at, found in fences.items():
        if not found["info"]:
            closers[found["fence"][0]].append(at)
    index = 0
    while index < len(lines):
        opening = fences.get(index)
        if opening is None:
            index += 1
            continue
        fence = opening["fence"]
        same = closers[fence[0]]
        close = next(  # (the first closer of its sign below: one look, or a few shorter)
            (
                same[at]
                for at in range(bisect.bisect_right(same, index), len(same))
                if len(fences[same[at]]["fence"]) >= len(fence)
            ),
            None,
        )
        marks[index] = (lines[index].strip(), CODE_FENCE_REASON)
        if close is None:
            index += 1
            continue
        marks[close] = (lines[close].strip(), CODE_FENCE_REASON)
        inside = range(index + 1, close)
        dated = {n for n in inside if lines[n].strip() and _dated_line(lines[n])}
        if not dated:
            for n in inside:
                if lines[n].strip():
                    marks[n] = (lines[n].strip(), UNDATED_BLOCK_REASON)
        else:
            date_above: str | None = None
            for n in inside:
                if n in dated:
                    found_date = DATED_COLON_LINE.match(lines[n])
                    date_above = found_date["date"].strip() if found_date else None
                elif (more := SEPARATOR_CONTINUATION.fullmatch(lines[n])) and date_above:
                    written[n] = f"{more['indent']}{date_above} : {more['text']}"
                elif lines[n].strip():
                    date_above = None
        index = close + 1
    if not marks:
        return lines, marks
    return ["" if index in marks else line for index, line in enumerate(written)], marks
