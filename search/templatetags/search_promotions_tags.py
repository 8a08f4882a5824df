"""`{% promoted_results query as promotions %}`: the promotions for a query in the current language."""

from django import template

from portal.locales import active_locale
from search.promotions import Promotion, promoted_results

register = template.Library()


@register.simple_tag(takes_context=True, name="promoted_results")
def promoted_results_tag(context: template.Context, query: str) -> list[Promotion]:
    return promoted_results(query, active_locale(), context.get("request"))
