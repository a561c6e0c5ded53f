-- PostgreSQL schema, version 11: the yearly report's two covering indexes of households are dropped; one index on the
-- union alone takes their place. PostgreSQL reads the report's groups of households with a parallel scan of the table
-- and hashes them, and it only reads an index alone where the table's pages are marked all-visible, which a bulk
-- import leaves them not: measured on 1M households × 5M payments, the report took as long without them
-- (BENCHMARKS.md, "The households report indexes on both engines"), while building them cost two thirds of a 1M-row
-- first import's server time. A union's own files (report --by union, --union, the lists) are found by the union.
-- SQLite keeps both: it streams the groups out of their order instead of sorting (its V11 changes nothing).
DROP INDEX households_report;
DROP INDEX households_causes;
CREATE INDEX households_union ON households (union_name);
