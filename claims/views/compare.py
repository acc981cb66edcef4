from django.http import Http404
from django.shortcuts import render

from articles.models import Article
from claims import selectors


def _ids(request, *names: str) -> list[int]:
    values = [v for name in names for v in request.GET.getlist(name)]
    try:
        return list(dict.fromkeys(int(v) for v in values if v))
    except ValueError:
        raise Http404("Unknown article") from None


def compare(request):
    """Two articles side by side (?a=&b=), or every article of a story (?story=)."""
    story = _ids(request, "story")
    ids = _ids(request, "a", "b")
    articles = {
        a.pk: a for a in Article.objects.select_related("outlet").filter(pk__in=story + ids)
    }
    if any(pk not in articles for pk in story + ids):
        raise Http404("Unknown article")
    if story:
        columns = selectors.story_articles(articles[story[0]])
    else:
        columns = [articles[pk] for pk in ids]
    context = {"columns": columns, "choices": selectors.article_list()[:200]}
    if len(columns) >= 2:
        context["rows"] = selectors.comparison_rows(columns)
    return render(request, "claims/compare.html", context)
