"""Page furniture in scraped text: what each line of a page is when it is not the article's prose."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

_CLOSE = re.compile(r"(?i)^(?:[x×✕✖✗╳]|\[x\]|\(x\)|close|close\s*[x×✕✖]|menu|search|skip to (?:main )?content)$")

_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|[A-Z]\.|(?:de|del|da|di|van|von|der|den|al|el|bin|ibn|le|la|du|dos|ter)\b)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}$")

_CREDIT_LABEL = re.compile(
    r"(?i)^(?:photo(?:graph)?s?|pictures?|image|images|illustration|video|photo\s+credit|credit|source image)"
    r"(?:\s+by\b|\s*[:：|]|\s+[-–—])\s*(?P<rest>.+)$"
)
_AGENCIES = (
    r"Getty Images|Reuters|AFP|AP|Associated Press|EPA|EPA-EFE|Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|Shutterstock|"
    r"Bloomberg|Alamy|PA|PA Wire|DPA|ANSA|Kyodo|Yonhap|SOPA Images|NurPhoto|ZUMA|Pool|Handout|Ukrinform|UNIAN"
)
_AGENCY_CREDIT = re.compile(rf"(?:^|[\s/(|])(?:{_AGENCIES})(?:\s+via\s+[\w ]+)?\)?$")
_SLASH_CREDIT = re.compile(r"^[A-Z][^\s/]*(?:\s+[A-Za-z][^\s/]*){0,4}\s*/\s*[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}$")

_BYLINE_ALONE = re.compile(r"(?i)^(?:written|words|story|text|reported|posted)\s+by\s*:?$|^(?:authors?|by)\s*:?$")
_BYLINE = re.compile(
    r"(?i)^(?:by|written by|words by|story by|text by|reported by|posted by|authors?|reporter|correspondent)"
    r"\s*[:：]?\s+(?P<name>.+)$"
)
_CITED = re.compile(
    r"(?i)^\(?(?:with (?:input|inputs|reporting|contributions?|information) from|based on (?:reports? )?(?:by|from)|"
    r"compiled from|sources?\s*:)\s+(?P<list>.+?)\.?\)?$"
)
_CONTRIBUTORS = re.compile(
    r"(?i)^\(?(?:additional reporting|reporting|writing|editing|compiled|edited|additional writing)\s+by\s+"
)
_JUNK = {
    "advertisement", "advertising", "ad", "sponsored", "sponsored content", "share", "share this",
    "share this article", "share this story", "share this page", "share on facebook", "share on twitter",
    "share on x", "tweet", "email", "e-mail", "print", "copy link", "link copied", "save", "save article",
    "listen", "listen to this article", "listen to article", "subscribe", "sign up", "newsletter",
    "follow us", "follow", "comment", "comments", "show comments", "view comments", "bookmark",
    "skip advertisement", "continue reading", "story continues below advertisement", "scroll to continue",
    "facebook", "twitter", "whatsapp", "linkedin", "telegram", "reddit", "copy", "gift this article",
}
_STOP = {
    "related", "related articles", "related stories", "related content", "related news", "related coverage",
    "read more", "read next", "more from", "more on this story", "more stories", "recommended",
    "recommended stories", "most read", "most popular", "trending", "you may also like", "also read",
    "leave a comment", "join the conversation", "tags", "topics", "more news", "latest news", "see also",
}
_READ_TIME = re.compile(r"(?i)^\d+\s*(?:-\s*)?min(?:ute)?s?\s*read$|^\d+\s*(?:k\s*)?(?:views|shares|comments)$")
_COPYRIGHT = re.compile(r"(?i)^(?:©|\(c\)\s|copyright\b)|all rights reserved\.?$")
_TAGS = re.compile(r"(?i)^(?:tags|topics|filed under|keywords)\s*:")


# Share buttons, labels and "Related" headings are short; longer lines need not be compared with them.
_SHORT_LINE = 60


def _plain(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'’&-]", " ", line)).strip().lower()


def fold(line: str) -> str:
    """A line folded for comparison: case, quotes and spacing ignored (for the headline repeated)."""
    return _plain(line.replace("’", "'"))


def is_close(line: str) -> bool:
    return bool(_CLOSE.match(line.strip()))


def is_junk(line: str) -> bool:
    """Share buttons, advertisement labels, reading times, copyright lines: dropped wherever they are."""
    line = line.strip()
    if _COPYRIGHT.search(line):
        return True
    return len(line) <= _SHORT_LINE and (_plain(line) in _JUNK or bool(_READ_TIME.match(line)))


def is_stop(line: str) -> bool:
    """"Related", "Read more", "Tags: ...": what follows is no longer the article."""
    line = line.strip()
    return bool(_TAGS.match(line)) or len(line) <= _SHORT_LINE and _plain(line) in _STOP


def is_name(text: str) -> bool:
    return bool(_NAME.match(text.strip())) and not text.strip().isupper() or _upper_name(text)


def _upper_name(text: str) -> bool:
    words = text.split()
    return 1 < len(words) <= 4 and all(w.isalpha() and w.isupper() for w in words)


def names(text: str) -> list[str]:
    """Split "Ann Lee, Bo Chen and Cy Dunn" into names; [] if any part is not a name."""
    text = re.split(r"\s+[|–—]\s+|\s+-\s+", text.strip())[0].strip().rstrip(".")
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|;\s*", text) if p.strip()]
    if not parts or len(parts) > 6:
        return []
    if len(parts) > 1 and not is_name(parts[-1]) and len(parts[-1].split()) <= 4:
        parts = parts[:-1]            # "By Ann Lee, Reuters"-style agency or place after the name
    return parts if all(is_name(p) for p in parts) else []


def byline(line: str) -> str | None:
    """The author named by "By Joe Yans" / "Author: Joe Yans", or None."""
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    found = names(match["name"])
    return ", ".join(found) if found else None


def byline_label(line: str) -> bool:
    """"Written By" alone on a line: the author's name is on the next line."""
    return bool(_BYLINE_ALONE.match(line.strip()))


