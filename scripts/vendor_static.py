#!/usr/bin/env python3
"""Copy the front-end libraries the portal uses from npm into ``static/vendor/``.

The versions are pinned in ``static/vendor/package.json`` and ``package-lock.json``; the files
this script copies are committed, so running the portal needs neither Node.js nor a CDN. Run it
after changing a version or the list below:

    python3 scripts/vendor_static.py

It installs the packages with ``npm ci`` into a temporary folder, copies the files listed in
``FILES`` (and each package's licence) into ``static/vendor/<package>/`` and removes what the list
no longer names.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parent.parent / "static" / "vendor"

# Package -> files to copy, relative to the package's folder in node_modules.
FILES: dict[str, list[str]] = {
    "leaflet": [
        "dist/leaflet.js",
        "dist/leaflet.js.map",  # named by leaflet.js; collectstatic's manifest needs it
        "dist/leaflet.css",
        "dist/images/layers.png",
        "dist/images/layers-2x.png",
        "dist/images/marker-icon.png",
        "dist/images/marker-icon-2x.png",
        "dist/images/marker-shadow.png",
        "LICENSE",
    ],
    "leaflet.markercluster": [
        "dist/leaflet.markercluster.js",
        "dist/leaflet.markercluster.js.map",
        "dist/MarkerCluster.css",
        "dist/MarkerCluster.Default.css",
        "MIT-LICENCE.txt",
    ],
    # Pictograms (outline set): only the icons the templates use.
    "@tabler/icons": [
        "LICENSE",
        *(
            f"icons/outline/{name}.svg"
            for name in (
                "bed",
                "home-heart",
                "heart-handshake",
                "old",
                "wheelchair",
                "baby-carriage",
                "mood-sad",
                "pill",
                "coin",
                "shield-heart",
                "users",
                "briefcase",
                "ear",
                "eye",
                "brain",
                "friends",
                "school",
                "phone",
                "map-pin",
                "search",
                "calendar-event",
                "news",
                "lifebuoy",
            )
        ),
    ],
}


def main() -> int:
    if shutil.which("npm") is None:
        print("npm is needed to refresh static/vendor/ (it is not needed to run the portal).")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copy(VENDOR / "package.json", work / "package.json")
        lock = VENDOR / "package-lock.json"
        if lock.exists():
            shutil.copy(lock, work / "package-lock.json")
            command = ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"]
        else:
            command = ["npm", "install", "--ignore-scripts", "--no-audit", "--no-fund"]
        subprocess.run(command, cwd=work, check=True)
        shutil.copy(work / "package-lock.json", lock)
        for package, files in FILES.items():
            source = work / "node_modules" / package
            target = VENDOR / package
            if target.exists():
                shutil.rmtree(target)
            for name in files:
                destination = target / name.removeprefix("dist/")
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source / name, destination)
            print(f"{package}: {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
