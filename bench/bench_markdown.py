"""cleaner on Markdown dumps: the benchmark pages turned into Markdown as scrapers do, beside the pages' HTML.

Each page with gold is converted to Markdown two ways, as a whole page, the way scrapers that emit Markdown do:
html2text (links and images inline, wrapped at 78 columns) and markdownify (ATX headings). cleaner cleans each
Markdown file (named NAME.md); in the same run cleaner and trafilatura clean the page's HTML.

- bench/data/scrapinghub (181 pages, Zyte's gold): 4-gram shingle P/R/F1, as `cleaner eval` scores it.
- bench/data/unseen (82 pages): losses of 'with' snippets and leaks of 'without' snippets (bench/bench_unseen.py);
  a snippet counts on a Markdown path only when the Markdown's own text holds it (a converter may drop text).

Needs the `bench` extra (html2text, markdownify):

    .venv/bin/python bench/bench_markdown.py              # both corpora
    .venv/bin/python bench/bench_markdown.py --corpus unseen --details
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lxml import html as lxml_html

from bench.bench_unseen import Score, print_failures, score, trafilatura_text
from bench.make_unseen_dumps import load_snippets, read_page, render
from cleaner import clean
from cleaner.evaluation import _read_page, benchmark_items
from cleaner.html import article_container, parse_html, prose_mass, prune, with_heading
from cleaner.scoring import PageShingles, corpus_shingle_score, page_shingles
from cleaner.sniff import sniff_kind

ZYTE = Path(__file__).resolve().parent / "data" / "scrapinghub"
Converter = Callable[[str], str]


def html2text_markdown(page: str) -> str:
    """html2text with its defaults: inline links and images, lines wrapped at 78 columns."""
    import html2text

    return str(html2text.html2text(page))


def markdownify_markdown(page: str) -> str:
    """markdownify with ATX headings ("# Title") on the page's body without its scripts and styles, as scrapers
    call it (markdownify writes a script's code as text)."""
    from markdownify import markdownify

    tree = lxml_html.document_fromstring(page)
    for element in tree.xpath("//script|//style|//noscript|//template"):
        element.drop_tree()
    body = tree.find("body")
    markup = lxml_html.tostring(body if body is not None else tree, encoding="unicode")
    return str(markdownify(markup, heading_style="ATX"))


def article_region(page: str) -> str:
    """The part of the page a main-content converter (Jina Reader, Firecrawl's onlyMainContent, crawl4ai) hands
    on: the page without navigation, scripts and comments (cleaner.html.prune), narrowed to the element holding
    most of the prose with the headline, one level up (so the share bars, captions and related links beside the
    article come along)."""
    tree = parse_html(page)
    if tree is None:
        return page
    prune(tree)  # scripts, media, navigation, comment threads: what such converters leave out too
    mass = prose_mass(tree)
    prose = article_container(tree, mass)
    if prose is None:
        return page
    region = with_heading(tree, prose)
    parent = region.getparent()
    if parent is not None and parent.tag not in ("html", "body"):
        region = parent
    for element in region.xpath(".//script|.//style|.//noscript|.//template"):
        element.drop_tree()
    return str(lxml_html.tostring(region, encoding="unicode"))


CONVERTERS: dict[str, Converter] = {
    "html2text": html2text_markdown,
    "markdownify": markdownify_markdown,
    "article html2text": lambda page: html2text_markdown(article_region(page)),
}


def markdown_text(markdown: str) -> str:
    """The text a reader sees in a Markdown file (rendered by markdown-it-py, markup gone): where snippets are
    looked for on a Markdown path."""
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    return render(lxml_html.fragment_fromstring(rendered, create_parent="div")) if rendered.strip() else ""


def zyte_rows(*, limit: int | None) -> tuple[dict[str, list[PageShingles]], dict[str, int], list[dict[str, Any]]]:
    """Shingle counts per method over the Zyte pages, how many Markdown files sniff as Markdown unnamed, and
    each page's F1 per method."""
    counts: dict[str, list[PageShingles]] = {}
    sniffed = dict.fromkeys(CONVERTERS, 0)
    pages: list[dict[str, Any]] = []
    for item, path, truth in benchmark_items(ZYTE, limit=limit):
        page = _read_page(path).decode("utf-8", errors="replace")
        outputs = {"cleaner html": clean(page, name=f"{item}.html").text, "trafilatura html": trafilatura_text(page)}
        for name, convert in CONVERTERS.items():
            markdown = convert(page)
            sniffed[name] += sniff_kind(markdown) == "markdown"
            outputs[f"cleaner {name}"] = clean(markdown, name=f"{item}.md").text
        row: dict[str, Any] = {"id": item}
        for method, output in outputs.items():
            found = page_shingles(output, truth)
            counts.setdefault(method, []).append(found)
            row[method] = _page_f1(found)
        pages.append(row)
    return counts, sniffed, pages


def _page_f1(found: PageShingles) -> float:
    total = 2 * found.tp + found.fp + found.fn
    return 2 * found.tp / total if total else 1.0


def unseen_scores(*, only: str | None) -> dict[tuple[str, str, str], Score]:
    """(path, method, file) → Score: cleaner and trafilatura on the HTML, cleaner on each conversion."""
    scores: dict[tuple[str, str, str], Score] = {}
    for entry in load_snippets():
        name = str(entry["file"])
        if only and only not in name:
            continue
        page = read_page(name)
        body = lxml_html.document_fromstring(page).find("body")
        page_text = render(body) if body is not None else ""
        scores[("html", "cleaner", name)] = score(clean(page, name=name).text, page_text, entry)
        scores[("html", "trafilatura", name)] = score(trafilatura_text(page), page_text, entry)
        for converter, convert in CONVERTERS.items():
            markdown = convert(page)
            output = clean(markdown, name=name.removesuffix(".html") + ".md").text
            scores[(converter, "cleaner", name)] = score(output, markdown_text(markdown), entry)
    return scores


def print_zyte(counts: dict[str, list[PageShingles]], sniffed: dict[str, int], pages: list[dict[str, Any]]) -> None:
    """The Zyte table, and the pages where Markdown does worst against the same page's HTML."""
    total = len(pages)
    print(f"Zyte benchmark, {total} pages, 4-gram shingles")
    print("| method | input | P | R | F1 | sniffed as Markdown without .md |")
    print("|---|---|---|---|---|---|")
    for method, found in counts.items():
        figures = corpus_shingle_score(found)
        tool, source = method.split(" ", 1)  # "cleaner article html2text": cleaner on that conversion
        note = f"{sniffed[source]} / {total}" if source in sniffed else ""
        print(f"| {tool} | {source} | {figures.precision:.3f} | {figures.recall:.3f} | {figures.f1:.3f} | {note} |")


def print_worst(pages: list[dict[str, Any]], *, count: int = 12) -> None:
    """The pages whose Markdown F1 falls furthest below cleaner's on the HTML."""
    print("\npages where cleaner on Markdown does worst against cleaner on the HTML (page F1):")
    methods = [m for m in pages[0] if m != "id"] if pages else []
    worst = sorted(pages, key=lambda p: min(p[m] for m in methods if m.startswith("cleaner ")) - p["cleaner html"])
    for page in worst[:count]:
        cells = "  ".join(f"{method.replace(' ', '_')}={page[method]:.3f}" for method in methods)
        print(f"  {page['id'][:16]}  {cells}")


def print_unseen(scores: dict[tuple[str, str, str], Score]) -> None:
    """Losses and leaks per path and method."""
    print("\nunseen pages: losses of 'with' snippets, leaks of 'without' snippets")
    print("| input | method | losses / wanted | leaks / present |")
    print("|---|---|---|---|")
    for path in ("html", *CONVERTERS):
        for method in sorted({m for p, m, _f in scores if p == path}):
            mine = [s for (p, m, _f), s in scores.items() if p == path and m == method]
            losses, wanted = sum(len(s.losses) for s in mine), sum(s.wanted for s in mine)
            leaks, present = sum(s.leaked for s in mine), sum(s.present for s in mine)
            print(f"| {path} | {method} | {losses} / {wanted} | {leaks} / {present} |")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the corpora asked for; print their tables (and cleaner's failures with --details)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("zyte", "unseen", "both"), default="both")
    parser.add_argument("--limit", type=int, help="only the first N Zyte pages")
    parser.add_argument("--only", help="only unseen pages whose file name contains this")
    parser.add_argument("--details", action="store_true", help="worst Zyte pages; unseen losses and leaks")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    if args.corpus in ("zyte", "both"):
        counts, sniffed, pages = zyte_rows(limit=args.limit)
        print_zyte(counts, sniffed, pages)
        if args.details:
            print_worst(pages)
        report["zyte"] = {m: asdict(corpus_shingle_score(c)) for m, c in counts.items()} | {"sniffed": sniffed}
    if args.corpus in ("unseen", "both"):
        scores = unseen_scores(only=args.only)
        print_unseen(scores)
        if args.details:
            print("\ncleaner's failures (L = lost 'with' snippet, K = leaked 'without' snippet):")
            print_failures(scores, width=120)
        report["unseen"] = {f"{p}/{m}/{f}": {"losses": s.losses, "leaks": s.leaks} for (p, m, f), s in scores.items()}
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
