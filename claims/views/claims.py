from django.core.paginator import Paginator
from django.shortcuts import render

from claims import selectors


def claim_list(request):
    page = Paginator(selectors.claim_list(), 50).get_page(request.GET.get("page"))
    return render(request, "claims/claim_list.html", {"page": page})


def claim_detail(request, pk: int):
    data = selectors.claim_page(pk)
    return render(request, "claims/claim.html", {"page": data, "claim": data.claim})
