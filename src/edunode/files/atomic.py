"""Writing a file into a folder someone else may have prepared: a USB stick, a folder picked
in a dialog, the data folder's ``transfers/``.

Anyone can put files on a stick, and the names EduNode writes there are known in advance
(node IDs are public). So :func:`write_atomic`, the one writer for such folders:

- opens the folder the user chose, and each folder below it, without following a symbolic
  link (``O_NOFOLLOW``), and refuses one that is a link: nothing is written outside the
  folder the user chose;
- keeps those folders open and works relative to them (``dir_fd``), so a folder swapped
  for a link halfway through changes nothing;
- creates its temporary file at a random name, exclusively and without following a link
  (``O_CREAT | O_EXCL | O_NOFOLLOW``): a link planted at any name is never written through;
- renames it over the final name: a link there is replaced (its target is untouched), a
  folder there makes a clean error; fsync of the file and then of the folder, so a stick
  pulled out mid-write keeps the previous file whole.

Where the platform has no ``dir_fd`` (Windows) the same checks are made by path and the
temporary file is still created exclusively at a random name.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path, PurePath

from edunode.errors import EdunodeError

TEMPORARY_SUFFIX = ".partial"
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_FILE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0) | _NOFOLLOW
)  # fmt: skip
_BY_FD = bool(_NOFOLLOW) and all(
    f in os.supports_dir_fd for f in (os.open, os.mkdir, os.rename, os.unlink)
)


class WriteRefused(EdunodeError):
    """A file could not be written safely where it was asked for; the message says why in
    words a teacher can act on (the caller adds which file)."""

    code = "write"


def write_atomic(
    folder: Path, relative: str | PurePath, data: bytes, *, mode: int = 0o600,
    make_folders: bool = False,
) -> Path:  # fmt: skip
    """Write ``data`` to ``folder / relative`` atomically and return that path.

    ``folder`` is the folder the user chose; ``relative`` a file name, or folders and a
    file name below it (``EduNode/x.edunode``), created when ``make_folders``. ``mode``
    applies to a new file (less the umask). WriteRefused for a link where a folder should
    be, a missing folder, or any failure of the file system (nothing is left behind)."""
    folder = Path(folder)
    parts = _parts(relative)
    if _BY_FD:
        _write_by_fd(folder, parts, data, mode, make_folders)
    else:  # pragma: no cover - Windows
        _write_by_path(folder, parts, data, mode, make_folders)
    return folder.joinpath(*parts)


def _parts(relative: str | PurePath) -> list[str]:
    parts = list(PurePath(relative).parts)
    if not parts or any(
        p in ("", ".", "..") or "\x00" in p or PurePath(p).anchor for p in parts
    ):  # an absolute path or a way up: never outside the folder
        raise WriteRefused(f"{str(relative)!r} is not a file name inside the folder")
    return parts


def _temporary_name(name: str) -> str:
    return f".{name[:100]}.{secrets.token_hex(8)}{TEMPORARY_SUFFIX}"


def _describe_link(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError:
        target = "somewhere else"
    return (
        f"{path} is a link to {target}, not a folder: EduNode writes only into the folder "
        "itself, never through a link (a link on a USB stick can point anywhere)"
    )


def _refusal(path: Path, exc: OSError) -> WriteRefused:
    if exc.errno == errno.EISDIR:
        return WriteRefused(f"there is a folder named {path.name} in the way")
    return WriteRefused(str(exc.strerror or exc))


def _open_folder(path: Path, name: str | None, parent: int | None, create: bool) -> int:
    """The folder ``path`` (``name`` inside the open folder ``parent``), opened without
    following a link; created first when ``create``."""
    where = name if parent is not None and name is not None else str(path)
    if create and parent is not None:
        try:
            os.mkdir(where, 0o777, dir_fd=parent)
        except FileExistsError:
            pass
        except OSError as exc:
            raise WriteRefused(f"could not make the folder {path}: {exc.strerror or exc}") from None
    try:
        return os.open(where, _DIR_FLAGS | _NOFOLLOW, dir_fd=parent)
    except OSError as exc:
        if os.path.islink(path):
            raise WriteRefused(_describe_link(path)) from None
        if exc.errno == errno.ENOENT:
            raise WriteRefused(f"the folder {path} does not exist") from None
        if exc.errno == errno.ENOTDIR:
            raise WriteRefused(f"{path} is not a folder") from None
        raise WriteRefused(f"{path} can't be opened: {exc.strerror or exc}") from None


def _write_by_fd(
    folder: Path, parts: list[str], data: bytes, mode: int, make_folders: bool
) -> None:
    fds = [_open_folder(folder, None, None, False)]
    try:
        where = folder
        for part in parts[:-1]:
            where = where / part
            fds.append(_open_folder(where, part, fds[-1], make_folders))
        _write_in(fds[-1], where / parts[-1], data, mode)
    finally:
        for fd in fds:
            os.close(fd)


def _write_in(dir_fd: int, path: Path, data: bytes, mode: int) -> None:
    """Temporary file, exclusive and no-follow, in the open folder; fsync; rename; fsync."""
    name = path.name
    for _ in range(16):
        temporary = _temporary_name(name)
        try:
            fd = os.open(temporary, _FILE_FLAGS, mode, dir_fd=dir_fd)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise _refusal(path, exc) from None
    else:  # pragma: no cover - 16 collisions of 64 random bits
        raise WriteRefused("no free temporary name in the folder")
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary, dir_fd=dir_fd)
        raise _refusal(path, exc) from None
    with contextlib.suppress(OSError):  # FAT on some kernels refuses fsync on a folder;
        os.fsync(dir_fd)  # the rename itself is atomic


def _write_by_path(  # pragma: no cover - Windows
    folder: Path, parts: list[str], data: bytes, mode: int, make_folders: bool
) -> None:
    """The same checks by path, where folders can't be opened (no ``dir_fd``)."""
    where = folder
    for depth, part in enumerate(["", *parts[:-1]]):
        where = where / part if part else where
        if part and make_folders:
            try:
                where.mkdir()
            except FileExistsError:
                pass
            except OSError as exc:
                raise WriteRefused(f"could not make the folder {where}: {exc.strerror}") from None
        if where.is_symlink():
            raise WriteRefused(_describe_link(where))
        if not where.is_dir():
            missing = depth == 0 and not where.exists()
            raise WriteRefused(
                f"the folder {where} does not exist" if missing else f"{where} is not a folder"
            )
    path = where / parts[-1]
    for _ in range(16):
        temporary = where / _temporary_name(path.name)
        try:
            fd = os.open(temporary, _FILE_FLAGS, mode)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise _refusal(path, exc) from None
    else:
        raise WriteRefused("no free temporary name in the folder")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise _refusal(path, exc) from None
