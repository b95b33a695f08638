"""A site's name glued to the headline by the dump ("… la InfantaUltima Hora Mallorca"): cut off the title."""

from __future__ import annotations

import re

# a lower-case letter run straight into a capital, no blank between, then capitalised words to the line's end
_GLUED_TAIL = re.compile(r"(?<=[a-zß-öø-ÿ]{3})(?P<tail>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})\s*$")


def without_glued_site_name(title: str, lines: tuple[str, ...]) -> str:
    """The title without a name glued to its last word, when that name's first two words stand on their own
    elsewhere in the dump ("Suscríbete a Ultima Hora"): two page elements run together, a headline and the site's
    name. A brand spelt in camel case ("Sony shows its new PlayStation Portal") has no such words elsewhere."""
    glued = _GLUED_TAIL.search(title)
    if glued is None:
        return title
    first_words = glued["tail"].split()[:2]
    standing = re.compile(rf"(?<![\w-]){re.escape(first_words[0])}\s+{re.escape(first_words[1])}(?![\w-])")
    if any(line != title and standing.search(line) for line in lines):
        return title[: glued.start()].rstrip()
    return title


__all__ = ["without_glued_site_name"]
