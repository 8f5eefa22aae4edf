"""Page furniture and layout lines.

Running titles, headers and footers, page numbers, footnotes, captions and credits, web
furniture, calendar menus, a page's publication stamps; layout_kind says which a line is.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING

from ktimeline import dates
from ktimeline.importing.entries.bullets import _BULLET_FIRST, BULLET_CHARS, _is_bulleted
from ktimeline.importing.entries.date_shapes import (
    _DASH_CHARS,
    _MONTH,
    _MONTH_FULL,
    _YEAR,
    INVISIBLE,
    ITEM_BREAK,
    JOINERS,
    NO_BREAK_SPACES,
    WEEKDAY_LEAD,
    WEEKDAY_STARTS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence


# --- layout ---------------------------------------------------------------------------------

_PAGE = r"(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?"


_MONTH_YEAR = rf"(?:{_MONTH_FULL}|{_MONTH_FULL.upper()})\s+{_YEAR}"


_TITLE_WORD = r"(?:[A-Z][\w.’'&\-–]*|of|and|the|on|for|in|to|[&|:])"


RUNNING_TITLE = re.compile(
    r"\b(?:Relations|Connections|Journal|Review|Chronology|Quarterly|Today|Affairs|Bulletin)\b"
)


JOURNALS = re.compile(
    r"comparative\s+connections|c\s*o\s*n\s*n\s*e\s*c\s*t\s*i\s*o\s*n\s*s|"
    r"foreign\s+service\s+journal|arms\s+control\s+today|pacific\s+forum",
    re.IGNORECASE,
)


# "U.S.-Japan Relations 18 April 2009", "Japan-Korea Relations 124 April 2009" inside a line,
# after a sentence ends: a running title, a page number and the month.
INLINE_FOOTER = re.compile(
    rf"(?:(?<=[.!?”\"’)\]])|^)\s*(?P<footer>(?:{_TITLE_WORD}\s+){{0,5}}"
    rf"(?:Relations|Connections|Journal|Review|Chronology|Quarterly|Affairs)\s+\d{{1,4}}\s+"
    rf"(?:{_MONTH_FULL})\s+{_YEAR}|(?:\d{{1,4}}\s+)?[A-Z][A-Z.\-– ]{{3,60}}\s*\|\s*"
    rf"(?:[A-Z]+\s+{_YEAR})(?:\s+\d{{1,4}})?)(?=\s|$)"
)


FOOTER_HINT = re.compile(rf"\|\s*[A-Z]+\s+\d{{4}}|\d\s+(?:{_MONTH_FULL})\s+\d{{4}}")


FOOTER_SIGN = re.compile(r"[|\d]")  # (what every FOOTER_HINT holds: a far cheaper scan first)


FOOTNOTE = re.compile(
    r"^\s*[*∗†‡¹]+\s*(?:chronology|compiled|prepared|research|this chronology)\b|"
    r"^\s*(?:chronology|this chronology)\s+(?:compiled|prepared)\s+by\b|"
    r"^\s*sources?\s*:|"
    # "Acknowledgment: We thank …", "Danksagung: …": a page's thanks under its list
    r"^\s*(?:acknowledge?ments?|danksagung|remerciements?|agradecimientos?|ringraziamenti)\s*:|"
    r"^\s*\[\^[^\]\s]+\]:",  # a Markdown footnote's text: "[^1]: Wikipedia, …"
    re.IGNORECASE,
)


# "## Divided", "### References": a Markdown heading; never the text of the entry above
MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")


PHOTO_CREDIT = re.compile(
    r"\b(?:REUTERS|AFP|AP|EPA|YONHAP|KCNA|XINHUA|KYODO)\s*/\s*\w|\(?AP Photo\b|\bvia AP\b|"
    r"\bGetty Images\b|^\s*FILE PHOTO\b|\bfile photo\b|©|"
    r"^\s*(?:Photo(?:graph)?s?|Fotos?)\s*(?:credit)?\s*:|"
    r"^\s*(?:Figure|Fig\.|Image)\s+\d+\b|\bKorea Times file\b|"
    # "National Party faithful in Gore. Photo: Sandy Eggleston": a caption ends on its credit
    r"^\s*credits?\s*:|"  # "Credit: Reuters"
    # "Reds fans celebrate (Anthony Devlin/PA)": a photographer's name and the agency's
    r"\((?-i:[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3})\s*/\s*(?-i:[A-Z]{2,6})\)\s*$|"
    r"\b(?:Photo(?:graph)?|Picture|Image)s?(?:\s+credit)?\s*(?::|\bby\b)\s*"
    r"(?-i:[A-Z])[\w.'’&/\- ]{1,40}\)?\s*$",
    re.IGNORECASE,
)


# "29 April 1986. Photo of the plant …", "1936. Foto von …", "29 kwietnia 1986. Zdjęcie …": a
# picture's caption that opens with its date, then says it is a picture (in the languages of
# the corpus)
DATED_CAPTION = re.compile(
    r"(?:(?:an?|the)\s+)?(?:photo(?:graph)?|picture|image|snapshot|foto(?:grafia|grafie)?|bild|"
    r"zdj[eę]cie|fot\.|immagine|imagen|imagem|afbeelding)\b(?!\s*:)",
    re.IGNORECASE,
)


# A web page's furniture between entries: ads, prompts, paywall and newsletter lines.
WEB_FURNITURE = re.compile(
    r"^(?:(?:v+|\^+|-+|=+|\*+)\s*advertisement\s*(?:v+|\^+|-+|=+|\*+)|"  # "vvv advertisement vvv"
    r"advertisement|advert|sponsored(?: content)?|skip advertisement|more must-reads?:?|"
    r"read more(?:(?::|\s+(?:on|at|from|in|about)\b).*)?|"  # "Read more on investing.com"
    r"related(?: articles| stories| coverage)?(?::.*)?|"
    r"recommended(?: for you| reading)?:?|(?:story|article) continues (?:below|after)\b.*|"
    r"continue reading\b.*|(?:subscribe|sign up|log in|already a subscriber)\b.*|"
    r"(?:share|follow us) (?:this|on)\b.*|click here\b.*|"
    # a share button in other languages, alone or with a few words ("Udostępnij ten dzień",
    # "Partager cette page", "Compartir en Facebook"), the page's title quoted after "Share"
    # (a document site's 'Share "1908 • Closing of …"'), and a copy button's answer
    r"(?:udostępnij|teilen|partager|compartir|condividi|compartilhar|delen)(?:\s+[^\W\d_]+){0,3}|"
    r"share\s+[\"“„«].*|copied!|copy link|"
    r"this (?:content|article) is (?:for|available to) subscribers\b.*|"
    # a page's buttons, menus and credits, each a whole line: "Share", "Back to top",
    # "(Reporting by …; Editing by …)", "Topics: …", "All rights reserved."
    r"share|tweet|e-?mail|print|comments?|(?:leave|post) a comment|loading\.*|show (?:more|less)|"
    r"load more|read less|"  # (the button that folds an entry's "Read more" text again)
    # a blog's pages and its comments' heading: "Newer posts    p.1 of 1    Older posts", "Page 2
    # of 5", "Most Recent Comments", "12 Comments"
    r"(?:newer|older)\s+(?:posts|entries)\b.*|(?:p\.|page)\s*\d+\s+of\s+\d+\b.*|"
    r"(?:most\s+)?recent\s+comments|\d+\s+comments?|"
    # a search box's label and its provider: "Custom Search", "Google Custom Search", "Search
    # this site", "Search WWH ::" (a label with the double colon a form writes)
    r"(?:google )?custom search|search (?:this|the) (?:site|blog|website)\s*:?|"
    r"search(?: [\w.-]{1,24}){0,2}\s*::|"
    r"click to (?:enlarge|expand)|enlarge this image|skip to (?:main )?content|"
    r"(?:back|return) to (?:top|home(?:page)?|(?:the )?index|(?:the )?contents|(?:the )?main page)|"
    r"(?:previous|next) (?:article|story|post)|read next|up next|more from\b.*|most (?:popular|"
    r"read)|trending(?: now)?|listen to this (?:article|story)|download (?:our|the) app\b.*|"
    r"newsletters?|scroll to continue\b.*|advertisement\W+scroll to continue\b.*|"
    r"(?:terms of (?:use|service)|privacy policy|cookie policy)\b.*|we use cookies\b.*|"
    # a post's permanent link, perhaps with its address: "Permalink", "Permanentlink zu diesem
    # Beitrag: http://…", "Lien permanent", "Enlace permanente"
    r"(?:permalink|permanent\s*link|permalien|lien\s+permanent|enlace\s+permanente|"
    r"link\s+permanente)\b(?:[^:\n]{0,40}:\s*\S+)?|"
    r"all rights reserved\.?|copyright\b.{0,80}|\(?(?:additional )?(?:reporting|writing|editing)"
    r" by\b.*|(?:topics|tags|filed under|categories)\s*:.*|watch\s*:.*|editor['’]s note\s*:.*|"
    # a wiki page's lines above its text: "Jump to: navigation, search" ("Wechseln zu:
    # Navigation, Suche", "Aller à : navigation, rechercher", "Zur Navigation springen") and
    # "From Wikipedia, the free encyclopedia" ("Aus Wiki Göttingen": a town's wiki)
    r"(?:jump\s+to|wechseln\s+zu|aller\s+à|ir\s+a|vai\s+a|passa\s+a|przejdź\s+do|ga\s+naar)"
    r"\s*:\s*(?:navigation|navegación|navigazione|nawigacji|navigatie)\s*,\s*\w+|"
    r"zur\s+(?:navigation|suche)\s+springen|"
    r"(?:from|aus|de|da|z|van)\s+wiki(?:pedia|pédia|pedii)?(?:\s+[^\W\d_][\w-]*)?"
    r"(?:,\s*(?:the\s+free\s+encyclopedia|der\s+freien\s+enzyklopädie|l['’]encyclopédie\s+libre|"
    r"la\s+enciclopedia\s+libre|l['’]enciclopedia\s+libera|wolnej\s+encyklopedii|"
    r"de\s+vrije\s+encyclopedie))?)$",
    re.IGNORECASE,
)


# "- under construction", "Coming soon…", "(to be continued)": a placeholder where a page's
# later items will go (in English, Spanish, Portuguese, French, German, Italian, Dutch and
# Polish), alone on its line, a list's bullet before it or not: no event
PLACEHOLDER = re.compile(
    r"(?:[-*•–]\s*)?[(\[]?(?:(?:page |site |section )?under construction|coming soon|"
    r"to be continued|work in progress|more to come|en construcci[oó]n|em constru[cç][aã]o|"
    r"en (?:cours de )?construction|im aufbau|in (?:costruzione|aanbouw)|w budowie)[)\]]?"
    r"[.!…]*",
    re.IGNORECASE,
)


# "Log in to Twitter or Facebook account to connect", "To write comments, please log in": the
# comment box below the article's text; what follows it is never an entry's text (a "Sign up
# now" or an advertisement may sit between two paragraphs of one entry)
COMMENT_BOX = re.compile(
    r"(?:log ?in|sign in)\b.{0,40}\baccounts?\b|to (?:write|post|leave|add) (?:a )?comments?\b|"
    r"comments? (?:are|is) closed\b|(?:most\s+)?recent\s+comments\s*$",
    re.IGNORECASE,
)


# "20 September, 2014 - posted by zoostervox", "March 3, 2015 | Posted by admin": a post's or a
# comment's stamp, its date and who posted it, alone on its line (the date says when it was
# written, not what happened); the date before it is checked with the date grammar
POSTED_BY_STAMP = re.compile(
    r"(?P<when>[^.!?:]{4,40}?)[ \t]*[-–—|·,]?[ \t]*(?:posted|written|submitted)[ \t]+by[ \t]+"
    r"[\w.@'’-]+(?:[ \t]+[\w.@'’-]+){0,3}",
    re.IGNORECASE,
)
POSTED_BY_REASON = "a post's stamp (when it was posted and by whom), no event"


# "PHOTO 1.jpg", "chernobyl_reactor-4.png": an image's file name alone on its line, where a
# page lost the picture; the line directly below it is the picture's caption, whatever date it
# opens with ("PHOTO 1.jpg" / "14 juin 1891 à Münchenstein en Suisse."), never an entry
IMAGE_NAME = re.compile(
    r"[^\s/\\]{1,40}(?:[ \t]+[^\s/\\]{1,40}){0,3}\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp)",
    re.IGNORECASE,
)
IMAGE_NAME_REASON = "an image's file name (the picture lost)"
IMAGE_CAPTION_REASON = "figure caption (the line under an image's file name)"


# "[Back to top](#top)": a Markdown link alone on its line, its shown text and its address
MARKDOWN_LINK_LINE = re.compile(r"\[(?P<shown>[^\[\]\n]{1,60})\]\([^()\n]{0,200}\)")


# "votre commentaire", "• Kommentar schreiben", "Lascia un commento", "Dodaj komentarz": a
# blog's link to its comments in other languages than English (WEB_FURNITURE's "leave a
# comment"), a whole line, its bullet too; and a blog host's button under the comments
# ("Kommentar veröffentlichen", "Publier un commentaire", "Publicar un comentario", "Postar um
# comentário", "Posta un commento", "Een reactie posten": its "Post a Comment")
COMMENT_LINK = re.compile(
    r"(?:[•·*\-–]\s*)?(?:(?:votre|un|vos|(?:laisser|ajouter|écrire|poster|publier)\s+un)"
    r"\s+commentaire|commentaires|kommentar(?:e|\s+schreiben|\s+hinterlassen|\s+veröffentlichen)?"
    r"|kommentieren|(?:lascia|scrivi|posta)\s+un\s+commento|commenti"
    r"|(?:deja|dejar|escribe|publicar)\s+(?:un|tu)\s+comentario|comentarios"
    r"|(?:deixe|deixar|postar)\s+(?:um|seu|o\s+seu)\s+comentário|comentários"
    r"|reacties|reageer|plaats\s+een\s+reactie|een\s+reactie\s+posten"
    r"|(?:dodaj\s+)?komentarze?|skomentuj"
    # ("No hay comentarios:", "Aucun commentaire:", "Keine Kommentare:": a blog host's line
    # under a post that has none, its "No comments:")
    r"|no\s+comments|no\s+hay\s+comentarios|aucun\s+commentaire|keine\s+kommentare"
    r"|nessun\s+commento|nenhum\s+comentário|sem\s+comentários|geen\s+reacties"
    r"|brak\s+komentarzy)"
    r"(?:\s*\(\d+\))?\s*[.:]?",
    re.IGNORECASE,
)


# "0 Comments", "12 comments", "Makes Statement0 Comments" (a news page's category labels run
# into the count of its comments): the count of an item's comments, a whole line; a count
# after words only when glued to them ("The post drew 300 comments" is a sentence)
COMMENT_COUNT = re.compile(
    r"(?:(?P<labels>[^\n]{0,60}[^\W\d_])(?=\d))?\d{1,6}\s*comments?", re.IGNORECASE
)


def _comment_count(line: str) -> bool:
    """Whether a line is the count of an item's comments ("12 comments"), perhaps glued to
    the item's category labels ("Makes Statement0 Comments", "The Canadian Press0
    Comments"); labels are capitalised words, so a sentence ending with a word glued to its
    number ("Premier apologises for his Covid19 comments") is none."""
    found = COMMENT_COUNT.fullmatch(line)
    return found is not None and (
        found["labels"] is None or not any(word[:1].islower() for word in found["labels"].split())
    )


# "Read on for 30 more key events.": the page points elsewhere for the rest of its list; the
# entry above ends there (what follows is other page text, never its continuation)
LIST_GOES_ON = re.compile(r"(?:read on|keep reading|scroll down)\b.{0,80}", re.IGNORECASE)


# "created" / "2023-01-17", "hit" / "1042": a page's metadata written as a label on its own
# line and its value on the next (a board's post header); both are page furniture, and the
# value is never a date or year heading of the chronology
METADATA_LABEL = re.compile(
    r"(?:writer|author|created|updated|last updated|modified|last modified|posted|hits?|"
    r"views?|view count|read count|reads)\s*:?",
    re.IGNORECASE,
)


METADATA_VALUE_LENGTH = 40  # (a value is short: a name, a date, a number)


ITEM_TITLE_WORDS = 12  # a title above a day's items ("3RAR placed under US command")


CUT_WORD_LENGTH = 3  # "The" alone below the last date: the page cut after one word


CUT_ITEM_LENGTH = 2  # "• K": an item's text cut off (no event is written in two letters)


DATED_ITEMS_EACH = 4  # a list of dated items: at least this many dated per undated item


CATEGORY_WORDS = 3  # a category label under a date ("The Law", "Legislation")


HEADLINE_WORDS = 3  # a card's title says what happened ("Soviets Detonate Thermonuclear Bomb")


TITLE_WORDS = 5  # a title under a heading date ("Date Events"), not an entry's sentence


def metadata_values(lines: Sequence[str]) -> set[int]:
    """The indexes of the lines that are a metadata label and the short value below it, and
    of a page's date with the time it was last updated at its top (see _update_stamps)."""
    found: set[int] = set()
    for index, line in enumerate(lines[:-1]):
        if len(line) > 24 or METADATA_LABEL.fullmatch(line.strip()) is None:
            continue
        value = lines[index + 1].strip()
        if value and len(value) <= METADATA_VALUE_LENGTH and not SENTENCE_END.search(value):
            found.update((index, index + 1))
    return found | _update_stamps(lines)


