"""Wagtail's database search backend, fitted to a site in six languages.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backend"`` picks, like
``wagtail.search.backends.database``, the implementation for the database in use. On both:
every word of a query matches as a prefix ("Bäcker" finds "Bäckerei"), and a long word also by
its beginning without its last letters, a language-blind stand-in for stemming ("mechanics"
finds "mechanic", "przedszkole" finds "przedszkolu").

- **SQLite** (FTS5, the embedded default): FTS5's tokenizer folds most accents ("Koln" finds
  "Köln", not "Wlochy" "Włochy"); a word in the title weighs three times a word in the text.
  SQLite cannot stem, cannot split compounds ("Autowerkstatt" does not find "Werkstatt") and
  has no fuzzy matching for typos.
- **PostgreSQL**: the text-search configuration is chosen by language, by the page's locale
  when a page is indexed and by the query's language when searching (``german``, ``spanish``,
  ``italian``, ``french``, ``english``; ``simple`` for Polish, which PostgreSQL 15 does not
  ship), as the accent-free copies ``pathway_<config>`` that search/migrations/0001 creates
  where ``unaccent`` is available. All database backends share one index table, so one
  backend per language would overwrite itself: this is one backend that changes
  configuration per object. Trigram similarity (``pg_trgm``) serves the relaxed search of
  ``search.query`` (typos, compounds).
- anything else: Wagtail's own choice, unchanged.
"""

import copy
from functools import cache, reduce

from django.db import connection
from modelsearch.query import PlainText

from home.search_values import search_values_memoised

# The text-search configuration of each language on PostgreSQL; others get "simple".
POSTGRES_CONFIGS = {
    "en": "english",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "fr": "french",
    "pl": "simple",  # PostgreSQL 15 ships no Polish configuration
}
TITLE_WEIGHT = 3  # SQLite: a word in a page's title counts three times a word in its text
MIN_PREFIX = 3  # shorter words match whole: "IT" should not find "Italy"
# A language-blind stand-in for a stem: a word of more than MIN_STEM + 1 letters also matches by
# its beginning without its last STEM_CUT letters (at least MIN_STEM): "mechanics" -> "mechan*",
# "przedszkolu" -> "przedszk*". Pages with the word as typed score higher (they match both).
MIN_STEM = 4
STEM_CUT = 3


def stem(word):
    if len(word) <= MIN_STEM + 1:
        return word
    return word[: max(MIN_STEM, len(word) - STEM_CUT)]


def _term_lexeme(lexeme_class, term, either=None, **kwargs):
    """``term*`` (``term`` alone when short), or ``(term* OR stem*)`` for a long word."""
    lexeme = lexeme_class(term, prefix=len(term) >= MIN_PREFIX, **kwargs)
    if stem(term) != term:
        other = lexeme_class(stem(term), prefix=True, **kwargs)
        lexeme = either(lexeme, other) if either else lexeme | other
    return lexeme


# Relaxed matching on PostgreSQL: a query word is "like" a page's word from this
# pg_trgm word similarity on (unaccented) text.
SIMILARITY_THRESHOLD = 0.5
ACCENT_FREE_PREFIX = "pathway_"  # the configurations with unaccent (search/migrations/0001)

_installed = {}


def _postgres_has(kind, name):
    """Whether the database has this text-search configuration or function (asked once per process)."""
    key = (kind, name)
    if key not in _installed:
        table, column = {"config": ("pg_ts_config", "cfgname"), "function": ("pg_proc", "proname")}[kind]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = %s)", [name])  # noqa: S608
            _installed[key] = bool(cursor.fetchone()[0])
    return _installed[key]


def config_for(language_code):
    """The PostgreSQL text-search configuration of a language, accent-free where installed."""
    config = POSTGRES_CONFIGS.get((language_code or "").split("-")[0].lower(), "simple")
    if connection.vendor == "postgresql" and _postgres_has("config", ACCENT_FREE_PREFIX + config):
        return ACCENT_FREE_PREFIX + config
    return config


