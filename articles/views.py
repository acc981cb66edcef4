from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from claims import selectors
from claims.roles import can_ingest

from . import web_ingest
from .batch import Summary
from .forms import FetchForm, PasteForm, UploadForm
from .models import Article

FORMS = {"paste": PasteForm, "upload": UploadForm, "fetch": FetchForm}
IN_PROGRESS = (Article.Status.PENDING, Article.Status.EXTRACTING)


def article_list(request):
    outlet = request.GET.get("outlet", "")
    page = Paginator(selectors.article_list(outlet=outlet), 50).get_page(request.GET.get("page"))
    context = {"page": page, "outlet": outlet, "outlets": selectors.outlet_choices()}
    return render(request, "articles/list.html", context)


def article_detail(request, pk: int):
    return render(request, "articles/detail.html", {"page": selectors.article_page(pk)})


def article_status(request, pk: int):
    """The extraction status as a fragment; it asks to be polled again while work is pending."""
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    return render(request, "articles/_status.html", {"article": article})


def article_ingest_page(request):
    if not can_ingest(request.user):
        raise PermissionDenied("Only editors can add articles.")
    kind = request.POST.get("kind", "paste") if request.method == "POST" else ""
    forms = {name: form_class(prefix=name) for name, form_class in FORMS.items()}
    if request.method == "POST":
        if kind not in FORMS:
            kind = "paste"
        form = FORMS[kind](request.POST, request.FILES, prefix=kind)
        forms[kind] = form
        if form.is_valid():
            summary = _ingest(kind, form.cleaned_data)
            _report(request, summary)
            ids = ",".join(str(o.article_id) for o in summary.outcomes if o.article_id)
            return redirect(f"{reverse('articles:ingest')}?batch={ids}#batch")
    batch = [int(v) for v in request.GET.get("batch", "").split(",") if v.isdigit()][:100]
    articles = Article.objects.select_related("outlet").filter(pk__in=batch).order_by("-id")
    context = {"forms": forms, "active": kind or "paste", "batch": articles}
    return render(request, "articles/ingest.html", context, status=400 if kind else 200)


def _ingest(kind: str, data: dict) -> Summary:
    if kind == "paste":
        return web_ingest.ingest_pasted(
            text=data["text"],
            outlet=data["outlet"],
            title=data["title"],
            url=data["url"],
            published_at=data["published"],
        )
    if kind == "upload":
        # One byte over the limit is enough for the size check to refuse the file.
        files = [(f.name, f.read(settings.INGEST_MAX_BYTES + 1), f.size) for f in data["files"]]
        return web_ingest.ingest_uploads(files, outlet=data["outlet"])
    return web_ingest.ingest_url(data["url"], outlet=data["outlet"])


def _report(request, summary: Summary) -> None:
    level = messages.WARNING if summary.failed else messages.SUCCESS
    messages.add_message(request, level, f"Ingested: {summary.line()}.")
    for outcome in summary.failed:
        messages.error(request, f"{outcome.source}: {outcome.reason}")
