"""Where the project lives, and every coordinate derived from it.

One public home, the source repository; each package's name, module path,
groupId, Java package and links follow from it here and nowhere else, so
that the templates, the release scripts and the tests cannot disagree.
A published coordinate is part of every user's build: changing one (the Go
path, the Java package) is a breaking change and takes a new major version.
"""

from __future__ import annotations

from typing import NamedTuple

HOME = "https://github.com/faceid-codes/faceid-codes"
LICENSE = "MIT"
# The folder of the repository the generator writes, as published: the Go
# module lives in it, so its path and its tags carry it.
GENERATED = "generated"


class Project(NamedTuple):
    home: str  # the source repository
    owner: str
    repo: str

    @property
    def license(self) -> str:  # an SPDX identifier
        return LICENSE

    @property
    def host_path(self) -> str:  # "github.com/OWNER/REPO"
        return self.home.split("://", 1)[1]

    @property
    def git_url(self) -> str:
        return self.home + ".git"

    @property
    def issues_url(self) -> str:
        return self.home + "/issues"

    @property
    def changelog_url(self) -> str:
        return self.home + "/blob/main/CHANGELOG.md"

    @property
    def docs_url(self) -> str:  # the MkDocs site, on the repository's GitHub Pages
        return f"https://{self.owner}.github.io/{self.repo}/"

    @property
    def reference_url(self) -> str:
        return self.docs_url + "return-codes/"

    # --- the registries' names -----------------------------------------------

    @property
    def pypi_name(self) -> str:
        return self.repo

    @property
    def npm_name(self) -> str:
        return self.repo

    @property
    def maven_group(self) -> str:
        # Maven Central verifies io.github.OWNER against the GitHub account.
        return "io.github." + self.owner

    @property
    def maven_artifact(self) -> str:
        return self.repo

    @property
    def java_package(self) -> str:
        # The groupId as a Java name: a dash is not allowed in one.
        return self.maven_group.replace("-", "_")

    @property
    def java_dir(self) -> str:
        return self.java_package.replace(".", "/")

    # --- Go: a module in a folder of the repository ----------------------------

    @property
    def go_folder(self) -> str:
        return GENERATED + "/go"

    @property
    def go_tag_prefix(self) -> str:
        # The go command finds a module in a subfolder by tags prefixed with it.
        return self.go_folder + "/"

    def go_module(self, version: str) -> str:
        """The module path for a version: major 2 and later carry /vN, as `go get` requires."""
        major = int(version.split(".")[0])
        base = f"{self.host_path}/{self.go_folder}"
        return base if major < 2 else f"{base}/v{major}"

    def go_tag(self, version: str) -> str:
        return f"{self.go_tag_prefix}v{version}"


def _project(home: str) -> Project:
    owner, repo = home.rstrip("/").split("/")[-2:]
    return Project(home, owner, repo)


PROJECT = _project(HOME)