# "Actualizado 13:37 CEST", "Sábado 15/10/2011. Actualizado 11:06h.", "Updated 9:08 PM ET":
# the time a news page was last updated, in the languages of the corpus, with its clock time
UPDATE_STAMP = re.compile(
    r"(?:^|[\s.,|])(?:last updated|updated|actualizad[oa]|aktualisiert|mis à jour|aggiornato|"
    r"bijgewerkt|atualizad[oa])\b:?\s*(?:(?:at|a las|um|à|om|às)\s+)?"
    r"\d{1,2}[:.h]\d\d\s*(?:h|uhr|[ap]\.?m\.?)?\.?(?:\s*[A-Z]{2,5}\b)?\s*$",
    re.IGNORECASE,
)


UPDATE_HINTS = (
    "pdated",
    "ctualiza",
    "ktualisiert",
    "mis à jour",
    "ggiornato",
    "ijgewerkt",
    "tualiza",
)


TOP_LINES = 15  # a page's own date and update time stand among its first lines


# "Este conteúdo foi publicado em 26 de Outubro de 2018 10:48", "Publié le 3 mars 2021 à
# 10h", "Veröffentlicht am 12. Mai 2020, 14:03": the page's own date of publication, a few
# words, the word "published" (in the languages of the corpus), then only dates and times
PUBLICATION_STAMP = re.compile(
    r"^\W*(?:[^\W\d_]+\s+){0,4}?(?:published|publicad[oa]|publi[ée]e?|pubblicat[oa]|"
    r"ver[öo]ffentlicht|gepubliceerd|opublikowano|publicerad|publisert|publiceret|udgivet|"
    r"julkaistu|yay[ıi]nlanma|diterbitkan)(?:\s+(?:on|em|el|en|le|il|am|op|den|tanggal))?"
    r"\s*:?\s+(?=\d)",
    re.IGNORECASE,
)


