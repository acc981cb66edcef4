from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from claims import selectors
from claims.forms import (
    AssignForm,
    BulkReviewForm,
    FlagFilterForm,
    FlagResolveForm,
    QueueFilterForm,
    ReviewForm,
    assignable_users,
)
from claims.models import Flag, Relation
from claims.review import (
    ReviewError,
    flag_assign,
    flag_raise,
    flag_resolve,
    relation_mark_contradiction,
    relation_review,
)
from claims.roles import can_flag, can_review
from claims.selectors.common import relations_joined

from .access import write_view

DONE = {"confirmed": "Confirmed", "dismissed": "Dismissed", "contradiction": "Flagged"}


def _back(request, fallback):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


def queue(request):
    params = request.GET.copy()
    params.setdefault("status", Relation.Review.SUGGESTED)
    form = QueueFilterForm(params, outlets=selectors.outlet_choices())
    filters = form.cleaned_data if form.is_valid() else {"status": Relation.Review.SUGGESTED}
    page = selectors.claim_queue(
        page=request.GET.get("page"),
        type=filters.get("type", ""),
        outlet=filters.get("outlet", ""),
        speaker=filters["speaker"].pk if filters.get("speaker") else None,
        status=filters.get("status", ""),
    )
    context = {"form": form, "page": page, "review_form": ReviewForm()}
    return render(request, "claims/queue.html", context)


def raise_forbidden():
    raise PermissionDenied("Your role cannot flag contradictions.")


def _decide(relation: Relation, *, decision: str, note: str, actor) -> None:
    if decision == "contradiction":
        relation_mark_contradiction(relation=relation, actor=actor, note=note)
    else:
        relation_review(relation=relation, actor=actor, status=decision, note=note)


@write_view(can_review)
def queue_bulk(request):
    form = BulkReviewForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return _back(request, "claims:queue")
    decision, note = form.cleaned_data["decision"], form.cleaned_data["note"]
    if decision == "contradiction" and not can_flag(request.user):
        raise_forbidden()
    with transaction.atomic():
        for relation in form.cleaned_data["relations"]:
            _decide(relation, decision=decision, note=note, actor=request.user)
    count = len(form.cleaned_data["relations"])
    messages.success(request, f"{DONE[decision]} {count} discrepanc{'y' if count == 1 else 'ies'}.")
    return _back(request, "claims:queue")


def relation_detail(request, pk: int):
    data = selectors.relation_page(pk)
    context = {"page": data, "relation": data.relation}
    if can_review(request.user):
        context["review_form"] = ReviewForm()
    if can_flag(request.user):
        context["assign_form"] = AssignForm()
        context["resolve_form"] = FlagResolveForm()
    return render(request, "claims/relation.html", context)


@write_view(can_review)
def relation_review_view(request, pk: int):
    relation = get_object_or_404(Relation, pk=pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return _back(request, relation_fallback(relation))
    decision = form.cleaned_data["decision"]
    if decision == "contradiction" and not can_flag(request.user):
        raise_forbidden()
    _decide(relation, decision=decision, note=form.cleaned_data["note"], actor=request.user)
    if request.headers.get("HX-Request"):
        # From the queue with htmx: only the row changes, in place.
        row = relations_joined(Relation.objects.filter(pk=pk)).get()
        context = {"r": row, "editor": True, "decided": DONE[decision]}
        return render(request, "claims/_queue_pair.html", context)
    messages.success(request, f"{DONE[decision]}: {relation}.")
    return _back(request, relation_fallback(relation))


def relation_fallback(relation: Relation) -> str:
    return reverse("claims:relation", args=[relation.pk])


@write_view(can_flag)
def relation_assign_view(request, pk: int):
    relation = get_object_or_404(Relation, pk=pk)
    form = AssignForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose someone to assign.")
        return _back(request, relation_fallback(relation))
    assignee, note = form.cleaned_data["assignee"], form.cleaned_data["note"].strip()
    flag = relation.flags.filter(status=Flag.Status.OPEN).first()
    if flag:
        flag_assign(flag=flag, actor=request.user, assignee=assignee)
    else:
        who = assignee.get_username() if assignee else "nobody"
        flag_raise(
            relation=relation,
            actor=request.user,
            assignee=assignee,
            note=note or f"Assigned to {who} for review",
        )
    messages.success(request, f"Assigned to {assignee or 'nobody'}.")
    return _back(request, relation_fallback(relation))


def flag_list(request):
    form = FlagFilterForm(request.GET or {"status": Flag.Status.OPEN})
    status = form.cleaned_data["status"] if form.is_valid() else Flag.Status.OPEN
    page = Paginator(selectors.flag_list(status=status), 50).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "resolve_form": FlagResolveForm()}
    if can_flag(request.user):
        context["assignees"] = list(assignable_users().order_by("username"))
    return render(request, "claims/flags.html", context)


@write_view(can_flag)
def flag_resolve_view(request, pk: int):
    flag = get_object_or_404(Flag, pk=pk)
    form = FlagResolveForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say how the flag was resolved.")
        return _back(request, "claims:flags")
    try:
        flag_resolve(flag=flag, actor=request.user, resolution=form.cleaned_data["resolution"])
    except ReviewError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Resolved flag {flag.pk}.")
    return _back(request, "claims:flags")


@write_view(can_flag)
def flag_assign_view(request, pk: int):
    flag = get_object_or_404(Flag, pk=pk)
    form = AssignForm(request.POST)
    if form.is_valid():
        flag_assign(flag=flag, actor=request.user, assignee=form.cleaned_data["assignee"])
        messages.success(request, f"Assigned flag {flag.pk}.")
    return _back(request, "claims:flags")
