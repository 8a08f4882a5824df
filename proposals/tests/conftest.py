import pytest

from proposals import signals


@pytest.fixture
def signals_sent():
    """Every proposals signal sent during the test, as (signal name, kwargs)."""
    received = []
    receivers = {}
    for name in ("proposal_status_changed", "proposal_consortium_changed", "funding_call_changed"):

        def receiver(sender, name=name, **kwargs):
            kwargs.pop("signal", None)
            received.append((name, kwargs))

        receivers[name] = receiver
        getattr(signals, name).connect(receiver, weak=False, dispatch_uid=f"test-{name}")
    yield received
    for name in receivers:
        getattr(signals, name).disconnect(dispatch_uid=f"test-{name}")