PUBLICATION_HINTS = ("ublic", "ublié", "ubblicat", "ffentlicht", "ubliceerd", "ublikowano",
                     "dgivet", "ulkaistu", "ayınlan", "iterbitkan")  # fmt: skip


# what may stand between a publication stamp's dates: its times, separators, "à", "às", "at"
STAMP_REST = re.compile(
    r"(?:[\s.,|/·•–—-]|\d{1,2}[:.h]\d\dh?|(?i:at|à|às|a las|alle|um|om|o|kl\.|klo)(?=\s))*+"
)


def _publication_stamps(lines: Sequence[str]) -> set[int]:
    """The indexes of a page's publication line among its first TOP_LINES lines ("Este
    conteúdo foi publicado em 26 de Outubro de 2018 10:48"): nothing after the word but
    dates and times, so "Published in 1851, the book …" stays text."""
    found: set[int] = set()
    for index, line, stamp in _top_lines_with(lines, PUBLICATION_HINTS, PUBLICATION_STAMP):
        rest = dates.date_in_text().sub(" ", line[stamp.end() :])
        if not any(char.isdigit() for char in line[stamp.end() :][:12]):
            continue
        if STAMP_REST.fullmatch(rest) is not None:
            found.add(index)
    return found


def _top_lines_with(
    lines: Sequence[str], hints: Sequence[str], pattern: re.Pattern[str]
) -> Iterator[tuple[int, str, re.Match[str]]]:
    """Among a page's first TOP_LINES lines, those that hold one of ``hints`` (the cheap
    test first) and where ``pattern`` is found: with their index and the match."""
    for index, line in enumerate(lines[:TOP_LINES]):
        lowered = line.lower()
        if any(hint in lowered for hint in hints) and (found := pattern.search(line)) is not None:
            yield index, line, found


# "Sat, 05/16/2009 - 04:57", "March 3, 2014 at 10:21 am": a post's date and clock time alone
# on a line at the page's top (the date is checked by _whole_date_alone)
POSTED_STAMP = re.compile(
    r"\s*(?P<date>[^:]*?\d)\s*+(?:[-–—|,@]|\bat\b)?\s*+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\s*$",
    re.IGNORECASE,
)


POSTED_LENGTH = 60


def _update_stamps(lines: Sequence[str]) -> set[int]:
    """The indexes of a page's update stamp among its first TOP_LINES lines ("Actualizado
    13:37 CEST"), with the date alone on the line above it ("31 enero 2017"), or with the
    date before it on the same line ("Sábado 15/10/2011. Actualizado 11:06h."): the page's
    own date, never an entry of its chronology."""
    found = _posted_stamp(lines) | _publication_stamps(lines)
    for index, line, stamp in _top_lines_with(lines, UPDATE_HINTS, UPDATE_STAMP):
        before = line[: stamp.start()].strip(" .,|")
        if before:  # the page's date on the same line, and nothing else
            if _whole_date_alone(before):
                found.add(index)
            continue
        above = next((n for n in range(index - 1, -1, -1) if lines[n].strip()), None)
        found.add(index)
        if above is not None and _whole_date_alone(lines[above].strip()):
            found.add(above)
    return found


def _posted_stamp(lines: Sequence[str]) -> set[int]:
    """The index of a post's date and time at the page's top ("Sat, 05/16/2009 - 04:57"):
    the only such line among the first TOP_LINES, no year on a line above it. A page of
    entries written so ("April 25, 1986, 11:10 p.m." / text / "April 26, 1986, 12:28 a.m.")
    has several: they are its entries."""
    found: set[int] = set()
    shaped = 0  # (lines of the same shape whose date writes no year of 1000 or later)
    for index, line in enumerate(lines[:TOP_LINES]):
        if ":" not in line or len(line) >= POSTED_LENGTH:
            continue
        posted = POSTED_STAMP.match(line)
        if posted is None:
            continue
        if _whole_date_alone(posted["date"]):
            found.add(index)
        elif _date_alone(posted["date"]):
            # ("0800-01-01 00:00:00" above "1066-10-14 00:00:00": a timeline export's days
            # before the year 1000, its zeros written, then its clock: the same shape, so the
            # later line is no page's only stamp)
            shaped += 1
    if len(found) != 1 or shaped:
        return set()
    (index,) = found
    if any(YEAR_IN_DATE.search(line) for line in lines[:index]):
        return set()
    return found


# "From Century Ireland: Gallipoli evacuation complete": a label of a few words without a
# digit and its colon, then the rest (a link to another page under an entry)
LABELLED_LINK = re.compile(
    r"(?P<label>[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[^\s:\d]+){0,5})[ \t]?:[ \t]+\S"
)
LABELLED_LINKS_MIN = 3  # (DocumentPattern.MIN_LINES: a shape seen this often is the text's own)
# the longest word a name of a page or a site writes in lower case ("Decade of Centenaries",
# "Museum of the City"); a longer word in lower case is a sentence's ("The union leader said:")
NAME_SMALL_WORD = 3
LABELLED_LINK_REASON = "a link or source line written under several entries (not an entry's text)"


def _names_a_page(label: str) -> bool:
    """Whether a label's words after its first are a name's ("From Century Ireland", "From
    UCD Decade of Centenaries", "From The Workers' Paper"): each capitalised, or a small word
    (NAME_SMALL_WORD letters at most). "The union leader said", "Police told reporters" are a
    sentence's words before a quotation: the entry's own text."""
    return all(
        word[:1].isupper() or not word[:1].isalpha() or len(word) <= NAME_SMALL_WORD
        for word in label.split()[1:]
    )


def _labelled_links(lines: Sequence[str]) -> set[int]:
    """The indexes of paragraphs that open with the same word and a label of a few words and
    its colon, each after a blank line, at least LABELLED_LINKS_MIN of them, each under a
    different paragraph (an entry): "From Century Ireland: …", "From UCD Decade of
    Centenaries: read …", "From Breac: …" under the items of a year, a page's links to other
    pages. A label with a digit ("From 1990 to 1995: …") or a month's name is a date's, and a
    dated line is no such link; a label that is no name (see _names_a_page) is a sentence's
    ("The police chief said: …"). Else empty."""
    found: dict[str, list[int]] = {}
    above_blank = True
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            above_blank = True
            continue
        if above_blank and ":" in stripped[:80]:
            label = LABELLED_LINK.match(stripped)
            if (
                label is not None
                and _names_a_page(label["label"])
                and dates.find_date(stripped) is None
            ):
                found.setdefault(label["label"].split()[0], []).append(index)
        above_blank = False
    links: set[int] = set()
    for indexes in found.values():
        if len(indexes) < LABELLED_LINKS_MIN:
            continue
        texts = [
            next((lines[at] for at in range(index - 1, -1, -1) if lines[at].strip()), "")
            for index in indexes
        ]
        if all(text.strip() and DIGIT.search(text) is not None for text in texts):
            links.update(indexes)  # (each under a paragraph with a date or number: an entry)
    return links


