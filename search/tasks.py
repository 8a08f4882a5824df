from celery import Task, shared_task

from . import documents, querylog, services, vocabulary


@shared_task(bind=True, acks_late=True, max_retries=8)
def apply_pending_index_updates(self: Task) -> int:
    """Sent after each commit that queued an update; retried with growing delays while the server is down."""
    try:
        return services.apply_pending_index_updates()
    except services.SearchServerUnavailable as error:
        if self.request.is_eager:
            return 0  # run inside a request, which must not wait: the catch-up retries
        raise self.retry(exc=error, countdown=min(15 * 2**self.request.retries, 900)) from error


@shared_task
def catch_up_search_index() -> int:
    """Periodically applies what is still queued: after an outage, a dead broker or exhausted retries."""
    try:
        return services.apply_pending_index_updates()
    except services.SearchServerUnavailable:
        return 0


@shared_task
def flush_search_log() -> int:
    """Periodically moves the searches buffered in the cache into the database."""
    return querylog.flush_search_log()


@shared_task(bind=True, acks_late=True, max_retries=5)
def extract_document_text(self: Task, document_id: int) -> bool:
    """Sent after a document is saved; retried while its file cannot be read from storage."""
    try:
        return documents.extract_document_text(document_id) is not None
    except documents.TransientReadError as error:
        raise self.retry(exc=error, countdown=min(30 * 2**self.request.retries, 900)) from error


@shared_task
def rebuild_search_vocabulary() -> int:
    """Periodically recounts the words "did you mean" chooses from, dropping those no longer indexed."""
    return vocabulary.rebuild_vocabulary()
