"""`{% promoted_results query as promotions %}`: the promotions for a query in the current language."""

from django import template
from wagtail.models import Locale

from search.promotions import Promotion, promoted_results

register = template.Library()


@register.simple_tag(takes_context=True, name="promoted_results")
def promoted_results_tag(context: template.Context, query: str) -> list[Promotion]:
    return promoted_results(query, Locale.get_active(), context.get("request"))