BOX_HEADING_WORDS = 4  # a box's heading over its bulleted lines is a few words
BOX_HEADING_LINE_ABOVE = 8  # the words of the paragraph above it at least (an entry's text)
BOX_HEADING_REASON = "heading (over the bulleted lines below it, not the entry above's text)"


def _box_headings(lines: Sequence[str]) -> set[int]:
    """The indexes of a short paragraph (BOX_HEADING_WORDS words at most, a capital first,
    no digit, no sentence end, no page furniture) after a blank line under a paragraph of
    text (more than BOX_HEADING_LINE_ABOVE words, not bulleted), whose next
    line (after a blank) is bulleted: the heading of a box of bulleted lines ("Povodňové
    střípky" / "- 12 miliard korun" under the last day's text), not more of the entry above,
    whose text a page leaves without its full stop. Else empty."""
    found: set[int] = set()
    for index in range(2, len(lines) - 1):
        stripped = lines[index].strip()
        if not stripped[:1].isupper() or len(stripped.split()) > BOX_HEADING_WORDS:
            continue
        above = lines[index - 2]
        if lines[index - 1].strip() or len(above.split()) <= BOX_HEADING_LINE_ABOVE:
            continue  # (under a date alone, "Sunday 25 June" / "KPA invades …", it is a title)
        if _is_bulleted(above) or layout_kind(stripped) is not None:
            continue  # (under an item, or a page's link, "Kommentar schreiben": not a heading)
        if DIGIT.search(stripped) is not None or SENTENCE_END.search(stripped) is not None:
            continue
        below = next((line for line in lines[index + 1 :] if line.strip()), "")
        if below and lines[index + 1].strip() == "" and _is_bulleted(below):
            found.add(index)
    return found


TITLE_ECHO_REACH = 3  # the lines below a page's first line its echo may stand within
TITLE_ECHO_GAP_WORDS = 2  # a line between them of this many words at most ("LT", a code)
TITLE_ECHO_REASON = "the page's title, written again at the top of its text (not an entry)"


