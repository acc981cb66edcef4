from django.shortcuts import get_object_or_404, render

from .models import Article


def article_list(request):
    articles = Article.objects.select_related("outlet").order_by("-published_at", "-id")[:100]
    return render(request, "articles/list.html", {"articles": articles})


def article_detail(request, pk: int):
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    statements = article.statements.select_related("speaker").order_by("content_start")
    return render(request, "articles/detail.html", {"article": article, "statements": statements})
