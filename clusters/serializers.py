"""API representations shared by the apps that use the clusters' vocabularies, and a cluster's member counts."""

from rest_framework import serializers

from .member_counts import member_counts


class TermSerializer(serializers.Serializer):
    """A sector or a theme: its stable slug and its name in each language."""

    slug = serializers.CharField(read_only=True)
    name_en = serializers.CharField(read_only=True)
    name_fr = serializers.CharField(read_only=True)
    name_ar = serializers.CharField(read_only=True)


class MemberCountsField(serializers.Field):
    """A cluster's members by type ({"sme": 90, …}); use with source="*" (it reads the whole page)."""

    def to_representation(self, value) -> dict[str, int]:
        return member_counts(value)
