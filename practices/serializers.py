"""Serializers for the fields the read-only API exposes on best practices."""

from rest_framework import serializers

from clusters.serializers import TermSerializer

__all__ = ["ClusterSummarySerializer", "TermSerializer"]


class ClusterSummarySerializer(serializers.Serializer):
    """The cluster that published a practice."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    title = serializers.CharField(read_only=True)
    acronym = serializers.CharField(read_only=True)
    country = serializers.CharField(read_only=True)
