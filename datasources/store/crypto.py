"""Residents' personal data at rest: encrypted with a key kept outside the database, shown masked.

The key is a Fernet key (AES-128-CBC with HMAC-SHA256) in a file named after the store's id, by default in the
user's configuration folder, never in the store itself. Anyone holding only the database file sees ciphertext.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from datasources.errors import QT_TRANSLATE_NOOP, KeyMissing

KEY_FOLDER_ENV = "TOWNSHIP_KEY_DIR"


def default_key_folder() -> Path:
    if os.environ.get(KEY_FOLDER_ENV):
        return Path(os.environ[KEY_FOLDER_ENV])
    base = os.environ.get("APPDATA") or os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "township-console" / "keys"


class PersonalDataKey:
    """Encrypts and decrypts personal fields for one store.

    Parameters
    ----------
    path : Path
        The key file.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._fernet = Fernet(self.path.read_bytes().strip())
        except FileNotFoundError as exc:
            raise KeyMissing(QT_TRANSLATE_NOOP("DataSourceError",
                                               "the key for residents' personal data is missing ({file})"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Restore the key file from the office's key "
                                               "backup; without it phone and ID numbers cannot be read."),
                             file=self.path.name) from exc
        except ValueError as exc:
            raise KeyMissing(QT_TRANSLATE_NOOP("DataSourceError", "the key file {file} is damaged"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Restore the key file from the office's key "
                                               "backup."), file=self.path.name) from exc

    @classmethod
    def for_store(cls, store_id: str, folder: Path | None = None, create: bool = False
                  ) -> PersonalDataKey:
        if not re.fullmatch(r"[0-9A-Za-z_-]{1,64}", str(store_id)):  # never a path out of the key folder
            raise KeyMissing(QT_TRANSLATE_NOOP("DataSourceError",
                                               "the store's id {value} cannot name a key file"),
                             QT_TRANSLATE_NOOP("DataSourceError",
                                               "The store was changed outside the console; restore it "
                                               "from a backup."), value=repr(str(store_id)[:40]))
        path = Path(folder or default_key_folder()) / f"{store_id}.key"
        if create and not path.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(Fernet.generate_key())
        return cls(path)

    def encrypt(self, value: str | None) -> bytes | None:
        if value is None or value == "":
            return None
        return self._fernet.encrypt(str(value).encode("utf-8"))

    def decrypt(self, token: bytes | None) -> str | None:
        if token is None:
            return None
        try:
            return self._fernet.decrypt(bytes(token)).decode("utf-8")
        except InvalidToken as exc:
            raise KeyMissing(QT_TRANSLATE_NOOP("DataSourceError", "personal data was encrypted with another key"),
                             QT_TRANSLATE_NOOP("DataSourceError", "Use the key file that belongs to this store.")
                             ) from exc


def mask_id_number(value: str | None) -> str | None:
    """``330102199001011234`` -> ``3301**********1234``."""
    if not value:
        return value
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def mask_phone(value: str | None) -> str | None:
    """``13812345678`` -> ``138****5678``."""
    if not value:
        return value
    digits = value.strip()
    if len(digits) <= 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def mask_name(value: str | None) -> str | None:
    """``张小明`` -> ``张**``; ``Li Wei`` -> ``L*****``."""
    if not value:
        return value
    return value[0] + "*" * (len(value) - 1)


MASKS = {"reporter_name": mask_name, "reporter_phone": mask_phone, "reporter_id_number": mask_id_number}
