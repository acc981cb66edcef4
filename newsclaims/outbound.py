"""Requests to addresses users of the web pages and the API give: pages and feeds to ingest,
webhook receivers.

Without a check, anyone allowed to submit a URL could make the server fetch from itself or
its private network (server-side request forgery): the admin port, the database, a cloud
metadata service. Such addresses are refused unless the caller allows them (the
OUTBOUND_ALLOW_PRIVATE setting, for a deployment that ingests from its own intranet). Every
redirect is checked again.
"""

import ipaddress
import socket
import urllib.request
from urllib.parse import urlsplit


class BlockedAddress(ValueError):
    """The URL leads to this machine or a private network."""


def check_public(url: str) -> None:
    """Raise BlockedAddress unless every address the URL's host resolves to is public.

    A host that does not resolve passes: the request itself then fails, with its own reason.
    """
    host = urlsplit(url).hostname
    if not host:
        raise BlockedAddress("the address names no host")
    try:
        found = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return
    for *_, sockaddr in found:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not address.is_global:
            raise BlockedAddress(f"{host} is a private or local address")


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_public(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def open_url(request: urllib.request.Request, *, timeout: float, allow_private: bool):
    """`urllib.request.urlopen`, refusing private addresses (BlockedAddress) unless allowed."""
    if allow_private:
        return urllib.request.urlopen(request, timeout=timeout)
    check_public(request.full_url)
    return urllib.request.build_opener(_CheckedRedirects).open(request, timeout=timeout)
