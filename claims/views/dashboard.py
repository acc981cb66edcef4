from django.shortcuts import render

from claims import selectors


def home(request):
    return render(request, "claims/home.html", {"board": selectors.dashboard()})
