"""Index updates waiting for the search server, stored in the same transaction as the change."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Length
from django.utils import timezone
from wagtail.documents import get_document_model_string
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class PendingIndexUpdate(models.Model):
    """One object whose entry on the search server is out of date.

    Repeated changes to an object collapse into one row (the last action wins); the row is
    deleted once the server has the object's current state.
    """

    class Action(models.TextChoices):
        INDEX = "index", "index"
        DELETE = "delete", "delete"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    action = models.CharField(max_length=6, choices=Action)
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(default=timezone.now, help_text="When the object last changed.")
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = "pending index update"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_pending_update_per_object"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.content_type_id}:{self.object_id}"


class LoggedSearch(models.Model):
    """One search made on the portal, written in bulk from the cache buffer (see `search.querylog`)."""

    query = models.CharField(max_length=200, help_text="Lower case, spaces collapsed.")
    language = models.CharField(max_length=8)
    results = models.PositiveIntegerField(help_text="How many results the search found.")
    searched_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "logged search"
        default_permissions = ("view",)
        indexes = [models.Index(fields=["query", "language"], name="logged_search_query")]

    def __str__(self) -> str:
        return f"{self.query} ({self.language}, {self.results})"


class DocumentTextQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class DocumentText(index.Indexed, models.Model):
    """The text of a PDF document, extracted in the background (see `search.documents`), for the portal search."""

    document = models.OneToOneField(
        get_document_model_string(), on_delete=models.CASCADE, primary_key=True, related_name="extracted_text"
    )
    title = models.CharField(max_length=255, help_text="The document's title when the text was extracted.")
    text = models.TextField(blank=True)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    file_hash = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the file the text comes from.")
    extracted_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True, help_text="Why no text could be read from the file, if so.")

    objects = DocumentTextQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=5),
        index.SearchField("text"),
    ]

    class Meta:
        verbose_name = "document text"
        default_permissions = ()

    def __str__(self) -> str:
        return self.title


class IndexedWord(models.Model):
    """A word of the indexed titles and names, for "did you mean" (see `search.vocabulary`)."""

    word = models.CharField(max_length=60, unique=True, help_text="Lower case; Arabic in its searched form.")
    count = models.PositiveIntegerField(default=1, help_text="In how many titles and names the word appears.")

    class Meta:
        verbose_name = "indexed word"
        default_permissions = ()
        indexes = [models.Index(Length("word"), "word", name="indexed_word_length")]

    def __str__(self) -> str:
        return self.word
