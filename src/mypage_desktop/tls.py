"""The PC's side of mutual TLS with the office server (issue 10): its ``SSLContext``.

Apart from :mod:`mypage_desktop.pki` because a PC only needs the standard ``ssl`` module to
connect, while ``pki`` (making keys, requests and certificates) loads ``cryptography``: about
9 MB more in every kiosk that imported it just for this function (``bench/run startup``).
"""

from __future__ import annotations

import ssl
from pathlib import Path


def client_ssl_context(ca_file: Path, cert_file: Path | None = None, key_file: Path | None = None) -> ssl.SSLContext:
    """The PC's TLS context: the office CA only (never the system store, never unverified),
    TLS 1.2 or newer, and the device certificate when it has one (building this stalls the
    calling thread for over 100 ms: never on the GUI thread)."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca_file))
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if cert_file is not None and key_file is not None:
        context.load_cert_chain(str(cert_file), str(key_file))
    return context
