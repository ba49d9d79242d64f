"""Document fixtures: the sample agreement and readers for PDFs (poppler-utils)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.documents.data import AgreementDocument
from tests.documents.sample_agreement import make_agreement


@pytest.fixture
def agreement() -> AgreementDocument:
    return make_agreement()


def run_poppler(tool: str, pdf: bytes, tmp_path: Path, *args: str) -> str:
    """Run a poppler-utils command on the PDF bytes; its standard output as text."""
    path = tmp_path / f"{tool}-input.pdf"
    path.write_bytes(pdf)
    done = subprocess.run([tool, *args, str(path), "-"] if tool == "pdftotext"
                          else [tool, *args, str(path)],
                          check=True, capture_output=True, timeout=60)
    return done.stdout.decode("utf-8")


@pytest.fixture
def pdf_text(tmp_path: Path) -> Callable[[bytes], str]:
    """The PDF's text as pdftotext reads it, with runs of white space (line ends) made one space."""

    def read(pdf: bytes) -> str:
        return " ".join(run_poppler("pdftotext", pdf, tmp_path, "-enc", "UTF-8").split())

    return read


@pytest.fixture
def pdf_body_text(tmp_path: Path) -> Callable[[bytes], str]:
    """The PDF's running text without the page numbers at the top of pages 2, 3...: a
    paragraph that runs onto the next page reads whole."""

    def read(pdf: bytes) -> str:
        lines = run_poppler("pdftotext", pdf, tmp_path, "-enc", "UTF-8").splitlines()
        return " ".join(" ".join(line for line in lines if not line.strip().isdigit()).split())

    return read


@pytest.fixture
def pdf_page_text(tmp_path: Path) -> Callable[[bytes, int], str]:
    """The text of one page (numbered from 1), white space as pdftotext gives it."""

    def read(pdf: bytes, page: int) -> str:
        return run_poppler("pdftotext", pdf, tmp_path, "-enc", "UTF-8", "-f", str(page),
                           "-l", str(page)).strip()

    return read


@pytest.fixture
def pdf_fonts(tmp_path: Path) -> Callable[[bytes], list[list[str]]]:
    """pdffonts' table, one list of columns per font (header lines dropped)."""

    def read(pdf: bytes) -> list[list[str]]:
        lines = run_poppler("pdffonts", pdf, tmp_path).splitlines()[2:]
        return [line.split() for line in lines if line.strip()]

    return read
