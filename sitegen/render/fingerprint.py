"""Fingerprints of routes: a hash of everything a page shows.

A page is rendered again only when its fingerprint changes. A Post is everything
its file, site.yaml and sitegen make of it, plus what assembling the site adds
(its neighbours, series navigation, canonical tags, whether it is scheduled); a
template can reach nothing else through it. So a post's fingerprint is its file's
hash plus those added fields, and a listing page's is the fingerprints of the posts
it lists plus its own fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitegen.content.model import Page, Post
from sitegen.render.routes import Route

_PLAIN = (str, int, float, bool, dt.datetime, dt.date)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(kind: Any) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(
            f.name for f in dataclasses.fields(kind) if f.name != "positions"
        )
    return names


class Fingerprinter:
    def __init__(self, salt: str) -> None:
        """`salt` covers what every page depends on: sitegen's version, site.yaml
        and the theme's templates."""
        self.salt = salt
        self.memo: dict[int, bytes] = {}  # id → digest of a shared object (posts, site)
        self.keep: list[Any] = []  # keeps memoised objects alive, so ids stay unique

    def post(self, post: Post) -> bytes:
        found = self.memo.get(id(post))
        if found is None:
            h = hashlib.blake2b(post.source.digest.encode(), digest_size=16)
            # What assembling the site added. Tags and series parts are shared
            # between posts, so feeding them through the memo hashes each once.
            self._feed(
                h, (post.url, post.is_future, post.tags, post.series, post.previous, post.next)
            )
            found = h.digest()
            self.memo[id(post)] = found
            self.keep.append(post)
        return found

    def _feed(self, h: Any, value: Any) -> None:
        kind = type(value)
        if kind in _PLAIN or value is None:
            h.update(repr(value).encode())
        elif kind is Post:
            h.update(b"P" + self.post(value))
        elif kind is Page:
            h.update(b"G" + value.source.digest.encode() + value.url.encode())
        elif kind in (list, tuple):
            h.update(b"[")
            post = self.post
            for item in value:
                if type(item) is Post:  # the common case in listings: inline it
                    h.update(b"P" + post(item))
                else:
                    self._feed(h, item)
            h.update(b"]")
        elif kind is dict:
            h.update(b"{")
            for key in sorted(value, key=str):
                h.update(str(key).encode() + b":")
                self._feed(h, value[key])
            h.update(b"}")
        elif dataclasses.is_dataclass(value):
            found = self.memo.get(id(value))
            if found is None:
                inner = hashlib.blake2b(kind.__name__.encode(), digest_size=16)
                for name in _field_names(kind):
                    self._feed(inner, getattr(value, name))
                found = inner.digest()
                self.memo[id(value)] = found
                self.keep.append(value)
            h.update(b"D" + found)
        elif isinstance(value, (dt.date, Path)):
            h.update(str(value).encode())
        else:
            raise TypeError(f"cannot fingerprint {kind.__name__}")

    def route(self, route: Route) -> str:
        h = hashlib.blake2b(digest_size=16)
        h.update(self.salt.encode())
        h.update(f"{route.kind}|{route.template}|{route.url}".encode())
        if route.kind == "copy" and route.copy_from is not None:
            try:  # the change time too: new bytes of the same size with the old mtime
                info = route.copy_from.stat()
                signature = f"{info.st_size}|{info.st_mtime_ns}|{info.st_ctime_ns}"
            except FileNotFoundError:  # gone since it was listed; not copied
                signature = "missing"
            h.update(f"{route.copy_from}|{signature}".encode())
        else:
            self._feed(h, route.context)
        return h.hexdigest()

    def all(self, routes: Sequence[Route]) -> dict[str, str]:
        """Output path → fingerprint. The sitemap lists every page, so its
        fingerprint is made of theirs."""
        found = {r.output: self.route(r) for r in routes if r.kind != "sitemap"}
        pages = sorted(found[r.output] for r in routes if r.kind == "template")
        for route in routes:
            if route.kind == "sitemap":
                found[route.output] = hashlib.blake2b(
                    (self.salt + route.url + "".join(pages)).encode(), digest_size=16
                ).hexdigest()
        return found