def supports_similarity():
    """Trigram similarity with accents ignored: PostgreSQL with pg_trgm and f_unaccent()."""
    return (
        connection.vendor == "postgresql"
        and _postgres_has("function", "word_similarity")
        and _postgres_has("function", "f_unaccent")
    )


def _similarity_sides(word, field_name):
    from django.db.models import Func, TextField, Value

    def unaccent(expression):
        return Func(expression, function="f_unaccent", output_field=TextField())

    return (
        unaccent(Value(word.lower(), output_field=TextField())),
        unaccent(Func(field_name, function="LOWER", output_field=TextField())),
    )


SIMILAR_FIELDS = ("index_entries__title_text", "index_entries__body_text")


def similarity(word):
    """How like ``word`` the most similar word of a page's title or text is (0 to 1); PostgreSQL."""
    from django.db.models import FloatField, Func
    from django.db.models.functions import Greatest

    scores = [
        Func(*_similarity_sides(word, field), function="word_similarity", output_field=FloatField())
        for field in SIMILAR_FIELDS
    ]
    return Greatest(*scores)


def similar(word):
    """A filter: a page has a word like ``word`` (similarity at least SIMILARITY_THRESHOLD);
    PostgreSQL. pg_trgm's ``<%`` operator, which the trigram indexes of search/migrations/0004
    serve (``word_similarity() >= x`` cannot use an index), at the threshold that
    :func:`use_similarity_threshold` sets on each new connection (``search.signals``)."""
    from django.db.models import BooleanField, Func, Q

    class WordSimilar(Func):
        arg_joiner = " <%% "  # "%" doubled: the SQL passes through the driver's parameter formatting
        template = "(%(expressions)s)"
        output_field = BooleanField()

    condition = Q()
    for field in SIMILAR_FIELDS:
        condition |= Q(WordSimilar(*_similarity_sides(word, field)))
    return condition


def use_similarity_threshold(database):
    """Set pg_trgm's threshold for ``<%`` on a PostgreSQL connection to SIMILARITY_THRESHOLD
    (a placeholder setting until pg_trgm loads in that session, which then takes it up)."""
    with database.cursor() as cursor:
        cursor.execute("SELECT set_config('pg_trgm.word_similarity_threshold', %s, false)", [str(SIMILARITY_THRESHOLD)])


def _plain_terms(query):
    return [term for term in query.query_string.split() if term]


@cache
def _sqlite_backend_class():
    from modelsearch.backends.database.sqlite.query import BM25, CombinedLexeme, Lexeme, SearchQueryExpression
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteIndex,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class Grouped(CombinedLexeme):
        """modelsearch's SQLite lexemes combine without parentheses ("a OR b AND c" is
        "a OR (b AND c)" to FTS5): these keep each combination in its own group."""

        def as_sql(self, compiler, connection):
            _sql, params = super().as_sql(compiler, connection)
            return "%s", [f"({params[0]})"]

    def either(a, b):
        return Grouped(a, "OR", b)

    def both(a, b):
        return Grouped(a, "AND", b)

    class WeightedBM25(BM25):
        """FTS5's bm25() with the columns weighted (autocomplete, body, title): a word in the title
        counts TITLE_WEIGHT times a word in the body (Wagtail's own call weighs them all 1)."""

        def as_sql(self, compiler, connection, function=None, template=None):
            table = SQLiteFTSIndexEntry._meta.db_table
            return f"bm25({table}, 0.0, 1.0, {float(TITLE_WEIGHT)})", []

    class PrefixQueryCompiler(SQLiteSearchQueryCompiler):
        def build_tsrank(self, vector, query, config=None, boost=1.0):
            if isinstance(query, PlainText):
                return WeightedBM25()
            return super().build_tsrank(vector, query, config=config, boost=boost)

        def build_search_query_content(self, query, config=None):
            if not isinstance(query, PlainText):
                return super().build_search_query_content(query, config=config)
            terms = _plain_terms(query)
            if not terms:
                return None
            lexemes = [_term_lexeme(Lexeme, term, either=either) for term in terms]
            combined = reduce(both if query.operator.upper() == "AND" else either, lexemes)
            return SearchQueryExpression(combined, config=config)

    class MemoisingIndex(SQLiteIndex):
        def add_items(self, model, objs):
            with search_values_memoised():
                super().add_items(model, objs)

    class SiteSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = PrefixQueryCompiler
        index_class = MemoisingIndex

        def for_language(self, language_code):
            return self

    return SiteSQLiteSearchBackend


