-- Catalog search by word prefix through a tsvector GIN index, instead of substring matching through a trigram index.
-- The trigram index needed every candidate row's searchText re-checked (most of the cost of a search for a common word
-- at 100,000 connectors); a tsvector match is exact, so the index answers alone.
--
-- The vector is generated from searchText (already lower-cased by the application): punctuation and spaces become
-- one space first, so a host such as api.contoso.com is found by "contoso" (the default parser would keep it as one
-- host token), and strip() drops word positions, which the catalog does not rank by. The class names punctuation
-- explicitly rather than "not alphanumeric", because [[:alnum:]] is ASCII-only under the C locale the embedded
-- database uses and would cut "größe" or "日本語" apart. The 'simple' configuration neither stems nor drops stop words:
-- what the maker wrote is what is matched. Prisma writes searchText; PostgreSQL keeps the vector in step with it.
-- The catalog turns the search box's text into prefix terms with the same expression (list-catalog.ts).
DROP INDEX "Connector_searchText_idx";

ALTER TABLE "Connector" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (strip(to_tsvector('simple'::regconfig, regexp_replace("searchText", '[[:punct:][:space:]‘’“”«»‹›–—…·•]+', ' ', 'g')))) STORED;

CREATE INDEX "Connector_searchVector_idx" ON "Connector" USING GIN ("searchVector");
