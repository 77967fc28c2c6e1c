"""The summary of one import run, printed in Czech for the coordinator."""

from array import array
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"
OUTCOME_LABELS = {
    CREATED: "vytvořeno (koncept)",
    UPDATED: "aktualizováno",
    UNCHANGED: "beze změny",
    SKIPPED: "přeskočeno",
}
MAX_LISTED = 200


class ImportFailure(Exception):
    """The file cannot be read at all (missing, empty, not JSON, unknown encoding)."""


class ProviderOutcomes:
    """The outcome of each provider in a run, keyed by IČO, in five bytes a provider.

    A national file names thousands of providers; a dict of strings would make the importer's
    memory grow with the file. A key that is not an 8-digit IČO (a broken record) goes to a
    plain dict: such records are few.
    """

    CODES = list(OUTCOME_LABELS)

    def __init__(self):
        self.icos = array("L")  # sorted
        self.codes = bytearray()
        self.others = {}

    def _position(self, key):
        if not (len(key) == 8 and key.isascii() and key.isdigit()):
            return None, None
        number = int(key)
        return number, bisect_left(self.icos, number)

    def get(self, key, default=None):
        number, position = self._position(key)
        if number is None:
            return self.others.get(key, default)
        if position < len(self.icos) and self.icos[position] == number:
            return self.CODES[self.codes[position]]
        return default

    def __contains__(self, key):
        return self.get(key) is not None

    def __setitem__(self, key, outcome):
        number, position = self._position(key)
        if number is None:
            self.others[key] = outcome
        elif position < len(self.icos) and self.icos[position] == number:
            self.codes[position] = self.CODES.index(outcome)
        else:
            self.icos.insert(position, number)
            self.codes.insert(position, self.CODES.index(outcome))

    def values(self):
        return [self.CODES[code] for code in self.codes] + list(self.others.values())

    def __len__(self):
        return len(self.icos) + len(self.others)


@dataclass
class ImportReport:
    source: str
    dry_run: bool = False
    read: int = 0
    out_of_scope: int = 0
    providers: ProviderOutcomes = field(default_factory=ProviderOutcomes)  # IČO -> outcome
    services: Counter = field(default_factory=Counter)
    skipped: list = field(default_factory=list)  # (what, identifier, name, reason)
    skipped_total: int = 0
    unknown_codes: Counter = field(default_factory=Counter)  # (vocabulary, code) -> count
    unknown_districts: Counter = field(default_factory=Counter)
    notes: list = field(default_factory=list)
    failure: str = ""

    def provider_done(self, key, outcome):
        """Count a provider once per run; a later success replaces an earlier skip."""
        if self.providers.get(key, SKIPPED) == SKIPPED:
            self.providers[key] = outcome

    def service_done(self, outcome):
        self.services[outcome] += 1

    def skip(self, what, identifier, name, reason):
        self.skipped_total += 1
        if what == "služba":
            self.services[SKIPPED] += 1
        if len(self.skipped) < MAX_LISTED:
            self.skipped.append((what, identifier, name, reason))

    @property
    def ok(self):
        return not self.failure

    def counts(self, kind):
        outcomes = Counter(self.providers.values()) if kind == "providers" else self.services
        return {outcome: outcomes.get(outcome, 0) for outcome in OUTCOME_LABELS}

    def lines(self):
        """The summary, line by line."""
        lines = [f"Import z registru poskytovatelů sociálních služeb: {self.source}"]
        lines += self.notes
        lines.append(
            f"Přečteno položek: {self.read}, z toho mimo zvolené území: {self.out_of_scope}"
        )
        for kind, heading in (("providers", "Poskytovatelé"), ("services", "Služby")):
            counts = self.counts(kind)
            lines.append(
                f"{heading}: "
                + ", ".join(f"{OUTCOME_LABELS[key]} {value}" for key, value in counts.items())
            )
        if self.skipped:
            lines.append("Přeskočené záznamy:")
            for what, identifier, name, reason in self.skipped:
                named = f" „{name}“" if name else ""
                lines.append(f"  – {what} {identifier or '(bez identifikátoru)'}{named}: {reason}")
            if self.skipped_total > len(self.skipped):
                lines.append(f"  … a dalších {self.skipped_total - len(self.skipped)}")
        if self.unknown_codes:
            lines.append(
                "Neznámé kódy registru (doplňte „Kód v registru MPSV“ u položky číselníku "
                "v administraci):"
            )
            for (vocabulary, value), count in sorted(self.unknown_codes.items()):
                lines.append(f"  – {vocabulary} {value} ({count}×)")
        if self.unknown_districts:
            lines.append("Neznámé městské obvody (místo uloženo bez obvodu):")
            for name, count in sorted(self.unknown_districts.items()):
                lines.append(f"  – {name} ({count}×)")
        if self.failure:
            lines.append(f"CHYBA: {self.failure}")
        if self.dry_run:
            lines.append("Zkušební běh (--dry-run): nic nebylo uloženo.")
        return lines

    def __str__(self):
        return "\n".join(self.lines())
