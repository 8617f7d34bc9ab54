"""scripts/_setup.sh installs what each purpose needs: the app only the runtime
dependencies (``pip install -e .``), the tests their extras too (``-e '.[test]'``), each with
its own stamp, so switching between scripts/run-app and scripts/run-tests is cheap and right
(issue #13: run-app installed pytest, mypy and ruff to run the app).

pip itself is not what is tested here: the venv's ``pip`` records the command it was given.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RECORDING_PIP = """\
import os, sys
with open(os.environ["PIP_CALLS"], "a", encoding="utf-8") as log:
    log.write(" ".join(sys.argv[1:]) + "\\n")
"""

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or os.name != "posix", reason="bash script")


@pytest.fixture
def venv(tmp_path: Path) -> Path:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = subprocess.run([str(venv / "bin" / "python"), "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    pip = Path(purelib) / "pip"
    pip.mkdir()
    (pip / "__init__.py").write_text("", encoding="utf-8")
    (pip / "__main__.py").write_text(RECORDING_PIP, encoding="utf-8")
    return venv


def install(venv: Path, purpose: str, calls: Path) -> str:
    """Runs the script's install step for ``purpose``; returns what it printed."""
    env = {**os.environ, "MYPAGE_VENV": str(venv), "PIP_CALLS": str(calls),
           "PYTHONPATH": str(REPO / "src")}  # what the editable install provides
    result = subprocess.run(["bash", "-c", f'source scripts/_setup.sh && _ensure_install {purpose}'],
                            cwd=REPO, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stderr


def pip_calls(calls: Path) -> list[str]:
    return calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []


def test_the_app_installs_the_runtime_only_and_the_tests_their_extras(venv: Path, tmp_path: Path) -> None:
    calls = tmp_path / "pip-calls.txt"
    install(venv, "app", calls)
    assert pip_calls(calls) == ["install --progress-bar off -e ."]
    assert "up to date" in install(venv, "app", calls)  # the second start installs nothing
    assert len(pip_calls(calls)) == 1

    install(venv, "tests", calls)
    assert pip_calls(calls)[1:] == ["install --progress-bar off -e .[test]"]
    assert "up to date" in install(venv, "tests", calls)
    # A test install holds everything the app needs: back to the app costs nothing.
    assert "up to date" in install(venv, "app", calls)
    assert len(pip_calls(calls)) == 2


def test_the_tests_after_the_app_still_install_their_extras(venv: Path, tmp_path: Path) -> None:
    calls = tmp_path / "pip-calls.txt"
    install(venv, "app", calls)
    install(venv, "bench", calls)
    assert pip_calls(calls) == ["install --progress-bar off -e .", "install --progress-bar off -e .[test]"]
