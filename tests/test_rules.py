"""Tests for cleaner.rules: profiles as TOML data, compiled once, with guards and a fast combined pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import ConfigError
from cleaner.rules import load_profile_file, load_rulebook
from cleaner.ruleset import compile_rules
from cleaner.scanner import LineScanner
from cleaner.strip import line_rule


def _write(tmp_path: Path, text: str, name: str = "site.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_rulebook_loads_generic_and_site_profiles() -> None:
    """The shipped config/ compiles: a generic profile with rules, and site profiles with fingerprints."""
    book = load_rulebook()
    assert book.generic.name == "generic"
    assert len(book.generic.rules) > 20
    assert all(profile.fingerprints or profile.hostnames for profile in book.sites)


def test_bad_regex_names_the_file_and_rule(tmp_path: Path) -> None:
    """A broken pattern is a ConfigError that says which file and rule."""
    path = _write(tmp_path, '[[rules]]\nname = "broken"\ncategory = "ad"\npattern = "(unclosed"\n')
    with pytest.raises(ConfigError, match=r"site\.toml.*broken"):
        load_profile_file(path)


def test_word_guards_limit_where_a_rule_applies(tmp_path: Path) -> None:
    """max_words and min_words keep a rule off lines outside their range."""
    path = _write(
        tmp_path,
        '[[rules]]\nname = "short_only"\ncategory = "ad"\npattern = "ad"\nmax_words = 2\n'
        '[[rules]]\nname = "long_only"\ncategory = "caption"\npattern = "caption"\nmin_words = 4\n',
    )
    rules = load_profile_file(path).rules
    assert line_rule("an ad", rules) is not None
    assert line_rule("this is an ad here", rules) is None
    assert line_rule("a caption", rules) is None
    assert line_rule("a long caption under a picture", rules) is not None


def test_scanner_finds_every_line_a_single_rule_matches() -> None:
    """The one-pass scanner never misses a line of the bundled data that one of the rules would drop."""
    book = load_rulebook()
    ruleset = compile_rules((book.generic, *book.sites))
    lines = tuple(
        " ".join(line.split())
        for path in sorted((Path(__file__).parent / "data").glob("*/*.txt"))
        if not path.name.endswith(".gold.txt")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    )
    hits = ruleset.line_candidates(lines)
    missed = [
        line
        for index, line in enumerate(lines)
        if (rule := line_rule(line, ruleset.line_rules)) is not None and rule not in hits.get(index, ())
    ]
    assert missed == []
    # the prefilter is selective: lines it names that no rule then drops (the cost of a candidate, with no
    # removal to show for it) stay under a quarter of all lines (22.2% with the rules of 2026-11-21, evening); lines a
    # rule does drop are candidates by necessity, so they are not held against it as rules improve
    generic = compile_rules((book.generic,))
    generic_hits = generic.line_candidates(lines)
    false_hits = [i for i, rules in generic_hits.items() if line_rule(lines[i], rules) is None]
    assert len(false_hits) < len(lines) / 4


def test_site_profile_is_recognised_by_fingerprint(tmp_path: Path) -> None:
    """A site profile applies when its fingerprint is found in the dump, with no code change."""
    (tmp_path / "sites").mkdir()
    _write(tmp_path, '[site]\nname = "generic"\n', "generic.toml")
    _write(
        tmp_path / "sites",
        '[site]\nname = "example"\nsitename = "Example News"\nfingerprints = ["Example News Ltd"]\n'
        '[[rules]]\nname = "example_promo"\ncategory = "ad"\npattern = "^Buy Example Plus"\n',
        "example.toml",
    )
    book = load_rulebook(tmp_path)
    site = book.detect("Body text.\n© Example News Ltd 2024")
    assert site is not None and site.name == "example"
    assert book.detect("Nothing to see here.") is None


def test_reload_config_files_rereads_every_config_file(tmp_path: Path) -> None:
    """After reload_config_files, split settings and thresholds come from the edited heuristics.toml."""
    import shutil

    from cleaner.config import reload_config_files
    from cleaner.heuristics import load_thresholds
    from cleaner.rules import default_config_dir
    from cleaner.split import load_split_settings

    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    first_split, first_thresholds = load_split_settings(folder), load_thresholds(folder)
    path = folder / "heuristics.toml"
    text = path.read_text(encoding="utf-8")
    assert "glued_min_chars = 1000" in text
    text = text.replace("glued_min_chars = 1000", "glued_min_chars = 4321", 1)
    path.write_text(text, encoding="utf-8")
    assert load_split_settings(folder) is first_split  # cached until reloaded
    reload_config_files()
    assert load_split_settings(folder).glued_min_chars == 4321
    assert load_thresholds(folder) is not first_thresholds


@pytest.mark.parametrize("use_prefilter", [True, False])
def test_a_shared_vendor_widget_alone_names_no_site(use_prefilter: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The "Listen to this article / Loading audio..." player runs on many sites: alone it is no LBC dump (an
    unknown site must not get LBC's name and rules); with the station named in the text it is."""
    import cleaner.rules as rules

    if not use_prefilter:
        monkeypatch.setattr(rules, "_fingerprint_prefilter", lambda book: None)
    book = load_rulebook()
    widget = "Council approves bridge\nListen to this article\nLoading audio...\nCouncillors approved the plan.\n"
    assert book.detect(widget) is None
    named = widget + "The council leader told LBC the bridge would open in 2026.\n"
    detected = book.detect(named)
    assert detected is not None and detected.name == "lbc"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "A man walks past the damaged building, in this photo released on Monday. REUTERS/John Smith",
            "caption_agency_suffix",
        ),
        ("Residents clear debris in Buffalo on January 10, 2023. AFP via Getty Images", "caption_agency_suffix"),
        ("Click here to read more stories", "reader_prompt"),
        ("Thanks for reading! Subscribe to get unlimited access.", "reader_prompt"),
        ("Have a news tip? Email us at tips@example.com", "reader_prompt"),
        ("None of these lines is junk, according to AFP.", None),
        ("He told Reuters the company would not comment on the plan.", None),
        ("Click here to get more information or download this game.", None),
        ("Video Unavailable", "video_player_controls"),
        ("The video will start in 8Cancel", "video_player_controls"),
        ("0:00 / 1:23", "video_player_controls"),
        ("We are no longer accepting comments on this article.", "comments_closed"),
        ("Please enter a valid email address", "form_validation"),
        ("Want an ad-free experience? Subscribe to Independent Premium", "support_prompt"),
        ("Support free-thinking journalism and attend Independent events", "support_prompt"),
        ("Pictured: The newly discovered species, which lives at depths of 8,000 metres", "caption_label_pictured"),
        (
            "Pictured: The newly discovered species, which lives at depths of 8,000 metres Scientists have discovered"
            " a new species of fish living at record depths in the Pacific Ocean, a study published on Monday found.",
            None,
        ),
        ("Image caption, Protesters gathered outside the town hall on Tuesday", "caption_label"),
        ("Support for local journalism has fallen sharply, the report said.", None),
        ("2 hours ago", "relative_time"),
        ("vor 3 Stunden", "relative_time"),
        ("close panel", "share_panel"),
        ("Two hours ago the council had not yet voted on the plan.", None),
        ("ALL SMILES Jane with the handbag that held the cash", "capitalised_label_caption"),
        ("NASA Europa Mission Could Potentially Spot Signs of Alien Life", None),
        ("SCHOOLS across the country will close early on Friday, the government said.", None),
        ("Watch live", "live_video_button"),
        ("Follow Sky News on WhatsApp", "follow_prompt"),
        ("You can WhatsApp us on 07423 720 250. We pay for videos too.", "reader_prompt"),
        ("Our journalism relies on the support of our readers.", "support_prompt"),
        ("Video Ad Feedback", "video_embed_block"),
        ("01:30 - Source: CNN", "video_duration_source"),
        ("Text Size", "text_size_widget"),
        ("Start a Conversation", "comment_prompt"),
        ("Visual Stories", "visual_stories_label"),
        ("Post comments on the council's website were closed after the vote.", None),
        ("Firefighters worked through the night near Tamworth.(ABC News: Sarah Lee)", "caption_credit_suffix"),
        ("Help keep family & friends informed by sharing this article", "reader_prompt"),
        ("Get our morning and afternoon news in your inbox", "newsletter_prompt"),
        ("http://www.openpetition.de/petition/online/gegen-die-tarifreform", None),  # articles cite addresses
        ("Copiar enlace", "share_prompt"),
        ("Réutiliser ce contenu", "share_prompt"),
        ("Article réservé aux abonnés", "paywall_notice"),
        ("Il vous reste 70% de cet article à lire. La suite est réservée aux abonnés.", "paywall_notice"),
        ("Déjà abonné ? Se connecter", "paywall_notice"),
        ("Archivado en", "tag_list_block"),
        ("Subscribers to the service will pay more from April, the company said.", None),
        ("Zur Startseite", "navigation_link"),
        ("Veja mais", "more_link"),
        ("The video will be shown at the trial next week, the court heard.", None),
        (
            "Thousands gathered in the square, where police estimated the crowd at 20,000. Organisers said more came.",
            None,
        ),
    ],
)
def test_generic_widget_caption_and_prompt_rules(line: str, rule: str | None) -> None:
    """Captions (agency credits, "Pictured:"), video-player text, closed comments, form errors, reader and
    subscription prompts go, on any site; body lines that name an agency, a video or journalism stay."""
    found = line_rule(line, load_rulebook().generic.rules)
    assert (found.name if found else None) == rule


