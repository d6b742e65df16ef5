"""What the store accepts as a user name and as a password, checked before any account is made or changed.

User names are normalised (Unicode NFKC: a full-width ``ａｄｍｉｎ`` is ``admin``) and then limited to ASCII
letters, digits and ``._-``, starting with a letter or a digit, so a look-alike of another account (``аdmin``
with a Cyrillic ``а``, ``admin`` with a trailing space) cannot be created.

Passwords are rated by zxcvbn (the estimator of Dropbox, maintained as the ``zxcvbn`` package): common and
guessable ones (``12345678``, ``password``, eight spaces, the user name) are refused
with a sentence that says what to do instead, in the user's language.

And one rule of the accounts: the store always keeps an enabled administrator.
"""

from __future__ import annotations

import re
import unicodedata

from datasources.errors import QT_TRANSLATE_NOOP, StoreError

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 200
MAX_USERNAME_LENGTH = 64
#: zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" for an offline attack on a slow hash
MIN_SCORE = 3
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def user_name(name) -> str:
    """``name`` normalised (NFKC); :class:`StoreError` unless it is letters, digits and ``._-`` only."""
    text = unicodedata.normalize("NFKC", str(name or ""))
    if not text:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "a user name is needed"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Give the account a user name."))
    if len(text) > MAX_USERNAME_LENGTH or _NAME.fullmatch(text) is None:
        shown = "".join(c if c.isprintable() and not c.isspace() else "␣" for c in text[:MAX_USERNAME_LENGTH])
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the user name {value!r} may hold only letters a-z, "
                                           "digits and . _ -"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Use plain letters and digits (pinyin for a Chinese "
                                           "name), without spaces, at most {n} characters."),
                         value=shown, n=MAX_USERNAME_LENGTH)
    return text


def check_password(password, username: str = "") -> str:
    """``password`` if it is long and hard enough to guess; otherwise a :class:`StoreError` saying why."""
    password = str(password or "")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "a password needs at least "
                                           "{n} characters"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Choose a longer password."),
                         n=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "a password may have at most {n} characters"),
                         QT_TRANSLATE_NOOP("DataSourceError", "Choose a shorter password."),
                         n=MAX_PASSWORD_LENGTH)
    name = unicodedata.normalize("NFKC", str(username or "")).casefold()
    if name and _only_the_name(_letters(password), _letters(name)):
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError", "the password is the user name"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Choose a password that does not name the account."))
    from zxcvbn import zxcvbn  # its dictionaries cost a moment: loaded when an account changes

    # the user name counts as a known word: a password built on it rates low
    rating = zxcvbn(password[:100], user_inputs=[name] if name else [])
    if rating["score"] < MIN_SCORE:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "the password is too easy to guess"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Use three or four uncommon words with a digit or a "
                                           "sign between them; not a common password, a date or "
                                           "a keyboard pattern."))
    return password


def check_recorded(store, password, username: str, actor: str, event: str) -> None:
    """:meth:`store.check_password <TownshipStore.check_password>`; a refused password is recorded as a
    refused ``event`` on ``username``'s account by ``actor`` (the reason, never the password), then raised.
    On a shared store the server writes the record, naming the logged-in user itself."""
    try:
        store.check_password(password, username)
    except StoreError as exc:
        if store.embedded:
            store.record(actor, event, f"user:{username}", "refused", {"reason": exc.problem})
        else:
            from datasources.store.pg_store import record_refused_password

            record_refused_password(store, username, event, exc.problem, actor)
        raise


def keep_an_administrator(store, username: str, role: str | None = None, active: bool | None = None) -> None:
    """Refuse a change of ``username`` (a new ``role``, or ``active`` False) that would leave the store
    without an enabled administrator: the last one cannot demote or disable themselves."""
    from sqlalchemy import select

    from datasources.store.models import User

    if (role is None or role == "administrator") and active is not False:
        return
    with store.transaction() as session:
        admins = set(session.scalars(select(User.username).where(User.role == "administrator",
                                                                 User.active.is_(True))))
    if admins and admins <= {username}:
        raise StoreError(QT_TRANSLATE_NOOP("DataSourceError",
                                           "{username} is the only administrator left"),
                         QT_TRANSLATE_NOOP("DataSourceError",
                                           "Make another account an administrator first."),
                         username=username)


def _only_the_name(letters: str, name: str) -> bool:
    """Whether a password's letters are the user name's (forwards or backwards), once or repeated."""
    if not name or not letters or len(letters) % len(name):
        return False
    times = len(letters) // len(name)
    return letters in (name * times, name[::-1] * times)


def _letters(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", unicodedata.normalize("NFKC", text).casefold())


__all__ = ["MIN_PASSWORD_LENGTH", "check_password", "check_recorded", "keep_an_administrator", "user_name"]
