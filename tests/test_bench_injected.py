"""The junk-injection benchmark (bench/bench_injected.py): its pool, its seeded injection and its leak count."""

from __future__ import annotations

import random

from bench.bench_injected import inject, leaked_lines, read_bodies, read_junk_pool, run


def test_the_junk_pool_has_many_kinds_and_no_comments() -> None:
    """Every pool line carries the kind of its '## ' heading; comment lines and headings are no junk lines."""
    pool = read_junk_pool()
    assert len(pool) >= 100
    assert len({kind for _line, kind in pool}) >= 5
    assert ("Advertisement", "advertising and paywall widgets") in pool
    assert not any(line.startswith("#") for line, _kind in pool)


def test_injection_is_seeded_and_keeps_the_body_in_order() -> None:
    """The same seed injects the same junk; the body lines keep their order and density 0 injects nothing."""
    body = [f"Body line number {n} of the article." for n in range(20)]
    junk = ["Advertisement", "Read more", "Share this article"]
    first = inject(body, junk, 0.5, random.Random(7))
    assert first == inject(body, junk, 0.5, random.Random(7))
    lines, inserted = first
    assert inserted and [line for line in lines if line in body] == body
    assert inject(body, junk, 0.0, random.Random(7)) == (body, [])


def test_a_junk_line_leaks_only_as_a_line_of_the_output() -> None:
    """An injected line leaks when the output still has it as a line (case and punctuation aside), once for
    each time the output holds it; its words inside a body sentence are no leak."""
    output = "Advertisement\nThe page says read more about it.\nadvertisement!"
    assert leaked_lines(output, ["Advertisement", "Advertisement", "Advertisement", "Read more"]) == [
        "Advertisement",
        "Advertisement",
    ]


def test_the_benchmark_counts_losses_and_leaks_of_both_methods() -> None:
    """On one gold body of the test data, each method's tally counts every body line once per seed."""
    body = read_bodies()[0]
    pool = read_junk_pool()
    tallies = run([body], pool, seeds=[1, 2], density=0.35)
    assert set(tallies) == {"cleaner", "c4_filter"}
    for tally in tallies.values():
        assert tally.body_lines == 2 * len(body.gold.required)
        assert 0 <= tally.lost <= tally.body_lines and 0 <= tally.leaked <= tally.junk_lines