@pytest.mark.parametrize("filename", ["heuristics.toml", "repetition.toml"])
def test_a_broken_settings_file_is_a_config_error_naming_it(tmp_path: Path, filename: str) -> None:
    """Every settings file is read by one function: a file that does not parse is a ConfigError with its path,
    not a traceback."""
    import shutil

    from cleaner.config import reload_config_files
    from cleaner.heuristics import load_thresholds
    from cleaner.repetition import load_repetition_thresholds
    from cleaner.rules import default_config_dir
    from cleaner.split import load_split_settings

    folder = tmp_path / "config"
    shutil.copytree(default_config_dir(), folder)
    (folder / filename).write_text("[split\nglued_min_chars = 1000\n", encoding="utf-8")
    reload_config_files()
    loaders = [load_thresholds, load_split_settings] if filename == "heuristics.toml" else [load_repetition_thresholds]
    for load in loaders:
        with pytest.raises(ConfigError, match="cannot read settings") as caught:
            load(folder)
        assert filename in caught.value.one_line()


def test_almost_every_generic_rule_alternative_is_indexed_by_a_literal_or_its_first_character() -> None:
    """Alternatives with no literal and no first character are searched over the whole dump, the dearest path:
    the generic profile keeps to its two (a date line and a Korean copyright notice)."""
    book = load_rulebook()
    assert compile_rules((book.generic,)).line_scanner.unindexed <= 2


def test_every_cut_rule_alternative_is_indexed() -> None:
    """The split stage scans every dump for cut rules: one alternative with no literal and no first character is
    a regex over each whole dump (a dateline cut with fifteen lookbehinds once tripled the text path's CPU)."""
    book = load_rulebook()
    for profile in (book.generic, *book.sites):
        cuts = [rule.pattern for rule in profile.rules if rule.scope == "cut"]
        assert LineScanner(cuts).unindexed == 0, profile.name
