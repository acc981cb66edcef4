from django import forms
from django.core.validators import URLValidator

HTTP_ONLY = URLValidator(schemes=["http", "https"])


class UIForm(forms.Form):
    """Labels without a trailing colon, as everywhere else in the UI."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class PasteForm(UIForm):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 12}), label="Article text")
    outlet = forms.CharField(
        max_length=200, required=False, help_text="Read from a dateline if empty"
    )
    title = forms.CharField(max_length=500, required=False, help_text="The first line if empty")
    url = forms.URLField(
        max_length=2000, required=False, validators=[HTTP_ONLY], label="URL", assume_scheme="https"
    )
    published = forms.DateTimeField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Read from a dateline if empty",
    )


class UploadForm(UIForm):
    # An empty file is reported by ingestion like any other bad file, not a reason to refuse
    # the whole upload and lose the good files beside it.
    files = MultipleFileField(
        allow_empty_file=True,
        help_text="Plain text, JSON, HTML, RSS or Atom; a JSON list holds many articles",
    )
    outlet = forms.CharField(max_length=200, required=False, label="Outlet (overrides the files)")


class FetchForm(UIForm):
    url = forms.URLField(
        max_length=2000, validators=[HTTP_ONLY], label="Page or feed URL", assume_scheme="https"
    )
    outlet = forms.CharField(max_length=200, required=False, label="Outlet (optional)")