def _title_written_twice(lines: Sequence[str]) -> set[int]:
    """The indexes of a page's first line, opening with a whole day, and of the same line
    written again within TITLE_ECHO_REACH lines below it, a short line (a code, a label)
    between them and nowhere else: the page's title and its echo as the heading of the text
    ("13 februari 1954: +Name …" / "LT" / the same / "1er mai 1878 Naissance …"), never two
    entries (two events alike are not set apart by a code; a list's own item of that day
    stays). Else empty."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return set()
    title = lines[first].strip()
    found = dates.find_date(title) if title[:1].isdigit() else None
    parts = dates.date_parts(found) if found is not None else {}
    if not (parts.get("d1") and parts.get("y1")):
        return set()  # (a title with no whole day is no entry: "2019 Revisited" names a year)
    if found is not None and not title[found.end() :].strip(" :.,;–—-"):
        return set()  # (a date alone is no title: "1 January 2000" / "Talks." twice, two entries)
    between = False  # (a code or label between them: two entries alike are not so set apart)
    for index in range(first + 1, min(len(lines), first + 1 + TITLE_ECHO_REACH)):
        stripped = lines[index].strip()
        if stripped == title:
            rest = [line.strip() for line in lines[index + 1 :]]
            return {first, index} if between and any(rest) and title not in rest else set()
        if len(stripped.split()) > TITLE_ECHO_GAP_WORDS:
            return set()
        between = between or bool(stripped)
    return set()


# a page's title taken from one of its entries: "1908 • Closing of the factory", its year, a
# separator (or a space alone: a slide show's first slide as its description, "1439 Alfons el
# Magnànim atorga …") and at least three words (see _title_taken_from_an_entry)
BORROWED_TITLE = re.compile(
    r"(?P<year>(?:1[0-9]|20)\d\d)(?:\s*[•·|:–—-]\s*|\s+)(?P<words>\S+(?:\s+\S+){2,})"
)
BORROWED_TITLE_GAP = 5  # lines of no year between such a title and the list, at least
BORROWED_TITLE_REASON = "the page's title, taken from an entry written below (not an entry)"


def _title_taken_from_an_entry(lines: Sequence[str]) -> set[int]:
    """The indexes of a page's title taken from one of its entries ("1908 • Closing of the
    factory in Harlingen", a document site's page named after its text's item), and of the
    lines that quote it ('Share "1908 • Closing of …"'): the first line opening with a year,
    its year, a separator and three words at least, with BORROWED_TITLE_GAP lines of words
    and no year (the page's furniture, most of them no sentence: "Reading time: 4 minutes",
    "Download") at least between it and the next line opening with a year, and its entry
    written again below (the year alone or at a line's start, its words at the start of
    that line or of the next line of words). Never an entry: its entry is read below. Else
    empty."""
    first = next((i for i, line in enumerate(lines) if YEAR_IN_DATE.match(line.strip())), None)
    if first is None:
        return set()
    title = lines[first].strip()
    found = BORROWED_TITLE.fullmatch(title)
    if found is None:
        return set()
    year, words = found["year"], found["words"].rstrip(" .").casefold()
    quoting = {first}
    gap = sentences = 0
    for index in range(first + 1, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if title in stripped:
            quoting.add(index)
            continue
        if YEAR_IN_DATE.match(stripped) is None:
            gap += 1
            sentences += SENTENCE_END.search(stripped) is not None
            continue
        if gap < BORROWED_TITLE_GAP or 2 * sentences > gap:
            return set()  # (most of the gap's lines sentences: the entry's own text)
        break
    else:
        return set()
    for below in range(index, len(lines)):
        stripped = lines[below].strip()
        if not stripped.startswith(year):
            continue
        rest = stripped[len(year) :].strip(" \t•·|:–—-")
        if not rest:
            rest = next((line.strip() for line in lines[below + 1 :] if line.strip()), "")
        if rest.casefold().startswith(words):
            return quoting
    return set()


def _captions_written_twice(lines: Sequence[str]) -> set[int]:
    """The indexes of an indented line written again as the next paragraph ("  Tony Leung
    and Maggie Cheung in …" / blank / the same; "  September 11, 2001 - New York City." /
    blank / "  September 11, 2001 – New York City."): a web page's picture, its alternative
    text and its caption, never an entry nor the text of one. (Two paragraphs at the margin
    alike may be two events told alike: they stay.) A date alone written twice is left to
    the rules for dates (a timeline card's date, repeated under its title)."""
    found: set[int] = set()
    above, blank = -1, False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            blank = above >= 0
            continue
        indented = line[:1] in " \t"  # (a paragraph at the margin may be repeated text)
        if (
            blank
            and indented
            and len(stripped) < CAPTION_LENGTH
            and stripped[:1] not in _BULLET_FIRST
        ):
            before = lines[above].strip()
            if (
                len(before) == len(stripped)
                and before[:1] == stripped[:1]
                and _dashes_alike(before) == _dashes_alike(stripped)
                and not _whole_date_alone(stripped)
            ):
                found.update((above, index))
        above, blank = index, False
    return found


CAPTION_LENGTH = 200


# a linked word's preview cut short: its summary's last words before "..." or "…"
PREVIEW_END = re.compile(r"(?:\.\.\.|…)$")
PREVIEW_TITLE_WORDS = 6  # (a preview's title: the linked article's name, a few words)


def _link_previews(lines: Sequence[str]) -> dict[int, str]:
    """The lines of a linked word's preview that an encyclopedia's mirror writes into the
    text after the word ("… the ship trackway Diolkos" / "Diolkos" / "The Diolkos was a
    paved trackway …" / then the sentence goes on): the linked article's title on its own
    line, directly under a line that ends with the linked words, and directly above its
    summary, which opens with the title's first word (or "The" and it) and is cut short
    with "..." — by index, their words. The page's furniture, never an entry's text; the
    sentence around them stays the entry's."""
    found: dict[int, str] = {}
    for index in range(1, len(lines) - 1):
        title = lines[index].strip()
        if not title or len(title.split()) > PREVIEW_TITLE_WORDS or SENTENCE_END.search(title):
            continue
        summary = lines[index + 1].strip()
        if PREVIEW_END.search(summary) is None or len(summary.split()) < PREVIEW_TITLE_WORDS:
            continue
        linked = title.split(",")[0].strip()  # ("Keswick, Cumbria" linked as "Keswick")
        above = lines[index - 1].rstrip()
        if not linked or not above.endswith(linked) or above.strip() == linked:
            continue
        first = linked.split()[0]
        if not (summary.startswith(f"{first} ") or summary.startswith(f"The {first} ")):
            continue
        found[index], found[index + 1] = title, summary
    return found


# "… the southeast... Continue Reading →", "… was [...] Read more »": a news page's teaser cut
# short, then its link to the whole item at the line's end (an arrow or guillemet after it,
# or the cut's "..." before it: "to read more" ending a sentence is none)
TEASER_LINK_HINT = re.compile(r"(?:continue reading|read more|keep reading|full story)", re.I)
_TEASER_WORDS = r"(?:continue reading|read more|keep reading|(?:read )?(?:the )?full story)"
TEASER_LINK = re.compile(
    rf"(?:(?<=\.\.\.)|(?<=…)|(?<=\[\.\.\.\])|(?<=\[…\]))[ \t]*(?P<link>{_TEASER_WORDS}"
    r"[ \t]*(?:→|»|›|>>|>)?)[ \t]*$"
    rf"|(?<=\S)[ \t]+(?P<arrowed>{_TEASER_WORDS}[ \t]*(?:→|»|›|>>))[ \t]*$",
    re.IGNORECASE,
)


def _teaser_links(lines: Sequence[str]) -> tuple[list[str], dict[int, str]]:
    """Lines that end with a teaser's link to the whole item ("… Delft -- located between
    Rotterdam to the southeast... Continue Reading →"): the link cut off (the teaser's
    "..." stays: the page cut the text there), by index, its words. Other lines unchanged."""
    written, found = list(lines), {}
    for index, line in enumerate(lines):
        if len(line) < 20 or TEASER_LINK_HINT.search(line[-40:]) is None:
            continue
        link = TEASER_LINK.search(line, max(0, len(line) - 48))
        if link is None or not line[: link.start()].strip():
            continue
        written[index] = line[: link.start()].rstrip()
        found[index] = (link["link"] or link["arrowed"]).strip()
    return (written, found) if found else (list(lines), {})


CAPTION_HINT = re.compile(r"\n[ \t]*\n[ \t]+\S")


def _dashes_alike(text: str) -> str:
    return text.replace("–", "-").replace("—", "-")


def _date_alone(text: str) -> bool:
    """Whether a text is one date and nothing else, whatever its year ("0800-01-01")."""
    found = dates.find_date(text, 0)
    return found is not None and not text[found.end() :].strip(" .,")


def _whole_date_alone(text: str) -> bool:
    """Whether a text is one date with its year and nothing else (a weekday may come first:
    "Sábado 15/10/2011", "31 enero 2017")."""
    head, _, rest = text.partition(" ")
    if head.strip(",").lower() in WEEKDAY_WORDS:
        text = rest.strip()
    found = dates.find_date(text, 0)
    return (
        found is not None
        and not text[found.end() :].strip(" .,")
        and YEAR_IN_DATE.search(found.group()) is not None
    )


# a weekday's name before a page's date, in the languages of the corpus
WEEKDAY_WORDS = frozenset(
    {*dates.WEEKDAYS, "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
     "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi",
     "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)  # fmt: skip


YEAR_IN_DATE = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")


# "… his political ambition'. Nigel Farage at a party. Picture: PA": a photo's caption and
# credit run into the end of an entry's text
INLINE_CAPTION = re.compile(
    r"(?<=[.!?'’\"”] )(?P<caption>(?:[^.!?]|\.(?=\S)){3,160}\.\s+"
    r"(?:Pictures?|Photos?|Photograph):\s*[A-Z][\w/&.\- ]{1,40})\s*$"
)


# "… kommen an. (DER STANDARD, Printausgabe, Donnerstag, 19. Juli 2007)": a newspaper's credit
# of its print edition (its name, then a weekday and a full date in brackets) glued to the
# end of the last item's text: where the list was printed, not part of the item
PRINT_CREDIT = re.compile(
    r"(?<=[.!?…\"”'’] )(?P<credit>\([A-ZÄÖÜÉ][^(),]{0,40},(?:\s*[^(),]{1,30},)*?\s*"
    r"(?P<weekday>(?i:" + "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True)) + r")),?\s+"
    r"[^()]{3,25}?(?<!\d)(?:1[5-9]|20)\d\d\))\s*$"
)


# "1.23am: Test begins", "12:28 a.m. Power plummets": a time of the day above, a new item
TIME_ITEM = re.compile(
    # ("[1:23:44] text": a time in brackets)
    r"^\[?(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*[ap]\.?m\.?"
    # or a 24-hour clock written with a dot, then a colon ("20.00: A gunboat sails …")
    r"|(?:[01]\d|2[0-3])\.[0-5]\d(?=:)"
    # or hours and minutes run together, with their zone ("0058 GMT: A quake …")
    r"|(?:[01]\d|2[0-3])[0-5]\d\s?(?-i:GMT|UTC)\b"
    # or with the word for "o'clock" ("22.00 uur", "17.45 Uhr", "9.30 h"), alone on its line
    # too, its text below
    r"|(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:uur|uhr|h)(?=\s*$)"
    # or the hour's "h" between hours and minutes, as French writes it ("10h30 • Horreur …")
    r"|(?:[01]?\d|2[0-3])h[0-5]\d(?![^\W\d_]))"
    r"\]?"
    r"(?=\s*[:–—-]?\s|\s*$)",
    re.IGNORECASE,
)


# "Zaterdag 31 januari17.45 uur", "Samstag, 31. Januar 17.45 Uhr": a day heading with the hour
# of the first item below glued on (a page's heading and sub-heading run together)
HOUR_AFTER_DAY = re.compile(
    r"(?<=\S)\s?(?P<hour>(?:[01]?\d|2[0-3])[.:][0-5]\d\s?(?:uur|uhr))\s*$", re.I
)


HOUR_GLUED_HINT = re.compile(r"[^\W\d_]\s?\d{1,2}[.:]\d\d\s?(?:uur|uhr)[ \t]*$", re.I | re.M)


def _hours_glued_to_days(lines: list[str]) -> tuple[list[str], bool]:
    """The lines with a day heading and an hour glued together ("Zaterdag 31 januari17.45
    uur") broken with ITEM_BREAK into the day and the hour ("17.45 uur", the first words of
    the item below: see TIME_ITEM), and whether any was. Only where the words before the
    hour are a date naming its day and nothing else (a weekday before it allowed)."""
    written = lines
    for index, line in enumerate(lines):
        found = HOUR_AFTER_DAY.search(line) if len(line) < 60 else None
        if found is None:
            continue
        head = line[: found.start()].strip()
        lead = WEEKDAY_LEAD.match(head) if head[:3].lower() in WEEKDAY_STARTS else None
        at = lead.end() if lead is not None else 0
        day = dates.find_date(head, at) if head[at : at + 1].isdigit() or lead else None
        if day is None or day.end() != len(head) or not dates.has_day(day):
            continue
        if written is lines:
            written = list(lines)
        written[index] = f"{head}{ITEM_BREAK}{found['hour']}"
    return written, written is not lines


# "{{^adFree}} {{/adFree}}": a page template's tags left in the text
TEMPLATE_MARKUP = re.compile(r"\{\{[^{}\n]{0,80}\}\}(?:\s*\{\{[^{}\n]{0,80}\}\})*")


# "{relacionados}" alone on its line: a page template's placeholder, never text
TEMPLATE_PLACEHOLDER = re.compile(r"\{[A-Za-z_][\w.-]{0,40}\}")


# "Present" after "2001 - ": the open end of a period, in the languages of the corpus
OPEN_END = re.compile(r"(?:present|today|now|heute|aujourd['’]hui|hoy|oggi|hoje)\.?", re.I)


OPEN_END_LENGTH = 16


# "now: text", "present – text": an open span's end word, then the item's separator and text
OPEN_END_ITEM = re.compile(
    rf"\s*(?P<word>{OPEN_END.pattern})\s*(?::|[{_DASH_CHARS}])\s+(?=\S)", re.IGNORECASE
)


# "1963    Measles …": the gap between a table's date cell and its text cell (the first)
COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|\t)(?=\S)")


# "Chapter 2", "Part IV", "Kapitel 3" alone on a line: a section of the page begins; the title
# and introduction under it belong to no entry (the entry above ends there)
SECTION_LABEL = re.compile(
    r"(?:chapter|part|section|chapitre|partie|kapitel|teil|abschnitt|cap[íi]tulo|parte|"
    r"capitolo|sezione|hoofdstuk|deel)\s+(?:\d{1,3}|[ivxlc]{1,7})[.:]?",
    re.IGNORECASE,
)


# "adapted from Epidemiology and Prevention of …", "Courtesy of …" as a paragraph of its own:
# the credit of the list's source, never the rest of the entry above
CREDIT_LINE = re.compile(
    r"\s*(?:(?:adapted|excerpted|reprinted|compiled|taken)\s+from|courtesy\s+of)\s+\S",
    re.IGNORECASE,
)


