"""How many members a cluster has, by type ({"sme": 90, "university": 10, …}).

A cluster's profile declares some of these figures by hand (`DECLARED_FIELDS`). The app that lists
the member organisations themselves (the member directory, built on clusters) gives the full counts
through the `count_cluster_members` hook: a function taking a cluster page and returning its counts.
Without such a hook, the declared figures are the counts.
"""

from typing import Any

from wagtail import hooks

COUNT_HOOK = "count_cluster_members"

# The member types (by the member directory's values) whose number a cluster page declares, with its field.
DECLARED_FIELDS = {
    "sme": "smes",
    "large_company": "large_companies",
    "university": "universities",
    "association": "associations",
    "startup": "startups",
}


def declared_member_counts(cluster: Any) -> dict[str, int]:
    """The figures the cluster's profile declares, by member type (types left at zero left out)."""
    counts = {member_type: getattr(cluster, field) for member_type, field in DECLARED_FIELDS.items()}
    return {member_type: count for member_type, count in counts.items() if count}


def member_counts(cluster: Any) -> dict[str, int]:
    """The cluster's members by type, counted by the app listing them (see the module's docstring)."""
    for count_members in hooks.get_hooks(COUNT_HOOK):
        return count_members(cluster)
    return declared_member_counts(cluster)
