"""What the proposals app announces, for other apps (following, notifications) to act on.

Each signal is sent inside the transaction that makes the change, once the change is saved.
"""

from django.dispatch import Signal

# kwargs: proposal (the proposal's original page), old_status, new_status, changed_by (a user or None)
proposal_status_changed = Signal()
# kwargs: proposal (the proposal's original page), changed_by
proposal_consortium_changed = Signal()
# kwargs: call (FundingCallPage), changes (dict: field name -> (old value, new value), e.g. "deadline", "status")
funding_call_changed = Signal()
