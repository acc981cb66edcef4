from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims.views import dashboard

urlpatterns = [
    path("", dashboard.home, name="home"),
    path("articles/", include("articles.urls")),
    path("api/", include("claims.api.urls")),
    path("feeds/", include("claims.api.feed_urls")),
    path("", include("claims.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
