#!/usr/bin/python3
"""Checks the winget manifests in packaging/windows/winget against the
vendored JSON schemas (schema/, version 1.6.0) and against the project:
the version is Cargo.toml's, the three files name one package, the
installer is the MSI build.sh makes for that version, with a real SHA256
and the UpgradeCode of the WiX source. Then it breaks a copy of each
manifest (a required field removed) and makes sure the schema check fails,
so this check cannot pass by checking nothing.
Usage: check_winget.py [REPO_ROOT]   (needs python3-jsonschema, python3-yaml)"""
import copy
import pathlib
import re
import sys

import jsonschema
import yaml

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
winget = root / "packaging/windows/winget"
failures = []


def fail(text):
    failures.append(text)


def schema_for(manifest_type, manifest_version):
    path = winget / "schema" / f"manifest.{manifest_type}.{manifest_version}.json"
    if not path.exists():
        fail(f"no vendored schema {path.name} for ManifestVersion {manifest_version}")
        return None
    import json
    return json.loads(path.read_text())


def errors(manifest, schema):
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return [f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}"
            for e in cls(schema).iter_errors(manifest)]


cargo = (root / "Cargo.toml").read_text()
version = re.search(r'^version = "([^"]+)"', cargo, re.M).group(1)
wxs = (root / "packaging/windows/second-heart.wxs").read_text()
upgrade_code = re.search(r'UpgradeCode="([0-9A-F-]+)"', wxs).group(1)

manifests = {}
for path in sorted(winget.glob("*.yaml")):
    manifest = yaml.safe_load(path.read_text())
    kind = manifest.get("ManifestType")
    if kind in manifests:
        fail(f"{path.name}: a second {kind} manifest")
    manifests[kind] = (path.name, manifest)
for kind in ("version", "installer", "defaultLocale"):
    if kind not in manifests:
        fail(f"no {kind} manifest in {winget}")

for kind, (name, manifest) in manifests.items():
    schema = schema_for(kind, manifest.get("ManifestVersion"))
    if schema is None:
        continue
    for e in errors(manifest, schema):
        fail(f"{name}: {e}")
    if manifest.get("PackageVersion") != version:
        fail(f"{name}: PackageVersion {manifest.get('PackageVersion')} is not Cargo.toml's {version}")
    # A copy without a required field must fail: the check can fail.
    broken = copy.deepcopy(manifest)
    del broken[schema["required"][0]]
    if not errors(broken, schema):
        fail(f"{name}: the schema check accepted a manifest without {schema['required'][0]}")

ids = {m.get("PackageIdentifier") for _, m in manifests.values()}
if len(ids) != 1:
    fail(f"the manifests name different packages: {sorted(map(str, ids))}")

if "installer" in manifests:
    name, installer = manifests["installer"]
    msi = f"second-heart-{version}-x86_64.msi"
    for entry in installer.get("Installers", []):
        url = entry.get("InstallerUrl", "")
        if not url.endswith(f"/v{version}/{msi}"):
            fail(f"{name}: InstallerUrl {url} is not the release's {msi}")
        if set(str(entry.get("InstallerSha256", "0"))) <= {"0"}:
            fail(f"{name}: InstallerSha256 is not a real hash (run packaging/windows/build.sh)")
    codes = {e.get("UpgradeCode") for e in installer.get("AppsAndFeaturesEntries", [])}
    if codes != {"{" + upgrade_code + "}"}:
        fail(f"{name}: UpgradeCode {sorted(map(str, codes))} is not the WiX source's {{{upgrade_code}}}")

for text in failures:
    print(f"winget: {text}")
print(f"winget manifests: {len(manifests)} checked against schema 1.6.0; "
      f"{'FAILED' if failures else 'ok'}")
sys.exit(1 if failures else 0)
