"""Building plan structures of any size for tests."""

from plans.demo.helpers import chapter, goal, measure


def plan_structure(measures_per_goal=2, goals=2, bearer="Slezská diakonie", group=None):
    """One chapter with ``goals`` goals of ``measures_per_goal`` measures each."""
    goal_values = []
    for g in range(1, goals + 1):
        measures = [
            measure(
                f"1.{g}.{m}",
                f"Opatření číslo {g}-{m}",
                status="done" if m == 1 else "planned",
                bearer={"page": None, "name": bearer if m == 1 else "Charita Ostrava"},
                description="<p>Popis opatření.</p>",
            )
            for m in range(1, measures_per_goal + 1)
        ]
        goal_values.append(goal(f"1.{g}", f"Cíl číslo {g}", measures))
    return [chapter("1", "Senioři", goal_values, working_group=group, area="Senioři")]
