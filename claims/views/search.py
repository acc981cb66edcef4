from django.core.paginator import Paginator
from django.shortcuts import render

from claims import selectors
from claims.forms import SearchForm

FACETS = [("speaker", "Speaker"), ("outlet", "Outlet"), ("day", "Date"), ("type", "Relation")]


def _text(value) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def search(request):
    """Full-text search with facets; the whole state lives in the URL, so results can be shared."""
    form = SearchForm(request.GET)
    params = form.cleaned_data if form.is_valid() else {}
    chosen = {
        name: _text(params[name]) for name, _label in FACETS if params.get(name) not in (None, "")
    }
    context = {"form": form, "q": params.get("q", ""), "chosen": chosen}
    if params.get("q") or chosen:
        results = selectors.search(
            q=params.get("q", ""),
            speaker=params.get("speaker"),
            outlet=params.get("outlet", ""),
            day=params.get("day"),
            type=params.get("type", ""),
        )
        facets = [
            (name, label, [(f, f.value == chosen.get(name)) for f in results.facets[name]])
            for name, label in FACETS
        ]
        labels = dict(chosen)
        for name, _label, items in facets:
            labels.update((name, f.label) for f, selected in items if selected)
        context |= {
            "results": results,
            "page": Paginator(results.statements, 25).get_page(params.get("page")),
            "facets": facets,
            "chosen_labels": [(n, dict(FACETS)[n], labels[n]) for n in chosen],
        }
    return render(request, "claims/search.html", context)
