"""An empty filter is refused, never read as no filter (hostile review 7).

Before: ``Timeline.between("2019", tags="")`` (or actors, places, sources) answered as if
no filter had been given — all 110 events — while ``tags=" "`` and the command line's
``-t ''`` were refused as empty. A script passing a user's empty input got everything.
And ``--source ''`` said "sources is empty" (the API's word) where ``-t ''`` says
"--tag is empty".
"""

from __future__ import annotations

from typing import Any

import pytest

import ktimeline
from ktimeline.defaults import NAME_FILTERS


@pytest.mark.parametrize("keyword", [keyword for keyword, *_ in NAME_FILTERS])
def test_an_empty_name_filter_is_refused_by_the_api(keyword: str) -> None:
    timeline = ktimeline.open()
    empty: dict[str, Any] = {keyword: ""}
    with pytest.raises(ktimeline.InvalidArgumentError, match="empty"):
        timeline.between("2019", **empty)
    with pytest.raises(ktimeline.InvalidArgumentError, match="empty"):
        timeline.search("talks", **empty)
    # no filter at all is still no filter
    assert len(timeline.between("2019", **{keyword: []})) == len(timeline.between("2019"))


@pytest.mark.parametrize(("keyword", "option"), [(k, o) for k, o, *_ in NAME_FILTERS])
def test_an_empty_filter_is_named_as_the_user_typed_it(run: Any, keyword: str, option: str) -> None:
    for command in (["range", "2019"], ["search", "talks"], ["--debug", "range", "2019"]):
        result = run(*command, option, "")
        assert result.exit_code == 2, result
        assert result.stderr.strip() == f"ktimeline: error: {option} is empty", result.stderr
