"""Writing exports safely: to a temporary file beside the target, then an atomic rename."""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path | str):
    """Yield a temporary path; on success it replaces `path`, on error it is removed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; exports are ordinary files
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: Path | str, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="\n")


@contextmanager
def staged_folder(out: Path | str):
    """Yield an empty hidden folder inside `out` to write a whole set of exports into. On
    success its entries replace those of the same name in `out` (a folder such as pages/ is
    replaced whole, so no file of an earlier build lingers in it), all or none: the old
    entries are moved aside first and put back if anything fails. Staging inside `out`
    keeps every rename on one file system (a mounted output folder works)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".newskg-staging-", dir=out))
    try:
        yield stage
        _swap_in(stage, out)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _swap_in(stage: Path, out: Path) -> None:
    aside = Path(tempfile.mkdtemp(prefix=".newskg-previous-", dir=out))
    names = sorted(entry.name for entry in stage.iterdir())
    moved_aside: list[str] = []
    placed: list[str] = []
    try:
        for name in names:
            if (out / name).exists() or (out / name).is_symlink():
                os.replace(out / name, aside / name)
                moved_aside.append(name)
        for name in names:
            os.replace(stage / name, out / name)
            placed.append(name)
    except OSError:
        for name in placed:  # roll back: the previous set comes back as it was
            _remove(out / name)
        for name in moved_aside:
            os.replace(aside / name, out / name)
        raise
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
