"""Generated text for the search benchmark (bench/search.py): words of a domain vocabulary in English,
French and Arabic first (the most frequent), then made-up words for the long tail, drawn with a Zipf
distribution; the same on every run. And the marks that make a known share of the items match a query."""

import random

SEED = 20261126
WORDS_PER_DOCUMENT = 150
TAIL_WORDS = 4000
LANGUAGES = ("en", "fr", "ar")


def _listed(words: str) -> list[str]:
    return words.split()


VOCABULARY = {
    "en": _listed(
        "cluster energy water solar olive industry textile recycling membrane export training partner "
        "innovation prototype factory supplier quality certification biomass harvest mechanical "
        "electronics logistics port investment market network engineering design research laboratory "
        "treatment desalination packaging agriculture food wind battery sensor software maintenance"
    ),
    "fr": _listed(
        "pôle énergie eau solaire olive industrie textile recyclage membrane export formation partenaire "
        "innovation prototype usine fournisseur qualité certification biomasse récolte mécanique "
        "électronique logistique port investissement marché réseau ingénierie conception recherche "
        "laboratoire traitement dessalement emballage agriculture alimentation éolien batterie capteur"
    ),
    "ar": _listed(
        "تجمع طاقة مياه شمسية زيتون صناعة نسيج تدوير غشاء تصدير تكوين شريك ابتكار نموذج مصنع مورد جودة "
        "شهادة كتلة حصاد ميكانيك إلكترونيات لوجستيك ميناء استثمار سوق شبكة هندسة تصميم بحث مختبر معالجة "
        "تحلية تغليف فلاحة غذاء رياح بطارية مستشعر"
    ),
}
SYLLABLES = {
    "en": ["ka", "lo", "mi", "ter", "son", "bri", "dal", "vex", "orn", "pla", "quin", "rud"],
    "fr": ["ré", "mon", "lé", "cha", "vau", "ber", "tique", "gne", "oir", "plu", "sé", "dou"],
    "ar": ["كا", "لو", "مي", "تر", "سن", "بر", "دال", "فق", "ور", "بلا", "قن", "رد"],
}


def words_of(language: str) -> list[str]:
    rng = random.Random(f"{SEED}-{language}")
    tail = {"".join(rng.choice(SYLLABLES[language]) for _ in range(rng.randint(2, 4))) for _ in range(TAIL_WORDS * 2)}
    return VOCABULARY[language] + sorted(tail)[:TAIL_WORDS]


def zipf_weights(count: int) -> list[float]:
    return [1 / (rank**1.07) for rank in range(1, count + 1)]


class Corpus:
    """The generated texts: `text(number)` is the same on every run."""

    def __init__(self) -> None:
        self.vocabularies = {language: words_of(language) for language in LANGUAGES}
        self.weights = zipf_weights(max(len(words) for words in self.vocabularies.values()))

    def text(self, number: int, language: str | None = None, words: int = WORDS_PER_DOCUMENT) -> tuple[str, str, str]:
        """The title, text and language of generated text `number`: in `language`, or in the language
        its number gives (a third each)."""
        language = language or LANGUAGES[number % 3]
        vocabulary = self.vocabularies[language]
        rng = random.Random(SEED + number)
        drawn = rng.choices(vocabulary, weights=self.weights[: len(vocabulary)], k=words)
        return " ".join(drawn[:6]).capitalize(), " ".join(drawn), language


# The word "halfmark" is in half of the items, "tenthmark" in a tenth and "tenmark" in ten (`ten`
# items of each kind), so that the number of hits of each query grows with the corpus (but the last one's).
MARK_QUERIES = [("tenmark", "10 items"), ("tenthmark", "10%"), ("halfmark", "50%")]


def marks(number: int, ten: int = 10) -> list[str]:
    found = ["halfmark"] if number % 2 == 0 else []
    if number % 10 == 3:
        found.append("tenthmark")
    if number < ten:
        found.append("tenmark")
    return found