@cache
def _postgres_backend_class():
    from django.contrib.postgres.search import SearchQuery
    from django.db.models import Case, IntegerField, Q, Value, When
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from modelsearch.backends.database.postgres.query import Lexeme

    class PrefixQueryCompiler(PostgresSearchQueryCompiler):
        def build_tsquery_content(self, query, config=None, invert=False):
            if not isinstance(query, PlainText):
                return super().build_tsquery_content(query, config=config, invert=invert)
            terms = _plain_terms(query)
            if not terms:
                return None
            lexemes = [_term_lexeme(Lexeme, term, invert=invert) for term in terms]
            if query.operator == "and":
                combined = reduce(lambda a, b: a & b, lexemes)
            else:
                combined = reduce(lambda a, b: a | b, lexemes)
            return SearchQuery(combined, search_type="raw", config=config)

        def _build_rank_expression(self, vectors, config):
            """For a query where any word may match: pages with more of the words first (a
            coordination factor, as classic Lucene scoring has), then by rank. A plain rank
            of "chef job France" put the pages saying "France" most often above the cook
            placements in France, which have two of the three words."""
            rank = super()._build_rank_expression(vectors, config)
            query = self.query
            terms = _plain_terms(query) if isinstance(query, PlainText) and query.operator == "or" else []
            if len(terms) < 2:
                return rank
            coverage = Value(0)
            for term in terms:
                word = SearchQuery(_term_lexeme(Lexeme, term), search_type="raw", config=config)
                in_page = Q(index_entries__title=word) | Q(index_entries__body=word)
                coverage += Case(When(in_page, then=Value(1)), default=Value(0), output_field=IntegerField())
            return coverage + rank

    def _later(full=False):
        pass

    class LocaleIndex(PostgresIndex):
        """Index each object with the configuration of its locale's language."""

        def add_items(self, model, objs):
            groups = {}
            for obj in objs:
                locale = getattr(obj, "locale", None)
                language = getattr(locale, "language_code", None) if locale is not None else None
                groups.setdefault(config_for(language) if language else self.backend.config, []).append(obj)
            with search_values_memoised():
                for config, group in groups.items():
                    index = copy.copy(self)
                    index.backend = self.backend.with_config(config)
                    index._refresh_title_norms = _later  # once for all groups, below
                    PostgresIndex.add_items(index, model, group)
            # modelsearch sets new rows' title norm to 1.0 and then recomputes those from the
            # average title length: a scan of the whole index table, so once per call, not per group.
            self._refresh_title_norms()

    class SitePostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = PrefixQueryCompiler
        index_class = LocaleIndex

        def with_config(self, config):
            backend = copy.copy(self)
            backend.config = config
            return backend

        def for_language(self, language_code):
            return self.with_config(config_for(language_code))

    return SitePostgresSearchBackend


def SearchBackend(params):  # noqa: N802 - Wagtail looks for this name
    if connection.vendor == "sqlite":
        from modelsearch.backends import database

        fallback = database.SearchBackend(params)
        if type(fallback).__name__ == "SQLiteSearchBackend":
            return _sqlite_backend_class()(params)
        return fallback
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    from modelsearch.backends import database

    return database.SearchBackend(params)


def search(queryset, query, language_code, ranked=True):
    """``queryset.search(query)`` in ``language_code``'s configuration, ranked or not."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    if hasattr(backend, "for_language"):
        backend = backend.for_language(language_code)
    return backend.search(query, queryset, order_by_relevance=ranked)
