"""Serializers for the fields the read-only API exposes on best practices."""

from rest_framework import serializers


class TermSerializer(serializers.Serializer):
    """A theme or a sector: its stable slug and its name in each language."""

    slug = serializers.CharField(read_only=True)
    name_en = serializers.CharField(read_only=True)
    name_fr = serializers.CharField(read_only=True)
    name_ar = serializers.CharField(read_only=True)


class ClusterSummarySerializer(serializers.Serializer):
    """The cluster that published a practice."""

    id = serializers.IntegerField(read_only=True)
    slug = serializers.CharField(read_only=True)
    title = serializers.CharField(read_only=True)
    acronym = serializers.CharField(read_only=True)
    country = serializers.CharField(read_only=True)
