from django.shortcuts import get_object_or_404, render

from .models import Claim, Speaker


def speaker_detail(request, pk: int):
    speaker = get_object_or_404(Speaker.objects.prefetch_related("aliases"), pk=pk)
    statements = speaker.statements.select_related("article__outlet").order_by("-created_at")
    return render(request, "claims/speaker.html", {"speaker": speaker, "statements": statements})


def claim_detail(request, pk: int):
    claim = get_object_or_404(Claim, pk=pk)
    statements = claim.statements.select_related("article__outlet", "speaker")
    return render(request, "claims/claim.html", {"claim": claim, "statements": statements})