# "(SFC, 1/27/00, p.C2)(SFC, 2/4/00, p.D8)", "(WSJ, 5/31/00, p.A26)": a line of citations,
# each a source's name, its date and a page: where the entry above was read, not its text
CITATION_LINE = re.compile(
    r"(?:\([A-Z][\w&.'’-]{0,20}+(?: [A-Z][\w&.'’-]{0,20}+){0,3}+,\s*+(?=[^(),]*\d)[^(),]{1,25}+"
    r"(?:,\s*+pp?\.\s*+[A-Z]?\d++[A-Za-z]?(?:[-–]\d++)?)?\)\s*+)++"
)


# "[2016] FCAFC 72", "[2003] EWCA Civ 1234", "[1932] AC 562", "(1992) 175 CLR 1": a judgment's
# citation in a law report or its neutral form (the year in brackets, the court's or the
# report's letters, a number), alone on its line, one or several: where a case was reported,
# no event of that year
_LAW_REPORT = (
    r"[\[(](?:1[6-9]|20)\d\d[\])][ \t]+(?:\d{1,4}[ \t]+)?[A-Z][A-Za-z]*[A-Z][A-Za-z]*"
    r"(?:[ \t]+(?:[A-Z][a-z]{1,4}|[A-Z]{1,6}|\(\w{1,8}\)))?[ \t]+\d{1,5}"
)
LAW_REPORT_LINE = re.compile(rf"{_LAW_REPORT}(?:[ \t]*[;,][ \t]*{_LAW_REPORT})*[ \t]*[.;]?")
LAW_REPORT_REASON = "a judgment's citation (where it was reported), no event"


DIGIT = re.compile(r"\d")


# Words without which FOOTNOTE and PHOTO_CREDIT cannot match: a cheap test before them.
FOOTNOTE_HINTS = (
    "chronolog", "compiled", "prepared", "research", "source",
    "acknowledg", "danksagung", "remerciement", "agradecimiento", "ringraziament",
)  # fmt: skip


CREDIT_HINTS = (
    "/",
    "photo",
    "foto",  # ("Fotos: Vereinsarchiv", "Foto: EFE")
    "picture",
    "getty",
    "via ap",
    "©",
    "fig",
    "image",
    "korea times file",
    "credit",
)


PAGE_NUMBER = re.compile(rf"^\s*(?:[-–—]\s*)?{_PAGE}(?:\s*[-–—])?\s*$", re.IGNORECASE)


DATE_LOST = re.compile(r"^[:;]\s+\S")


# (and the full stops of Chinese and Japanese, "。", "！", "？"; and a page reference in
# brackets that closes a course's or a book's line, after its full stop or as its end:
# "… a Paris mob. (p. 680)", "… (cahiers de doléances)(p.678)", "… (pp. 682, 684)")
SENTENCE_END = re.compile(
    r"[.!?。！？][”\"’)\]」』）]*(?:[ \t]*\((?:pp?\.[ \t]?)?\d+f{0,2}(?:,?[ \t]?\d+f{0,2})*\))?$"
    r"|\(pp?\.[ \t]?\d+f{0,2}(?:[,–-][ \t]?\d+f{0,2})*\)$"
)


ABBREVIATION_END = re.compile(
    r"(?:^|[\s(])(?:[A-Z]|U\.S|U\.N|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Sen|Rep|Gov|St|No|Vol|Adm|Col|Maj|"
    r"Capt|Amb|Sgt|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Jr|Sr|vs|e\.g|i\.e|approx)\.$"
)


def normalise(line: str) -> str:
    """Zero-width characters out (the joiners kept inside a word or an emoji: _joiner_kept),
    no-break and thin spaces as plain spaces, a month's name in capitals whose first letter the
    page set apart one word ("E NERO": see dates)."""
    if not line.isascii():
        line = NO_BREAK_SPACES.sub(" ", INVISIBLE.sub("", line))
        if JOINERS.search(line):
            line = JOINERS.sub(lambda found: found[0] if _joiner_kept(found) else "", line)
    return dates.join_split_months(line)


# (the kinds of character a joiner or a selector stands between inside a word or an emoji:
# letters, marks (a virama, a selector), symbols (emoji; "🏻", a skin tone, is a modifier))
_JOINED_KINDS = ("L", "M", "So", "Sk")


def _joined(character: str) -> bool:
    return not character.isascii() and unicodedata.category(character).startswith(_JOINED_KINDS)


def _joiner_kept(found: re.Match[str]) -> bool:
    """A zero-width non-joiner or joiner between two letters, marks or symbols of a script that
    is not ASCII ("می‌خواهند", "👨‍👩‍👧") is spelling and stays; an emoji's selector stays after
    its emoji unless that is a bullet ("▪️ June 25, 1950:"). Elsewhere ("\u200dOct. 5,",
    "2019:\u200c Talks", "25\u200c June") they would only hide a date and go."""
    line, start = found.string, found.start()
    before = line[start - 1] if start else ""
    after = line[start + 1 : start + 2]
    if found[0] == "\ufe0f":
        return (
            bool(before)
            and not before.isspace()
            and not (before in BULLET_CHARS and (not after or after.isspace()))
        )
    return bool(before and after) and _joined(before) and _joined(after)


# (compiled once: these run on most lines; "re.sub(pattern, …)" looks its pattern up each time)
TITLE_GAPS = re.compile(r"[\s|]+")


TITLE_WORD = re.compile(_TITLE_WORD)


MONTH_YEAR_ANY_CASE = re.compile(_MONTH_YEAR, re.IGNORECASE)


MONTH_YEAR_WORDS = re.compile(_MONTH_YEAR)


PAGE_WORDS = re.compile(rf"(?:^|\s)(?:{_PAGE})(?=\s|$)", re.IGNORECASE)


TWO_CAPITALS = re.compile(r"[A-Z]{2}")


def _is_title_case(text: str) -> bool:
    words = [w for w in TITLE_GAPS.split(text) if w]
    return bool(words) and all(TITLE_WORD.fullmatch(w) for w in words)


def _is_table_row(line: str) -> bool:
    """ "Su | Mo | Tu", "1 | 2 | 3 | |||", "<< | July 1953 | >>": a calendar or table's
    row of short cells, no entry text."""
    cells = [cell.strip() for cell in line.split("|")]
    return len(cells) >= 3 and all(
        len(cell) <= 4 or MONTH_YEAR_ANY_CASE.fullmatch(cell) for cell in cells
    )


HEADER_CELL_WORDS = 2  # "Date", "Event", "Key events", "Datum", "Acontecimiento"


HEADER_CELL = re.compile(r"[^\W\d_][^\W\d_'’./&-]*")


def _is_table_header(line: str) -> bool:
    """ "| Date | Event |", "| Jahr | Ereignis |", "| Year | What happened |": a table row of
    two cells or more, each a word or two with a capital and no digit, nothing else (no
    sentence): the columns' names, no entry's text."""
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    if len(cells) < 2:
        return False
    for cell in cells:
        words = cell.split()
        if not words or len(words) > HEADER_CELL_WORDS or not cell[:1].isupper():
            return False
        if not all(HEADER_CELL.fullmatch(word) for word in words):
            return False
    return True


QUOTATION_OPENERS = "\"“‘'«„"  # the marks a quotation opens with


# the names a chronology's table gives its columns: a date's, and a text's or a source's
DATE_COLUMN_NAMES = frozenset({"year", "years", "date", "dates", "month", "day", "period"})


TEXT_COLUMN_NAMES = frozenset({
    "event", "events", "description", "details", "milestone", "milestones", "ref", "refs",
    "reference", "references", "source", "sources", "notes", "significance", "happened",
})  # fmt: skip


COLUMN_NAMES_LENGTH = 60  # six names of columns at most, each a short word


COLUMN_NAME_WORDS = DATE_COLUMN_NAMES | TEXT_COLUMN_NAMES | {"what", "and", "&", "time", "place"}


def _is_column_names(line: str) -> bool:
    """ "Year Date Event Ref.", "Date Event", "Year Month Event": a flattened table's header
    row written as a line of words (no pipes), two to six names of columns, at least one a
    date's (year, date, month, day) and one a text's (event, description, ref.), nothing else
    ("Date of the event" or "Events of the year" is a title's sentence, not column names)."""
    if len(line) > COLUMN_NAMES_LENGTH:
        return False  # (a long line is text; never split into words here)
    words = line.lower().replace(".", " ").replace(":", " ").split()
    if not 2 <= len(words) <= 6 or not all(word in COLUMN_NAME_WORDS for word in words):
        return False
    return any(w in DATE_COLUMN_NAMES for w in words) and any(w in TEXT_COLUMN_NAMES for w in words)


# a line of column names written again over each table of a page: at least this many times
HEADER_ROW_REPEATS = 2


