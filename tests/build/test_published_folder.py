"""What gets deployed is the site only: no marker file inside public/, no lock file
beside it, and a folder that is not sitegen's is still never replaced."""

from __future__ import annotations

import shutil

from tests.conftest import SITES


def _site(tmp_path):
    site = tmp_path / "basic"
    shutil.copytree(SITES / "basic", site)
    return site


def test_public_holds_only_the_site(tmp_path, run):
    site = _site(tmp_path)
    for _ in range(2):  # the first build, and one that swaps the buffers
        assert run("build", site).code == 0
        public = site / "public"
        hidden = [p.name for p in public.rglob(".*")]
        assert hidden == [], hidden
        assert not list(site.glob("*lock*"))


def test_a_folder_put_in_place_of_public_is_not_replaced(tmp_path, run):
    site = _site(tmp_path)
    assert run("build", site).code == 0
    shutil.rmtree(site / "public")
    (site / "public").mkdir()
    (site / "public/notes.txt").write_text("mine\n")  # the marker beside names the old one
    result = run("build", site)
    assert result.code == 2
    assert "already holds files that sitegen did not write" in result.err
    assert (site / "public/notes.txt").read_text() == "mine\n"


def test_output_written_by_an_earlier_version_is_still_recognised(tmp_path, run):
    site = _site(tmp_path)
    public = site / "public"
    public.mkdir()
    (public / "old.html").write_text("old\n")
    (public / ".sitegen-output").write_text("Written by sitegen.\n")  # the old place
    assert run("build", site).code == 0
    assert not (public / ".sitegen-output").exists()
    assert not (public / "old.html").exists()
