"""API representations shared by the apps that use the clusters' vocabularies."""

from rest_framework import serializers


class TermSerializer(serializers.Serializer):
    """A sector or a theme: its stable slug and its name in each language."""

    slug = serializers.CharField(read_only=True)
    name_en = serializers.CharField(read_only=True)
    name_fr = serializers.CharField(read_only=True)
    name_ar = serializers.CharField(read_only=True)
