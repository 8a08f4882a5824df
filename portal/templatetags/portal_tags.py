"""Template tags for the site layout: the language switcher, the main navigation and index filters."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.functional import Promise
from django.utils.translation import get_language_info
from wagtail.models import Page

from portal.lists import join_list
from portal.locales import active_locale
from portal.navigation import main_navigation

register = template.Library()


def _page_translations(request, page) -> dict[str, str]:
    """The addresses of `page` in each language it is translated into, by language code.

    When the request is for an address below the page (one of its routes, such as an event's
    registration form, or My events below the events index), each translation's address gets
    the same route. When the request is for an address that is neither the page nor below it,
    there are none: the same address in the other language is what the visitor wants.
    """
    own_path = urlsplit(page.get_url(request) or "").path
    if not own_path or not request.path.startswith(own_path):
        return {}
    route = request.path.removeprefix(own_path)
    translations: dict[str, str] = {}
    for translation in Page.objects.live().filter(translation_key=page.translation_key).select_related("locale"):
        url = translation.get_url(request)
        if url:
            translations[translation.locale.language_code] = url + route
    return translations


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in each language, or to the same URL in that language."""
    request = context["request"]
    page = context.get("page")
    translations = _page_translations(request, page) if isinstance(page, Page) and page.pk else {}
    current = context.get("LANGUAGE_CODE")
    languages = []
    for code, _name in settings.LANGUAGES:
        url = translations.get(code) or translate_url(request.get_full_path(), code)
        info = get_language_info(code)
        languages.append({"code": code, "name": info["name_local"], "url": url, "current": code == current})
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def navigation(context):
    """The top-level pages of the home page in the active language, for the header."""
    request = context["request"]
    # On a Wagtail page, its own locale (and, on the home page, the page itself) is at hand.
    page = context.get("page")
    on_page = isinstance(page, Page) and bool(page.locale_id)
    locale_id = page.locale_id if on_page else active_locale().pk
    return main_navigation(request, locale_id, home=page if on_page and page.depth == 2 else None)


@register.inclusion_tag("includes/filter_select.html")
def filter_select(name: str, label: str, all_label: str, options, selected="") -> dict:
    """One filter of an index page's GET form: a labelled <select> whose first option clears it.

    `options` holds (value, label) pairs, (value, page) pairs, or objects with a slug and a name or
    title (sectors, themes, clusters).
    """
    return {
        "name": name,
        "label": label,
        "all_label": all_label,
        "options": [_filter_option(option) for option in options],
        "selected": str(selected or ""),
    }


def _filter_option(option) -> tuple[str, str]:
    value, text = option if isinstance(option, tuple | list) else (option.slug, option)
    if not isinstance(text, str | Promise):
        text = getattr(text, "name", None) or text.title
    return str(value), text


@register.filter(name="join_list")
def join_list_filter(items) -> str:
    """`{{ names|join_list }}`: the items separated as the page's language separates them."""
    return join_list(items)
