from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from claims import selectors
from claims.forms import SpeakerMergeForm, SpeakerSplitForm
from claims.models import Speaker
from claims.roles import can_edit_speakers
from claims.speakers import SpeakerEditError, speaker_merge, speaker_split

from .access import write_view


def speaker_list(request):
    q = request.GET.get("q", "").strip()[:200]
    page = Paginator(selectors.speaker_list(q=q), 50).get_page(request.GET.get("page"))
    return render(request, "claims/speaker_list.html", {"page": page, "q": q})


def speaker_detail(request, pk: int):
    data = selectors.speaker_page(pk)
    context = {"page": data, "speaker": data.speaker}
    if can_edit_speakers(request.user):
        context["merge_form"] = SpeakerMergeForm(speaker=data.speaker)
        context["split_form"] = SpeakerSplitForm(speaker=data.speaker)
    return render(request, "claims/speaker.html", context)


def _invalid(request, speaker: Speaker, **forms):
    data = selectors.speaker_page(speaker.pk)
    context = {
        "page": data,
        "speaker": data.speaker,
        "merge_form": SpeakerMergeForm(speaker=speaker),
        "split_form": SpeakerSplitForm(speaker=speaker),
        **forms,
    }
    return render(request, "claims/speaker.html", context, status=400)


@write_view(can_edit_speakers)
def speaker_merge_view(request, pk: int):
    speaker = get_object_or_404(Speaker, pk=pk)
    form = SpeakerMergeForm(request.POST, speaker=speaker)
    if not form.is_valid():
        return _invalid(request, speaker, merge_form=form)
    others = list(form.cleaned_data["others"])
    try:
        speaker_merge(target=speaker, others=others, actor=request.user)
    except SpeakerEditError as exc:
        form.add_error(None, str(exc))
        return _invalid(request, speaker, merge_form=form)
    names = ", ".join(o.canonical_name for o in others)
    messages.success(request, f"Merged {names} into {speaker.canonical_name}.")
    return redirect(speaker)


@write_view(can_edit_speakers)
def speaker_split_view(request, pk: int):
    speaker = get_object_or_404(Speaker, pk=pk)
    form = SpeakerSplitForm(request.POST, speaker=speaker)
    if not form.is_valid():
        return _invalid(request, speaker, split_form=form)
    try:
        new = speaker_split(
            speaker=speaker,
            alias_ids=[a.pk for a in form.cleaned_data["aliases"]],
            canonical_name=form.cleaned_data["canonical_name"],
            actor=request.user,
        )
    except SpeakerEditError as exc:
        form.add_error(None, str(exc))
        return _invalid(request, speaker, split_form=form)
    messages.success(request, f"Split {new.canonical_name} off {speaker.canonical_name}.")
    return redirect(new)