def _repeated_header_rows(lines: Sequence[str]) -> frozenset[str]:
    """The flattened header rows of a page's tables in any language ("Rok Data Zdarzenie",
    "Jahr Ereignis", over each century's table): a line of two to six words in capitals or
    lower case, no digit and no sentence's end, written the same at least HEADER_ROW_REPEATS
    times, each time directly above a row that opens with a number (its first date). Never
    an entry's text, as _is_column_names's English ones."""
    seen: dict[str, int] = {}
    for index, line in enumerate(lines[:-1]):
        text = line.strip()
        if not text[:1].isupper() or len(text) > COLUMN_NAMES_LENGTH:
            continue
        words = text.split()
        if not 2 <= len(words) <= 6 or not all(word.isalpha() for word in words):
            continue
        if lines[index + 1].strip()[:1].isdigit():
            seen[text] = seen.get(text, 0) + 1
    return frozenset(text for text, count in seen.items() if count >= HEADER_ROW_REPEATS)


def _lower_case_variant(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind (IGNORECASE) ``pattern`` without IGNORECASE, for an ASCII text in lower
    case: the same matches, found several times faster. None when that is not sure: the
    pattern writes a letter in capitals, or one that an ASCII letter matches by case folding
    only (ſ, K, ı, İ), or a character by its code, or switches a flag inside. Compiled when
    first used; remembered by the pattern's text and flags (a compiled pattern's own hash
    reads all its code, each time)."""
    return _lower_case_of(pattern.pattern, pattern.flags)


@functools.cache
def _lower_case_of(source: str, flags: int) -> re.Pattern[str] | None:
    if not flags & re.IGNORECASE or re.search(r"\\[0-9xuUN]|\(\?[aiLmsux-]", source):
        return None
    letters = re.sub(r"\\.", "", source)  # (escapes: \W, \S … are no letters)
    if any(c.isupper() or c in "ſKıİ" for c in letters):
        return None
    return re.compile(source, flags & ~re.IGNORECASE)


def _search_any_case(pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """``pattern.search(text)`` found, for a case-blind pattern (``lowered``: the text in
    lower case): an ASCII text is read in lower case, without IGNORECASE, when it can be."""
    variant = _lower_case_of(pattern.pattern, pattern.flags) if text.isascii() else None
    return (variant.search(lowered) if variant else pattern.search(text)) is not None


def _is_posted_stamp(line: str) -> bool:
    """Whether a line is a post's stamp: a whole date, then "posted by" and a name."""
    stamp = POSTED_BY_STAMP.fullmatch(line)
    if stamp is None:
        return False
    when = stamp["when"].strip()
    date = dates.date_in_text().match(when)
    return date is not None and date.end() == len(when)


def _match_any_case(pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """``pattern.match(text)`` found, as ``_search_any_case``."""
    variant = _lower_case_of(pattern.pattern, pattern.flags) if text.isascii() else None
    return (variant.match(lowered) if variant else pattern.match(text)) is not None


# "1989 - 1990 - 1991", "2019 | 2020 | 2021": three years or more and nothing else, a page's
# links to its other years (two, "1989 - 1990", are a span)
# (a wiki's year page: "1930er | 1940er | 1950er", decades; "1951 << | 1956 | … | >> 1971", the
# arrows to the years before and after)
_MENU_YEAR = r"(?:(?:<<|>>|«|»)\s*)?(?:1[0-9]|20)\d\d(?:er|s|['’]s)?(?:\s*(?:<<|>>|«|»))?"
YEAR_MENU = re.compile(rf"(?:{_MENU_YEAR}\s*[-–|·•/]\s*){{2,}}{_MENU_YEAR}")


PUNCTUATION_ALONE = ".,;:·…"  # a line of these alone says nothing


# "By: Jane Doe", "Por: Godofredo Oscós Flores", "Von: Max Muster", "Par : Jean Dupont": a
# page's author under (or over) its text, a label, its colon and a name of two to five words
BYLINE = re.compile(
    r"(?:by|por|von|par|di|door|autor|author|auteur|autore)[ \t]*:[ \t]*"
    r"(?-i:[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t]+(?:de|da|del|van|von|y|e|[A-ZÀ-ÖØ-Þ][^\W\d_]+\.?)){1,4})",
    re.IGNORECASE,
)
# "(22nov2021)", "(3 March 2020)": a whole day's date in brackets alone on its line, a page's
# stamp under its text (when it was written or updated), no entry's date: an entry's date
# is not written in brackets alone
BRACKETED_DAY = re.compile(r"\([ \t]*(?P<inner>[^()]{6,30}?)[ \t]*\)")
BRACKETED_DAY_REASON = "a page's date in brackets alone (when it was written), no entry's"


def layout_kind(line: str) -> str | None:
    """What kind of page furniture a whole line is, or None when it may be text."""
    stripped = line.strip()
    if stripped and not stripped.strip(PUNCTUATION_ALONE):
        return "punctuation alone"  # (". " between a date and its text: an editor's stray key)
    digits = DIGIT.search(stripped) is not None
    if digits and PAGE_NUMBER.match(stripped):
        return "page number"
    lowered = stripped.lower()
    if any(map(lowered.__contains__, FOOTNOTE_HINTS)) and FOOTNOTE.search(stripped):
        return "footnote"
    if any(map(lowered.__contains__, CREDIT_HINTS)) and PHOTO_CREDIT.search(stripped):
        return "figure caption or photo credit"
    if digits and INLINE_FOOTER.fullmatch(stripped):
        return "page header or footer"
    short = len(stripped) < 90 and not SENTENCE_END.search(stripped)
    if short and not digits and "|" not in stripped:
        if _search_any_case(JOURNALS, stripped, lowered):
            return "page header or footer"
    elif short:
        without_month = MONTH_YEAR_WORDS.sub(" ", stripped)
        rest = PAGE_WORDS.sub(" ", without_month)
        paged = rest != without_month
        rest = " ".join(rest.replace("|", " ").split())
        plain = not rest or rest.isupper()
        if _search_any_case(JOURNALS, stripped, lowered):
            return "page header or footer"
        if without_month != stripped and (plain or _is_title_case(rest)):
            return "page header or footer"  # "U.S.-Japan Relations 18 April 2009"
        if paged and (plain or RUNNING_TITLE.search(rest)):
            return "page header or footer"  # "47 US-KOREA RELATIONS"
        if "|" in stripped and plain and TWO_CAPITALS.search(stripped):
            return "page header or footer"  # "US-KOREA RELATIONS | JANUARY 2020"
    if len(stripped) < 100 and _match_any_case(WEB_FURNITURE, stripped, lowered):
        return "advertisement or web page furniture"
    if len(stripped) < 60 and ":" in stripped and BYLINE.fullmatch(stripped):
        return "byline (the page's author)"
    if digits and len(stripped) < 90 and "by" in lowered and _is_posted_stamp(stripped):
        return POSTED_BY_REASON
    if _looks_like_image_name(stripped):
        return IMAGE_NAME_REASON
    if digits and stripped[:1] == "(" and (bracketed := BRACKETED_DAY.fullmatch(stripped)):
        found = dates.find_date(bracketed["inner"])
        if (
            found is not None
            and found.end() == len(bracketed["inner"])
            and dates.has_day(found)
            and dates.has_year(found)
        ):
            return BRACKETED_DAY_REASON
    if len(stripped) < 40 and not digits and PLACEHOLDER.fullmatch(stripped):
        return "a page's placeholder (no event)"
    if stripped[:1] == "[" and (link := MARKDOWN_LINK_LINE.fullmatch(stripped)) is not None:
        shown = link["shown"].strip()  # ("[Back to Home]({{ site.baseurl }}/)": a page's button)
        if WEB_FURNITURE.match(shown) is not None:
            return "advertisement or web page furniture"
    if len(stripped) < 40 and not digits and COMMENT_LINK.fullmatch(stripped):
        return "advertisement or web page furniture"
    if digits and len(stripped) < 80 and _comment_count(stripped):
        return "advertisement or web page furniture"
    if "|" in stripped and (not stripped.strip("| ") or _is_table_row(stripped)):
        return "table or calendar"
    if not digits and stripped[:1] == "|" and _is_table_header(stripped):
        return "a table's header row"
    if not digits and _is_month_menu(stripped):
        return "a page's menu of months"
    if (
        stripped.isupper()
        and len(stripped.split()) <= 8
        and not SENTENCE_END.search(stripped)
        and TWO_CAPITALS.search(stripped)
    ):
        return "heading"
    return None


def _looks_like_image_name(stripped: str) -> bool:
    """Whether a stripped line has an image's file name's form ("PHOTO 1.jpg"), IMAGE_NAME."""
    return len(stripped) < 100 and "." in stripped and IMAGE_NAME.fullmatch(stripped) is not None


def is_image_name(line: str) -> bool:
    """Whether ``layout_kind(line)`` is IMAGE_NAME_REASON, read whole only for a line of the
    file name's form (most lines hold a full stop, few a file name: the splitter asks of each
    line and of the line above it)."""
    return _looks_like_image_name(line.strip()) and layout_kind(line) == IMAGE_NAME_REASON


_MENU_FIRST_WORD = re.compile(r"[\s|/·•,]*([^\s|/·•,]+)")


def _is_month_menu(stripped: str) -> bool:
    """Whether a line is only month names, six or more and each once ("January February
    March … December", "Jan | Feb | Mar …"): a page's navigation, never an entry's text."""
    first = _MENU_FIRST_WORD.match(stripped)  # (a menu's first word is a month; most lines'
    if first is None or first.group(1).lower().rstrip(".") not in dates.MONTHS:  # is not)
        return False
    words = [word.lower().rstrip(".") for word in re.split(r"[\s|/·•,]+", stripped) if word]
    if len(words) < 6 or len(set(words)) != len(words):
        return False
    return all(word.isalpha() and word in dates.MONTHS for word in words)


# "15. Jahrhundert", "1. -14. Jahrhundert", "19th century", "XVe siècle" is no item here
CENTURY_MENU_ITEM = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th|e|\.)?\s*[-–]\s*)?\d{1,2}(?:st|nd|rd|th|e|\.)?\s*"
    r"(?:jahrhundert|century|si[èe]cle|secolo|siglo|eeuw)",
    re.IGNORECASE,
)