def credit(line: str) -> str | None:
    """A photo or wire credit ("Phil Stewart / Reuters", "Photo: Getty Images"), or None."""
    text = line.strip().strip("()")
    if not text or len(text) > 100 or text.endswith((".", "?", "!", ":")) and not text.endswith("Inc."):
        return None
    labelled = _CREDIT_LABEL.match(text)
    if labelled and len(labelled["rest"].split()) <= 12:
        return labelled["rest"].strip()
    if len(text.split()) <= 8:
        first = text.split("/")[0].strip()
        if _SLASH_CREDIT.match(text) and is_name(first):
            return text
        if _AGENCY_CREDIT.search(text) and (is_name(first) or re.fullmatch(rf"(?:{_AGENCIES})", text)):
            return text
    return None


def cited_sources(line: str) -> list[str] | None:
    """The outlets in "With input from ABC News, the Washington Post, and the Wall Street Journal.", or None."""
    match = _CITED.match(line.strip())
    if not match:
        return None
    parts = re.split(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|;\s*", match["list"].strip().rstrip("."))
    out = []
    for part in parts:
        part = part.strip().strip(".")
        if not part:
            continue
        if part.lower().startswith("the "):
            part = "The " + part[4:]
        if len(part.split()) > 6 or not part[0].isupper():
            return None                # prose that happens to start "With input from ...", not a list of outlets
        out.append(part)
    return out or None


def contributors(line: str) -> list[str] | None:
    """The reporters in "Additional reporting by Ann Lee in Kyiv; Editing by Bo Chen" (["Ann Lee"]), or None.

    [] for a line of editors only: still furniture, naming no contributor.
    """
    text = line.strip().strip("()").rstrip(".")
    if not _CONTRIBUTORS.match(text):
        return None
    found: list[str] = []
    for clause in re.split(r";\s*", text):
        # Reporters and writers contribute the story; editors ("Editing by ...") are not listed.
        match = re.match(r"(?i)^(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s+(.+)$", clause)
        if not match:
            continue
        people = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", match[1])
        found += [re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", p) for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", people)]
    found = [name.strip() for name in found if name.strip()]
    return found if all(is_name(name) for name in found) else None


@lru_cache(maxsize=1)
def section_words() -> dict[str, str]:
    """Known section names, folded -> as printed, from data/sections.txt."""
    try:
        text = resources.files("eventwire.read").joinpath("data/sections.txt").read_text(encoding="utf-8")
    except FileNotFoundError as err:
        from eventwire.errors import ModelError

        raise ModelError("eventwire/read/data/sections.txt is missing from the installed package; "
                         "reinstall eventwire (pip install -e .)") from err
    entries = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {entry.lower(): entry for entry in entries}


_FUNCTION_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "as", "at", "by", "from",
    "is", "are", "was", "were", "be", "has", "have", "had", "will", "says", "said", "after", "over", "amid",
}


def categories(line: str, *, headline_follows: bool) -> list[str] | None:
    """The categories on a line such as "Asia Eastern Europe Politics USA" or "World | Europe", or None.

    A line of known section words is always categories; a line of capitalised words without function words
    counts only when a headline follows it (otherwise it may be the headline itself).
    """
    text = line.strip()
    if not text or len(text) > 80 or text[-1] in ".?!:;,":
        return None
    known = section_words()
    separated = [p.strip() for p in re.split(r"\s*[|>›»•·/]\s*|\s+[-–—]\s+|,\s*", text) if p.strip()]
    if len(separated) > 1:
        if all(p.lower() in known for p in separated):
            return [known[p.lower()] for p in separated]
        if headline_follows and all(len(p.split()) <= 3 and all(w[0].isupper() for w in p.split())
                                    and not any(w.lower() in _FUNCTION_WORDS for w in p.split())
                                    for p in separated):
            return separated
        return None
    words = text.split()
    found, i = [], 0
    while i < len(words):
        for size in (3, 2, 1):
            chunk = " ".join(words[i : i + size])
            if len(words) - i >= size and chunk.lower() in known:
                found.append(chunk)
                i += size
                break
        else:
            found = []
            break
    if found:
        return found
    if headline_follows and len(words) <= 6 and all(w[0].isupper() for w in words) \
            and not any(w.lower() in _FUNCTION_WORDS for w in words):
        return [text]                  # an unknown section name: kept whole, as printed
    return None
