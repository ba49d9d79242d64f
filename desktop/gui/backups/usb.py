"""USB sticks and other removable drives, for backups and packages that leave the computer.

Qt says which volumes are mounted (``QStorageInfo``) but not which are removable, so the
usual places are used: ``/media`` and ``/run/media`` (Linux), ``/Volumes`` (macOS), and on
Windows a drive other than the system's formatted as USB sticks are (FAT, exFAT). When none is
found the screens fall back to choosing a folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo

from desktop.core.i18n import _

BACKUP_FOLDER = "So hoa giai - sao luu"  # on the stick, beside whatever else it holds
_STICK_FORMATS = frozenset({"fat", "fat32", "vfat", "exfat", "msdos", "fuseblk"})
_MOUNT_PARENTS = (Path("/media"), Path("/run/media"), Path("/Volumes"))


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str  # the stick's label, or its letter / folder name
    free_bytes: int

    def described(self) -> str:
        return _("the USB drive “{name}” ({free} free)").format(
            name=self.name, free=size_in_words(self.free_bytes))


def size_in_words(size: int) -> str:
    """A size as a person says it: 820 KB, 12,5 MB, 3,7 GB (decimal comma)."""
    if size < 1024 * 1024:
        return _("{size} KB").format(size=max(1, round(size / 1024)))
    if size < 1024 ** 3:
        return _("{size} MB").format(size=f"{size / 1024 ** 2:.1f}".replace(".", ","))
    return _("{size} GB").format(size=f"{size / 1024 ** 3:.1f}".replace(".", ","))


def _looks_removable(volume: QStorageInfo, system_root: str) -> bool:
    root = Path(volume.rootPath())
    if any(parent in root.parents for parent in _MOUNT_PARENTS):
        return True
    if sys.platform == "win32":
        kind = bytes(volume.fileSystemType().data()).decode(errors="ignore").lower()
        return volume.rootPath().lower() != system_root and kind in _STICK_FORMATS
    return False


def removable_drives(volumes: Iterable[QStorageInfo] | None = None) -> list[Drive]:
    """The writable removable drives mounted now, by name."""
    system_root = (os.environ.get("SYSTEMDRIVE", "C:") + "/").lower()
    found = []
    for volume in QStorageInfo.mountedVolumes() if volumes is None else volumes:
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        if _looks_removable(volume, system_root):
            root = Path(volume.rootPath())
            found.append(Drive(root, volume.displayName() or root.name or str(root),
                               volume.bytesAvailable()))
    return sorted(found, key=lambda drive: drive.name)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def place_in_words(path: Path, drives: Iterable[Drive]) -> str:
    """Where a file went, for a volunteer: on which stick, or in which folder (by its name)."""
    for drive in drives:
        if drive.root == path or drive.root in path.parents:
            return _("on the USB drive “{name}”").format(name=drive.name)
    return _("in the folder “{folder}”").format(folder=path.parent.name or str(path.parent))