CENTURY_MENU_GAP = re.compile(r"\s{2,}|\s*[|·•]\s*")


def _is_century_menu(stripped: str) -> bool:
    """Whether a line is only centuries, two or more set apart by a column's gap or a bar
    ("1. -14. Jahrhundert   15. Jahrhundert   16. Jahrhundert", "19th century | 20th
    century"): a page's links to its sections, never an entry (nor "19th century - 20th
    century", a span)."""
    items = CENTURY_MENU_ITEM.findall(stripped)
    if len(items) < 2:
        return False
    gaps = CENTURY_MENU_ITEM.split(stripped)[1:-1]
    return not CENTURY_MENU_ITEM.sub("", stripped).strip() and all(
        CENTURY_MENU_GAP.fullmatch(gap) for gap in gaps
    )


# "1101 - 1200", "1826–1850": a span of years alone on its line ("2001": or one year, in a
# menu of years counting up one by one, "2000" / "2001" / "2002" / …)
PERIOD_LINE = re.compile(r"(?P<first>\d{3,4})(?:\s*[-–]\s*(?P<last>\d{3,4}))?")
PERIOD_MENU_LENGTH = 4  # (three spans in a row are a list's entries as well as a menu)


def _period_menus(lines: Sequence[str]) -> dict[int, str]:
    """The lines of a page's menu of its periods (by index, as written): at least
    PERIOD_MENU_LENGTH spans of years alone on consecutive lines, each starting where the one
    above ended or the year after ("1000 - 1100" / "1101 - 1200" / "1201 - 1300" / …), or as
    many single years alone on consecutive lines, each the year after the one above ("2000" /
    "2001" / "2002" / …, no text between nor directly below): links to the page's other
    parts, never headings nor entries (the last of them would date the page's title below
    it). Spans or years with text between them, or that leave gaps, are kept."""
    menus: dict[int, str] = {}
    run: list[int] = []
    last_end, single = -1, False
    for index, line in enumerate([*lines, ""]):
        stripped = line.strip()
        found = PERIOD_LINE.fullmatch(stripped) if stripped[:1].isdigit() else None
        first = int(found["first"]) if found is not None else -1
        alone = found is not None and found["last"] is None and len(found["first"]) == 4
        last = int(found["last"]) if found is not None and found["last"] else first
        steps = (
            first == last_end + 1 if alone and single else
            first in (last_end, last_end + 1) and not single
        )  # fmt: skip
        if found is not None and (first < last or alone) and (not run or steps):
            run.append(index)
            last_end, single = last, alone
            continue
        # (single years end their menu with a blank line: "1833" / "1834" / "• March: …" is a
        # wiki's list of years, some empty, the last with its items directly below)
        if len(run) >= PERIOD_MENU_LENGTH and (not single or not stripped):
            menus.update((number, lines[number].strip()) for number in run)
        run = [index] if found is not None and (first < last or alone) else []
        last_end, single = last, alone
    return menus


# an infobox's date field, its label alone on a line ("Date" / "February 22–25, 1986" /
# "Location" / "Quezon City"): the page's summary of its subject, never an entry
INFOBOX_DATE_LABEL = re.compile(r"[ \t]*(?:Dates?|When|Period|Duration)[ \t]*", re.IGNORECASE)
# (a cheap first look: such a label alone on a line)
INFOBOX_DATE_HINT = re.compile(r"^[ \t]*(?:Dates?|When|Period|Duration)[ \t]*$", re.M | re.I)
# the next field's label: one to three capitalised words, no digit, no closing stop
INFOBOX_NEXT_LABEL = re.compile(r"[ \t]*[A-Z][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]*")
# the labels of an event's own field (cards of "Date" / "1 May 2020" / "Event" / "text"): the
# date then is the card's, an entry
EVENT_FIELD = re.compile(r"[ \t]*(?:events?|description|what|details?|summary|title)[ \t]*", re.I)


def _next_written(lines: Sequence[str], index: int) -> int | None:
    """The index of the first line after ``index`` with a character on it, or None."""
    return next((at for at in range(index + 1, len(lines)) if lines[at].strip()), None)


def _infobox_dates(lines: Sequence[str]) -> dict[int, str]:
    """The lines of an infobox's one date field (by index, as written): a label alone on its
    line ("Date", "Dates", "When", "Period"), the whole date alone on the next written line,
    and the next field's label after it ("Location", "Also known as"), once in the page: the
    page's summary of its subject (an encyclopedia's box), never an entry dated so whose text
    would be the fields and the introduction below it. Labelled cards ("Date" / "1 May" /
    "Event" / "text"), or a label written twice or more, are entries: kept."""
    found: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if INFOBOX_DATE_LABEL.fullmatch(line) is None:
            continue
        value = _next_written(lines, index)
        if value is None:
            return {}
        written = lines[value].strip().rstrip(".")
        date = dates.find_date(written)
        if date is None or date.start() != 0 or date.end() != len(written):
            continue
        if not dates.has_year(date):
            continue
        after = _next_written(lines, value)
        if after is None or INFOBOX_NEXT_LABEL.fullmatch(lines[after]) is None:
            continue
        if EVENT_FIELD.fullmatch(lines[after]) is not None:
            continue
        found.append((index, value))
    if len(found) != 1 or sum(1 for line in lines if INFOBOX_DATE_LABEL.fullmatch(line)) != 1:
        return {}
    label, value = found[0]
    return {label: lines[label].strip(), value: lines[value].strip()}


# "BANDA ACEH, Indonesia (AFP) Dec 16, 2005": a news agency's dateline, the story's own day
AGENCY_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Z .'’-]+,[^()]{{0,40}}\([A-Z][A-Za-z-]{{1,12}}\)\s*[-–—]?\s*"
    rf"(?P<month>(?i:{_MONTH}))\s*(?P<day>\d{{1,2}}),?\s+(?P<year>{_YEAR})\s*$"
)


# "December 22, 19", "22 December 19": a day and month whose year is cut short (the last line
# of an excerpt cut inside its date); with four digits, the shape of the text's dates alone
_CUT_DATE_HEAD = (
    rf"[ \t]*(?:(?:{_MONTH}|{dates.TEXT_FOREIGN_MONTH})\.?[ \t]+\d{{1,2}},?"
    rf"|\d{{1,2}}\.?[ \t]+(?:{_MONTH}|{dates.TEXT_FOREIGN_MONTH})\.?,?)[ \t]+"
)
CUT_DATE = re.compile(rf"{_CUT_DATE_HEAD}\d{{1,3}}[ \t]*", re.IGNORECASE)
WHOLE_DATE_ALONE = re.compile(rf"{_CUT_DATE_HEAD}\d{{4}}[ \t]*", re.IGNORECASE)


CUT_DATE_REASON = "a date cut short at the end of the text (its year incomplete)"


def _date_cut_at_the_end(lines: Sequence[str]) -> dict[int, str]:
    """The text's last line, by index, where it is a day and month whose year is cut short
    ("December 22, 19") in a text that writes at least MIN_LINES dates of that shape alone on
    their lines with their four-digit years ("May 2, 1952"): the excerpt cut inside its
    date, no entry's text. Else empty (a two-digit year elsewhere is the dates' grammar)."""
    last = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip()), None)
    if last is None or len(lines[last]) > 40 or CUT_DATE.fullmatch(lines[last]) is None:
        return {}
    whole = sum(
        1 for line in lines if len(line) <= 40 and WHOLE_DATE_ALONE.fullmatch(line) is not None
    )
    return {last: lines[last].strip()} if whole >= MIN_DATES_ALONE else {}


MIN_DATES_ALONE = 3  # (DocumentPattern.MIN_LINES: a shape seen this often is the text's own)
