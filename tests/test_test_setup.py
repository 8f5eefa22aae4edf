"""scripts/install-test-system-deps.sh: installs only what is missing, and only as it may.

The script runs with a PATH of stand-ins that record what it asks apt-get to do.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "install-test-system-deps.sh"
NEEDED = ["chromium", "firefox-esr", "zsh", "fish", "bash-completion", "tmux", "fzf"]


def stand_ins(
    tmp_path: Path, *, installed: set[str], uid: int, sudo: bool, password: bool = False
) -> Path:
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    log = tmp_path / "calls"
    scripts = {
        "dpkg-query": 'case " ' + " ".join(sorted(installed)) + ' " in *" $3 "*) '
        'printf "install ok installed";; *) exit 1;; esac',
        "apt-get": f'echo "apt-get $*" >> {log}',
        "id": f"echo {uid}",
    }
    if sudo:  # a sudo that would ask for a password fails under -n, as the real one does
        scripts["sudo"] = (
            f'[ "$1" = -n ] && shift; {"exit 1" if password else ":"}; '
            f'[ "$1" = true ] && exit 0; echo "sudo $1" >> {log}; "$@"'
        )
    for name, body in scripts.items():
        (bin_ / name).write_text(f"#!/bin/sh\n{body}\n")
        (bin_ / name).chmod(0o755)
    for tool in ("grep", "env"):
        found = shutil.which(tool)
        assert found is not None
        (bin_ / tool).symlink_to(found)
    return bin_


def run(tmp_path: Path, **kwargs: object) -> tuple[int, list[str], str]:
    bin_ = stand_ins(tmp_path, **kwargs)  # type: ignore[arg-type]
    result = subprocess.run(
        ["/bin/sh", str(SCRIPT)], env={"PATH": str(bin_)}, capture_output=True, text=True,
        stdin=subprocess.DEVNULL, timeout=30,
    )  # fmt: skip
    log = tmp_path / "calls"
    calls = log.read_text().splitlines() if log.exists() else []
    return result.returncode, calls, result.stderr


def test_nothing_happens_when_everything_is_installed(tmp_path: Path) -> None:
    code, calls, _ = run(tmp_path, installed=set(NEEDED), uid=0, sudo=False)
    assert (code, calls) == (0, [])


def test_only_the_missing_packages_are_installed_without_questions(tmp_path: Path) -> None:
    code, calls, _ = run(tmp_path, installed=set(NEEDED) - {"fish", "chromium"}, uid=0,
                         sudo=False)  # fmt: skip
    assert code == 0
    assert len(calls) == 2 and calls[0].endswith(" update -qq")
    assert calls[1].endswith("install -y -qq --no-install-recommends chromium fish")


@pytest.mark.parametrize(("sudo", "password"), [(True, False), (True, True), (False, False)])
def test_a_user_gets_sudo_without_a_password_or_the_command_to_run(
    tmp_path: Path, sudo: bool, password: bool
) -> None:
    code, calls, stderr = run(tmp_path, installed=set(), uid=1000, sudo=sudo, password=password)
    assert code == 0
    if sudo and not password:
        assert [c.split()[0:2] for c in calls if c.startswith("sudo")] == [
            ["sudo", "apt-get"], ["sudo", "env"]]  # fmt: skip
    else:
        assert calls == []
        assert "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install" in stderr
        assert " ".join(NEEDED) in stderr
