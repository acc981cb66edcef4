from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q

from .models import Flag, Relation, Speaker
from .roles import EDITOR

DISCREPANCY_TYPES = [(v, label) for v, label in Relation.Type.choices if v != "agrees"]
DECISIONS = [
    ("confirmed", "Confirm"),
    ("dismissed", "Dismiss"),
    ("contradiction", "Flag as contradiction"),
]


def assignable_users():
    """People who can act on a flag: editors (and superusers)."""
    users = get_user_model().objects.filter(is_active=True)
    return users.filter(Q(groups__name=EDITOR) | Q(is_superuser=True)).distinct()


class UIForm(forms.Form):
    """Labels without a trailing colon, as everywhere else in the UI."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class QueueFilterForm(UIForm):
    type = forms.ChoiceField(choices=[("", "Any type"), *DISCREPANCY_TYPES], required=False)
    outlet = forms.ChoiceField(choices=[], required=False)
    speaker = forms.ModelChoiceField(
        queryset=Speaker.objects.order_by("canonical_name"), required=False, empty_label="Anyone"
    )
    status = forms.ChoiceField(
        choices=[("", "Any status"), *Relation.Review.choices], required=False
    )

    def __init__(self, *args, outlets: list[tuple[str, str]] = (), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outlet"].choices = [("", "Any outlet"), *outlets]


class ReviewForm(UIForm):
    decision = forms.ChoiceField(choices=DECISIONS)
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "contradiction" and not (data.get("note") or "").strip():
            self.add_error("note", "Say why this is a contradiction.")
        return data


class BulkReviewForm(ReviewForm):
    relations = forms.ModelMultipleChoiceField(
        queryset=Relation.objects.all(),
        error_messages={"required": "Tick at least one discrepancy."},
    )


class AssignForm(UIForm):
    assignee = forms.ModelChoiceField(
        queryset=None, required=False, empty_label="Nobody", label="Assign to"
    )
    note = forms.CharField(
        required=False, label="Message to them", widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_users().order_by("username")


class FlagResolveForm(UIForm):
    resolution = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}))


class FlagFilterForm(UIForm):
    status = forms.ChoiceField(choices=[("", "All"), *Flag.Status.choices], required=False)


class SpeakerMergeForm(UIForm):
    others = forms.ModelMultipleChoiceField(
        queryset=Speaker.objects.none(),
        label="Speakers to fold into this one",
        widget=forms.SelectMultiple(attrs={"size": 6}),
        error_messages={"required": "Choose at least one speaker to merge."},
    )

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["others"].queryset = Speaker.objects.exclude(pk=speaker.pk).order_by(
            "canonical_name"
        )


class SpeakerSplitForm(UIForm):
    aliases = forms.ModelMultipleChoiceField(
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        label="Names that belong to someone else",
        error_messages={"required": "Choose at least one name to split off."},
    )
    canonical_name = forms.CharField(
        required=False, max_length=300, label="Name of the new speaker (optional)"
    )

    def __init__(self, *args, speaker: Speaker, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["aliases"].queryset = speaker.aliases.all()


class SearchForm(UIForm):
    q = forms.CharField(required=False, max_length=300, label="Search")
    speaker = forms.IntegerField(required=False, min_value=1)
    outlet = forms.SlugField(required=False)
    day = forms.DateField(required=False)
    type = forms.ChoiceField(choices=[("", ""), *Relation.Type.choices], required=False)
    page = forms.IntegerField(required=False, min_value=1)
