"""Minified script broken into lines at the full stops of its string literals (a whole page's text, script
included): each piece where a string runs into the next key or assignment goes; prose with quotes stays."""

from __future__ import annotations

import pytest

from cleaner import clean
from tests.test_generalization import _clean_with

RESIDUE = [
    'Visit help.example.com for assistance.",sharedErrs={500:genericErrorMessage,default:genericErrorMessage}',
    'Please try again later."},loginErrorMessageMapping=_objectSpread({401:"Your account has been locked.',
    'Please check your internet connection and try again",acct_deleted:"This email address is in use.',
    '",preselected:!0},{name:"marketingOptIn",label:"Yes!',
    'Please try again or select a different file."}],"BusinessApplication.ExitButton":[{"type":0,"value":"Exit"}]',
    '"featureFlags":{"shouldUseBookmarkV3":true,"enableAggressiveNewsletter":true}',
    '"Ad.adLabel":',
    'Please use a different email address."},sharedErrs),createAccountMapping=_objectSpread({420:"Sorry',
    '\\",\\"data-native\\":false}],[\\"$\\",\\"p\\",null,{\\"className\\":\\"self-baseline px-0',
    'Take a look at our other newsletters \\u003Ca href=\\"https:\\u002F\\u002Fwww.example.com\\u002Fnewsletter',
]
PROSE = [
    '"We will not back down," the minister told reporters on Tuesday, "and nobody will change our minds."',
    'The file, named "config.json", held the key: {"user": "admin"}, investigators said.',
    "She wrote 'x=1' on the board, then 'y=2', and asked the class what x+y was.",
    '"Breaking": the word flashed across every screen in the newsroom that night, staff said.',
    "He typed \\u201chello\\u201d into the console, and the screen showed the quotation marks, he said.",
]


@pytest.mark.parametrize("line", RESIDUE)
def test_a_script_string_piece_goes(line: str) -> None:
    result = _clean_with(line)
    assert line not in result.text
    assert "script_string_residue" in {r.rule for r in result.removed if r.text == line}


@pytest.mark.parametrize("line", PROSE)
def test_prose_with_quotes_and_code_stays(line: str) -> None:
    assert line in clean(f"Council sets budget\n\n{line}\n").text
