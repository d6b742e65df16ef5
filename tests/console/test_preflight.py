"""The system-package check that `make run` and `make test` run first: what is missing, and how it is
installed (as root, through sudo, or a command to give to someone who may)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from console.preflight import install_commands, missing_system_packages, purpose

ROOT = Path(__file__).resolve().parents[2]
NO_SUCH = "township-no-such-package"
SYSTEM_PYTHON = "/usr/bin/python3"
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")


@needs_dpkg
def test_missing_packages_are_found_in_the_order_given():
    assert missing_system_packages(["dpkg", NO_SUCH, "coreutils", NO_SUCH + "-2"]) == [
        NO_SUCH, NO_SUCH + "-2"]
    assert missing_system_packages(["dpkg"]) == []
    assert missing_system_packages([]) == []


def test_the_install_commands_for_root_for_sudo_and_for_neither():
    assert install_commands(["xvfb", "libegl1"], is_root=True, sudo=None) == [
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "xvfb", "libegl1"]]
    update, install = install_commands(["xvfb"], is_root=False, sudo="/usr/bin/sudo")
    assert update == ["/usr/bin/sudo", "apt-get", "update", "-qq"]
    assert install == ["/usr/bin/sudo", "apt-get", "install", "-y", "-q", "--no-install-recommends", "xvfb"]
    assert install_commands(["xvfb"], is_root=False, sudo=None) is None


def test_every_package_of_the_makefile_says_what_it_is_for():
    text = (ROOT / "Makefile").read_text()
    block = text.split("SYSTEM_PACKAGES :=", 1)[1].split("\n\n", 1)[0]
    packages = block.replace("\\", " ").split()
    assert "xvfb" in packages and "fonts-wqy-microhei" in packages
    assert all(purpose(p) != "the console" for p in packages)


@needs_dpkg
def test_nothing_missing_is_silent_and_succeeds():
    done = subprocess.run([sys.executable, "-m", "console.preflight", "--system", "dpkg", "coreutils"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@needs_dpkg
@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("runuser") is None or shutil.which("sudo")
                    or not Path(SYSTEM_PYTHON).exists(),
                    reason="needs root to run as another user, no sudo, and the system's python3")
def test_a_user_who_cannot_install_is_told_the_command():
    # The check as `make` runs it (the system's python3, before any .venv), as "nobody": no root, no sudo.
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        script = folder / "preflight.py"
        shutil.copy(ROOT / "console" / "preflight.py", script)
        script.chmod(0o644)
        done = subprocess.run(["runuser", "-u", "nobody", "--", SYSTEM_PYTHON,
                               str(script), "--system", "dpkg", NO_SUCH], cwd=folder, capture_output=True,
                              text=True, check=False)
    finally:
        shutil.rmtree(folder)
    assert done.returncode == 1, done.stderr
    assert f"missing: {NO_SUCH}" in done.stderr and f"run: apt-get install {NO_SUCH}" in done.stderr
